#include "reportcommand.h"

#include "commandline.h"
#include "headlesssession.h"

#include "api/managementapi.h"
#include "store/orgstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

void printError(const QString& message)
{
    const QByteArray text = (QStringLiteral("spendboard: ") + message + u'\n').toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
}

bool byName(const ReportCommand::Row& a, const ReportCommand::Row& b)
{
    const int c = a.name.localeAwareCompare(b.name);
    return c != 0 ? c < 0 : a.keyId < b.keyId;
}

} // namespace

ReportCommand::ReportCommand(HeadlessSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

QString ReportCommand::percentText(Money spend, Limit limit)
{
    if (limit.isUnlimited() || limit.amount() <= Money())
        return QString();
    // Hundredths of a percent = basis points, rounded half away from zero, exactly.
    const qint64 bp = Money::mulDiv(spend, 10000, limit.amount().micros()).micros();
    const qint64 a = bp < 0 ? -bp : bp;
    return QStringLiteral("%1%2.%3")
        .arg(bp < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QList<ReportCommand::Row> ReportCommand::currentRows(const OrgStore& store)
{
    QList<Row> rows;
    for (const ApiKey& k : store.keys())
        rows.append({k.id, k.name, k.projectName, k.limit, k.spend, store.forecast(EntityRef::key(k.id)).endOfMonth});
    std::sort(rows.begin(), rows.end(), byName);
    return rows;
}

QList<ReportCommand::Row> ReportCommand::pastRows(const UsageSeries& usage, const QList<ApiKey>& keys)
{
    QHash<QString, Money> spend;
    for (const UsageBucket& bucket : usage) {
        for (const UsageGroup& g : bucket.groups) {
            const QString id = g.values.value(QStringLiteral("api_key_id"));
            if (!id.isEmpty())
                spend[id] += g.counters.spend;
        }
    }
    QList<Row> rows;
    QSet<QString> seen;
    for (const ApiKey& k : keys) {
        const Money s = spend.value(k.id);
        rows.append({k.id, k.name, k.projectName, k.limit, s, s});
        seen.insert(k.id);
    }
    // Keys deleted since that month still spent in it.
    for (auto it = spend.cbegin(); it != spend.cend(); ++it) {
        if (!seen.contains(it.key()))
            rows.append({it.key(), QString(), QString(), Limit(), it.value(), it.value()});
    }
    std::sort(rows.begin(), rows.end(), byName);
    return rows;
}

QByteArray ReportCommand::toCsv(const QList<Row>& rows)
{
    QString out = QStringLiteral("key_id,name,project,monthly_limit,spend,percent_of_limit,forecast\r\n");
    for (const Row& r : rows) {
        const QStringList fields{
            csvField(r.keyId),           csvField(r.name),
            csvField(r.project),         r.limit.hasLimit() ? r.limit.amount().toDecimalString() : QString(),
            r.spend.toDecimalString(),   percentText(r.spend, r.limit),
            r.forecast.toDecimalString()};
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray ReportCommand::toJson(const QList<Row>& rows, const Period& month, const QString& organization)
{
    QJsonArray keys;
    Money total;
    for (const Row& r : rows) {
        total += r.spend;
        const QString percent = percentText(r.spend, r.limit);
        keys.append(QJsonObject{
            {QStringLiteral("key_id"), r.keyId},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("project"), r.project.isEmpty() ? QJsonValue() : QJsonValue(r.project)},
            {QStringLiteral("monthly_limit"),
             r.limit.hasLimit() ? QJsonValue(r.limit.amount().toDecimalString()) : QJsonValue()},
            {QStringLiteral("spend"), r.spend.toDecimalString()},
            {QStringLiteral("percent_of_limit"), percent.isEmpty() ? QJsonValue() : QJsonValue(percent)},
            {QStringLiteral("forecast"), r.forecast.toDecimalString()},
        });
    }
    const QJsonObject root{
        {QStringLiteral("month"), month.isoMonth()},
        {QStringLiteral("organization"), organization},
        {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("total_spend"), total.toDecimalString()},
        {QStringLiteral("keys"), keys},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void ReportCommand::run(const CommandLine& commandLine, std::function<void(int exitCode)> finished)
{
    const Period month = Period::fromIsoMonth(commandLine.month);
    if (!month.isValid()) {
        printError(tr("--month wants YYYY-MM, for example 2026-11."));
        finished(2);
        return;
    }
    OrgStore* store = m_session->store();
    const Period current = store->currentPeriod();
    if (month == current) {
        write(commandLine, currentRows(*store), month, finished);
        return;
    }
    if (month.startUtc() > current.startUtc()) {
        printError(tr("%1 has not started yet.").arg(month.isoMonth()));
        finished(2);
        return;
    }
    UsageQuery query;
    query.start = month.startUtc();
    query.end = month.endUtc();
    query.resolution = Resolution::Month;
    query.groupBy = {QStringLiteral("api_key_id")};
    const QList<ApiKey> keys = store->keys();
    const CommandLine cl = commandLine;
    m_session->api()->orgUsage(query, this, [this, cl, keys, month, finished](Result<UsageSeries> usage) {
        if (!usage) {
            printError(usage.error().userMessage());
            finished(2);
            return;
        }
        write(cl, pastRows(usage.value(), keys), month, finished);
    });
}

void ReportCommand::write(const CommandLine& commandLine, const QList<Row>& rows, const Period& month,
                          const std::function<void(int)>& finished)
{
    const QByteArray data = commandLine.format == QLatin1String("json")
                                ? toJson(rows, month, m_session->store()->organization().name)
                                : toCsv(rows);
    if (commandLine.out.isEmpty()) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        finished(0);
        return;
    }
    QSaveFile file(commandLine.out);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        printError(tr("Could not write %1: %2").arg(commandLine.out, file.errorString()));
        finished(2);
        return;
    }
    finished(0);
}
