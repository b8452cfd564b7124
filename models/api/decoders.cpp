#include "decoders.h"

#include "jsonreader.h"

#include "domain/stringpool.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace {

// The domain shapes of the management API on top of the generic readers.
class ApiDecoder final : public JsonReader
{
public:
    bool key(const QJsonObject& o, const JsonPath& p, ApiKey& k)
    {
        if (!string(o, "id", p, k.id, true, true) || !string(o, "name", p, k.name, true) ||
            !limit(o, "monthly_limit", p, k.limit) ||
            !money(o, "monthly_spend", p, Money::Sign::NonNegative, true, k.spend))
            return false;
        QJsonValue permsValue;
        if (!required(o, "permissions", p, permsValue))
            return false;
        if (!permsValue.isObject())
            return fail(p.at("permissions"), "not an object");
        const QJsonObject perms = permsValue.toObject();
        const JsonPath pp = p.at("permissions");
        if (!access(perms, "manage", pp, k.permissions.manage) ||
            !access(perms, "completions", pp, k.permissions.completions))
            return false;
        if (!stringMap(o, "labels", p, k.labels))
            return false;
        QJsonObject sub;
        bool present = false;
        if (!optionalObject(o, "created_by", p, sub, present))
            return false;
        if (present && (!string(sub, "id", p.at("created_by"), k.creatorId, false) ||
                        !string(sub, "email", p.at("created_by"), k.creatorEmail, false)))
            return false;
        if (!optionalObject(o, "project", p, sub, present))
            return false;
        if (present && (!string(sub, "id", p.at("project"), k.projectId, true, true) ||
                        !string(sub, "name", p.at("project"), k.projectName, false)))
            return false;
        if (!optionalObject(o, "group", p, sub, present))
            return false;
        if (present && !string(sub, "id", p.at("group"), k.groupId, true, true))
            return false;
        return timestamp(o, "expires_at", p, k.expiresAt) && boolean(o, "logging", p, k.logging);
    }

    bool project(const QJsonObject& o, const JsonPath& p, Project& pr)
    {
        QString kind;
        if (!string(o, "id", p, pr.id, true, true) || !string(o, "name", p, pr.name, true) ||
            !string(o, "kind", p, kind, true))
            return false;
        if (kind == QLatin1String("private"))
            pr.kind = Project::Kind::Private;
        else if (kind == QLatin1String("shared"))
            pr.kind = Project::Kind::Shared;
        else
            return fail(p.at("kind"), "unknown value (expected private or shared)");
        QJsonObject owner;
        bool present = false;
        if (!optionalObject(o, "owner", p, owner, present))
            return false;
        if (present && (!string(owner, "id", p.at("owner"), pr.ownerId, false) ||
                        !string(owner, "email", p.at("owner"), pr.ownerEmail, false)))
            return false;
        qint64 keys = 0;
        if (!limit(o, "monthly_limit", p, pr.limit) ||
            !money(o, "monthly_spend", p, Money::Sign::NonNegative, true, pr.spend) ||
            !count(o, "key_count", p, keys, std::numeric_limits<int>::max()))
            return false;
        pr.keyCount = int(keys);
        return true;
    }

    bool counters(const QJsonObject& o, const JsonPath& p, UsageCounters& c)
    {
        constexpr qint64 kMax = qint64(1) << 62;
        static const char* const kRequestKinds[] = {"completions_requests", "embedding_requests", "image_requests",
                                                    "speech_requests", "transcription_requests"};
        qint64 sumOfKinds = 0;
        for (const char* kind : kRequestKinds) {
            qint64 n = 0;
            if (!count(o, kind, p, n, kMax))
                return false;
            sumOfKinds += n;
        }
        if (!money(o, "spend", p, Money::Sign::NonNegative, false, c.spend) ||
            !count(o, "total_requests", p, c.requests, kMax) || !count(o, "input_tokens", p, c.inputTokens, kMax) ||
            !count(o, "output_tokens", p, c.outputTokens, kMax) || !count(o, "total_tokens", p, c.totalTokens, kMax))
            return false;
        if (!o.contains(QLatin1String("total_requests")))
            c.requests = sumOfKinds;
        return true;
    }

    bool groupValues(const QJsonObject& o, const JsonPath& p, GroupValues& out)
    {
        QJsonObject obj;
        bool present = false;
        if (!optionalObject(o, "group_by_values", p, obj, present))
            return false;
        const JsonPath vp = p.at("group_by_values");
        for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
            const QJsonValue v = it.value();
            QString text;
            if (v.isString())
                text = v.toString();
            else if (v.isBool())
                text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            else if (v.isDouble())
                text = QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
            else if (!v.isNull())
                return fail(vp.atKey(it.key()), "not a string");
            out.insert(m_strings.intern(it.key()), m_strings.intern(text));
        }
        return true;
    }

    bool usageEntry(const QJsonValue& value, const JsonPath& p, UsageBucket& bucket)
    {
        if (!value.isObject())
            return fail(p, "not an object");
        const QJsonObject o = value.toObject();
        if (!counters(o, p, bucket.totals))
            return false;
        const QJsonValue grouped = o.value(QLatin1String("grouped_data"));
        if (grouped.isUndefined() || grouped.isNull())
            return true;
        if (!grouped.isArray())
            return fail(p.at("grouped_data"), "not an array");
        const QJsonArray rows = grouped.toArray();
        const JsonPath gp = p.at("grouped_data");
        bucket.groups.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonValue row = rows.at(i);
            const JsonPath rp = gp.at(i);
            if (!row.isObject())
                return fail(rp, "not an object");
            UsageGroup g;
            const QJsonObject ro = row.toObject();
            if (!groupValues(ro, rp, g.values) || !counters(ro, rp, g.counters))
                return false;
            g.values = m_groups.intern(g.values);
            bucket.groups.append(std::move(g));
        }
        return true;
    }

private:
    StringPool m_strings;     // the ids of one response, shared by all its rows
    GroupValuesPool m_groups; // and their group values (one key's rows name the same group)
};

} // namespace

QDateTime parseTimestamp(const QString& text)
{
    if (!text.contains(u'T') && !text.contains(u't'))
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime::fromString(text + u'Z', Qt::ISODateWithMs); // no offset given: UTC
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QDateTime parsePeriodKey(const QString& key)
{
    if (key.size() == 10) {
        const QDate date = QDate::fromString(key, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime();
    }
    return parseTimestamp(key);
}

Result<QList<ApiKey>> decodeKeyList(const QByteArray& body)
{
    ApiDecoder d;
    QJsonObject top;
    QList<ApiKey> keys;
    if (!d.parseObject(body, top) ||
        !d.list(top, "keys", keys, [&d](const QJsonObject& o, const JsonPath& p, ApiKey& k) { return d.key(o, p, k); }))
        return d.error();
    return keys;
}

void shareRepeatedStrings(QList<ApiKey>& keys)
{
    StringPool pool;
    // Label sets repeat too ("env=prod, team=search"); a map of two labels is ~300 bytes of nodes and
    // strings. Found by their text, shared only when equal.
    QHash<QString, QMap<QString, QString>> labelSets;
    QString text;
    for (ApiKey& k : keys) {
        for (QString* s : {&k.creatorId, &k.creatorEmail, &k.projectId, &k.projectName, &k.groupId})
            if (!s->isEmpty())
                *s = pool.intern(*s);
        if (k.labels.isEmpty())
            continue;
        text.clear();
        for (auto it = k.labels.cbegin(); it != k.labels.cend(); ++it) {
            text += it.key();
            text += QChar(0x1f);
            text += it.value();
            text += QChar(0x1e);
        }
        const auto known = labelSets.constFind(text);
        if (known != labelSets.cend() && *known == k.labels)
            k.labels = *known;
        else if (known == labelSets.cend())
            labelSets.insert(text, k.labels);
    }
}

Result<ApiKey> decodeKey(const QByteArray& body)
{
    ApiDecoder d;
    QJsonObject top;
    ApiKey key;
    if (!d.parseObject(body, top) || !d.key(top, JsonPath(), key))
        return d.error();
    return key;
}

Result<Organization> decodeOrganization(const QByteArray& body)
{
    ApiDecoder d;
    QJsonObject top;
    Organization org;
    const JsonPath root;
    if (!d.parseObject(body, top) || !d.string(top, "name", root, org.name, true) ||
        !d.money(top, "balance", root, Money::Sign::AllowNegative, false, org.balance))
        return d.error();
    return org;
}

Result<QList<Project>> decodeProjects(const QByteArray& body)
{
    ApiDecoder d;
    QJsonObject top;
    QList<Project> projects;
    if (!d.parseObject(body, top) ||
        !d.list(top, "projects", projects,
                [&d](const QJsonObject& o, const JsonPath& p, Project& pr) { return d.project(o, p, pr); }))
        return d.error();
    return projects;
}

Result<Project> decodeProject(const QByteArray& body)
{
    ApiDecoder d;
    QJsonObject top;
    Project project;
    if (!d.parseObject(body, top) || !d.project(top, JsonPath(), project))
        return d.error();
    return project;
}

Result<UsageSeries> decodeUsage(const QByteArray& body)
{
    ApiDecoder d;
    QJsonObject top;
    if (!d.parseObject(body, top))
        return d.error();
    const JsonPath root;
    QJsonValue usage;
    if (!d.required(top, "usage", root, usage))
        return d.error();
    UsageSeries series;
    if (usage.isNull())
        return series; // Go encodes an empty map as null
    if (!usage.isObject()) {
        d.fail(root.at("usage"), "not an object");
        return d.error();
    }
    const QJsonObject buckets = usage.toObject();
    const JsonPath up = root.at("usage");
    series.reserve(buckets.size());
    for (auto it = buckets.constBegin(); it != buckets.constEnd(); ++it) {
        const QString periodKey = it.key();
        const JsonPath bp = up.atKey(periodKey);
        UsageBucket bucket;
        bucket.start = parsePeriodKey(periodKey);
        if (!bucket.start.isValid()) {
            d.fail(bp, "not a period (RFC 3339 time or YYYY-MM-DD)");
            return d.error();
        }
        if (!d.usageEntry(it.value(), bp, bucket))
            return d.error();
        series.append(std::move(bucket));
    }
    std::stable_sort(series.begin(), series.end(),
                     [](const UsageBucket& a, const UsageBucket& b) { return a.start < b.start; });
    return series;
}

Result<CreatedApiKey> decodeCreatedKey(const QByteArray& body)
{
    ApiDecoder d;
    QJsonObject top;
    CreatedApiKey created;
    const JsonPath root;
    if (!d.parseObject(body, top) || !d.string(top, "api_key_id", root, created.id, true, true) ||
        !d.string(top, "api_key", root, created.secret, true, true))
        return d.error();
    return created;
}

QString decodeErrorMessage(const QByteArray& body)
{
    if (body.isEmpty() || body.size() > 1024 * 1024)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject top = doc.object();
    const QJsonValue error = top.value(QLatin1String("error"));
    QString message;
    if (error.isObject())
        message = error.toObject().value(QLatin1String("message")).toString();
    else if (error.isString())
        message = error.toString();
    if (message.isEmpty())
        message = top.value(QLatin1String("message")).toString();
    QString clean;
    clean.reserve(qMin<qsizetype>(message.size(), 300));
    for (const QChar c : message) {
        if (clean.size() >= 300)
            break;
        clean += (c.unicode() < 0x20 || c.unicode() == 0x7f) ? QChar(u' ') : c;
    }
    return clean.trimmed();
}
