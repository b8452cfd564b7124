#include "csvexport.h"

#include "domain/money.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QHeaderView>
#include <QSaveFile>

namespace {

const QString kLineEnd = QStringLiteral("\r\n");

QString guarded(const QString& text, bool guard)
{
    if (!guard || text.isEmpty())
        return text;
    const QChar first = text.at(0);
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + text;
    return text;
}

} // namespace

QString CsvExport::quoteField(const QString& field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString CsvExport::cellText(const QModelIndex& index, const Options& options)
{
    for (const int role : options.rawRoles) {
        const QVariant raw = index.data(role);
        if (!raw.isValid())
            continue;
        if (raw.metaType() == QMetaType::fromType<Money>())
            return raw.value<Money>().toDecimalString();
        if (raw.metaType() == QMetaType::fromType<Limit>()) {
            const Limit limit = raw.value<Limit>();
            if (limit.hasLimit())
                return limit.amount().toDecimalString();
            break; // "No limit": the display text says it
        }
        if (options.moneyColumns.contains(index.column())) {
            bool ok = false;
            const qint64 micros = raw.toLongLong(&ok);
            if (ok)
                return Money::fromMicros(micros).toDecimalString();
        }
    }
    return guarded(index.data(Qt::DisplayRole).toString(), options.guardFormulas);
}

QString CsvExport::toCsv(const QAbstractItemModel& model, const Options& given)
{
    Options options = given;
    if (options.rawRoles.isEmpty()) {
        // Models that name a "money" role (Spendboard's table models do) get exact amounts by default.
        const QHash<int, QByteArray> names = model.roleNames();
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (it.value() == "money")
                options.rawRoles.append(it.key());
        }
    }
    // Amounts go out in exact US dollars: headers without the display currency the table may show.
    int headerRole = Qt::DisplayRole;
    const QHash<int, QByteArray> roles = model.roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        if (it.value() == "exactHeader")
            headerRole = it.key();
    }
    QList<int> columns = options.columns;
    if (columns.isEmpty()) {
        for (int c = 0; c < model.columnCount(); ++c)
            columns.append(c);
    }
    QString out;
    QStringList fields;
    for (const int c : columns) {
        QVariant header = model.headerData(c, Qt::Horizontal, headerRole);
        if (!header.isValid())
            header = model.headerData(c, Qt::Horizontal, Qt::DisplayRole);
        fields.append(quoteField(guarded(header.toString(), options.guardFormulas)));
    }
    out += fields.join(u',') + kLineEnd;
    for (int r = 0; r < model.rowCount(); ++r) {
        fields.clear();
        for (const int c : columns)
            fields.append(quoteField(cellText(model.index(r, c), options)));
        out += fields.join(u',') + kLineEnd;
    }
    return out;
}

ExportResult CsvExport::write(const QAbstractItemModel& model, const QString& path, const Options& options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(
            path, QCoreApplication::translate("CsvExport", "Could not write “%1”: %2").arg(path, file.errorString()));
    QByteArray bytes = options.byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
    bytes += toCsv(model, options).toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return ExportResult::failure(
            path, QCoreApplication::translate("CsvExport", "Could not write “%1”: %2").arg(path, file.errorString()));
    return ExportResult::success(path);
}

QString CsvExport::toCsv(const QAbstractItemModel& model)
{
    return toCsv(model, Options());
}

ExportResult CsvExport::write(const QAbstractItemModel& model, const QString& path)
{
    return write(model, path, Options());
}

QList<int> CsvExport::visibleColumns(const QHeaderView* header)
{
    QList<int> columns;
    if (!header)
        return columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}
