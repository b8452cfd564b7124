#include "csvtable.h"

#include <QSaveFile>

QString CsvTable::text(const QString& value)
{
    if (!value.isEmpty() && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-' ||
                             value.front() == u'@' || value.front() == u'\t' || value.front() == u'\r'))
        return u'\'' + value;
    return value;
}

QString CsvTable::quote(const QString& field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray CsvTable::toUtf8() const
{
    QString out;
    auto line = [&out](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += u',';
            out += quote(cells[i]);
        }
        out += QStringLiteral("\r\n");
    };
    line(m_header);
    for (const QStringList& row : m_rows)
        line(row);
    return QByteArray("\xef\xbb\xbf") + out.toUtf8();
}

bool CsvTable::write(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
