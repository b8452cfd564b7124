#include "decoders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// A JSON path built on the stack while decoding and turned into text only when decoding fails, so the
// success path allocates nothing for it: keys[3].monthly_spend, usage["2026-08-07"].spend.
struct Path
{
    const Path* parent = nullptr;
    const char* field = nullptr;
    qsizetype index = -1;
    const QString* mapKey = nullptr;

    Path at(const char* f) const { return Path{this, f, -1, nullptr}; }
    Path at(qsizetype i) const { return Path{this, nullptr, i, nullptr}; }
    Path atKey(const QString& k) const { return Path{this, nullptr, -1, &k}; }

    QString toString() const
    {
        QString out = parent ? parent->toString() : QString();
        if (field) {
            if (!out.isEmpty())
                out += u'.';
            out += QLatin1String(field);
        } else if (index >= 0) {
            out += u'[' + QString::number(index) + u']';
        } else if (mapKey) {
            // Quote the key; keep it short and printable (it is server data).
            QString key = mapKey->left(64);
            for (QChar& c : key) {
                if (c.unicode() < 0x20 || c == u'"')
                    c = u'?';
            }
            out += QStringLiteral("[\"") + key + QStringLiteral("\"]");
        }
        return out;
    }
};

class Decoder
{
public:
    bool fail(const Path& path, const QString& problem)
    {
        if (!m_failed) {
            m_failed = true;
            const QString where = path.toString();
            m_error = ApiError::badResponse(where.isEmpty() ? QStringLiteral("body") : where, problem);
        }
        return false;
    }
    bool fail(const Path& path, const char* problem) { return fail(path, QString::fromLatin1(problem)); }
    const ApiError& error() const { return m_error; }

    bool parseObject(const QByteArray& body, QJsonObject& out)
    {
        const Path root;
        if (body.size() > kMaxDecodedBodyBytes)
            return fail(root, QStringLiteral("too large (%1 bytes)").arg(body.size()));
        if (body.trimmed().isEmpty())
            return fail(root, "empty response");
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
        if (err.error != QJsonParseError::NoError)
            return fail(root,
                        QStringLiteral("not valid JSON (%1 at offset %2)").arg(err.errorString()).arg(err.offset));
        if (!doc.isObject())
            return fail(root, "not an object");
        out = doc.object();
        return true;
    }

    // A field that must be there (null counts as there, with the wrong type).
    bool required(const QJsonObject& o, const char* key, const Path& p, QJsonValue& out)
    {
        out = o.value(QLatin1String(key));
        if (out.isUndefined())
            return fail(p.at(key), "missing");
        return true;
    }

    bool string(const QJsonObject& o, const char* key, const Path& p, QString& out, bool isRequired,
                bool nonEmpty = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && !isRequired)) {
            if (isRequired)
                return fail(p.at(key), "missing");
            out.clear();
            return true;
        }
        if (!v.isString())
            return fail(p.at(key), "not a string");
        out = v.toString();
        if (nonEmpty && out.isEmpty())
            return fail(p.at(key), "empty");
        return true;
    }

    bool money(const QJsonObject& o, const char* key, const Path& p, Money::Sign sign, bool isRequired, Money& out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && !isRequired)) {
            if (isRequired)
                return fail(p.at(key), "missing");
            out = Money();
            return true;
        }
        if (v.isDouble()) {
            // Fast path for whole-dollar numbers (most limits): a double holding an integer is exact.
            const double d = v.toDouble();
            if (d == std::floor(d) && d >= 0 && d <= 1e9) {
                out = Money::fromMicros(qint64(d) * Money::kMicrosPerDollar);
                return true;
            }
        }
        QString why;
        const std::optional<Money> m = Money::fromJson(v, sign, &why);
        if (!m)
            return fail(p.at(key), why);
        out = *m;
        return true;
    }

    bool limit(const QJsonObject& o, const char* key, const Path& p, Limit& out)
    {
        Money m;
        if (!money(o, key, p, Money::Sign::NonNegative, true, m))
            return false;
        out = Limit::fromApi(m);
        return true;
    }

    // A non-negative integer counter; absent or null = 0.
    bool count(const QJsonObject& o, const char* key, const Path& p, qint64& out, qint64 max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            out = 0;
            return true;
        }
        if (!v.isDouble())
            return fail(p.at(key), "not a number");
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d))
            return fail(p.at(key), "not an integer");
        if (d < 0)
            return fail(p.at(key), "negative");
        if (d > double(max))
            return fail(p.at(key), "too large");
        out = v.toInteger();
        if (out < 0 || out > max)
            return fail(p.at(key), "too large");
        return true;
    }

    bool boolean(const QJsonObject& o, const char* key, const Path& p, std::optional<bool>& out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            out.reset();
            return true;
        }
        if (!v.isBool())
            return fail(p.at(key), "not a boolean");
        out = v.toBool();
        return true;
    }

    // An optional object: false only on a type error; `present` tells whether it was there.
    bool optionalObject(const QJsonObject& o, const char* key, const Path& p, QJsonObject& out, bool& present)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        present = !(v.isUndefined() || v.isNull());
        if (!present)
            return true;
        if (!v.isObject())
            return fail(p.at(key), "not an object");
        out = v.toObject();
        return true;
    }

    bool access(const QJsonObject& o, const char* key, const Path& p, Access& out)
    {
        QString text;
        if (!string(o, key, p, text, true))
            return false;
        if (text == QLatin1String("none"))
            out = Access::None;
        else if (text == QLatin1String("read"))
            out = Access::Read;
        else if (text == QLatin1String("write"))
            out = Access::Write;
        else
            return fail(p.at(key), "unknown value (expected none, read or write)");
        return true;
    }

    bool timestamp(const QJsonObject& o, const char* key, const Path& p, QDateTime& out)
    {
        QString text;
        if (!string(o, key, p, text, false))
            return false;
        if (text.isEmpty()) {
            out = QDateTime();
            return true;
        }
        out = parseTimestamp(text);
        if (!out.isValid())
            return fail(p.at(key), "not an RFC 3339 time");
        return true;
    }

    bool stringMap(const QJsonObject& o, const char* key, const Path& p, QMap<QString, QString>& out)
    {
        QJsonObject obj;
        bool present = false;
        if (!optionalObject(o, key, p, obj, present))
            return false;
        out.clear();
        const Path mp = p.at(key);
        for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
            const QString k = it.key();
            if (!it.value().isString())
                return fail(mp.atKey(k), "not a string");
            out.insert(k, it.value().toString());
        }
        return true;
    }

    bool key(const QJsonObject& o, const Path& p, ApiKey& k)
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
        const Path pp = p.at("permissions");
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

    bool project(const QJsonObject& o, const Path& p, Project& pr)
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

    bool counters(const QJsonObject& o, const Path& p, UsageCounters& c)
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

    bool groupValues(const QJsonObject& o, const Path& p, QMap<QString, QString>& out)
    {
        QJsonObject obj;
        bool present = false;
        if (!optionalObject(o, "group_by_values", p, obj, present))
            return false;
        const Path vp = p.at("group_by_values");
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
            out.insert(it.key(), text);
        }
        return true;
    }

    bool usageEntry(const QJsonValue& value, const Path& p, UsageBucket& bucket)
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
        const Path gp = p.at("grouped_data");
        bucket.groups.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonValue row = rows.at(i);
            const Path rp = gp.at(i);
            if (!row.isObject())
                return fail(rp, "not an object");
            UsageGroup g;
            const QJsonObject ro = row.toObject();
            if (!groupValues(ro, rp, g.values) || !counters(ro, rp, g.counters))
                return false;
            bucket.groups.append(std::move(g));
        }
        return true;
    }

    template <typename T, typename F>
    bool list(const QJsonObject& top, const char* key, QList<T>& out, F decodeItem)
    {
        const Path root;
        QJsonValue v;
        if (!required(top, key, root, v))
            return false;
        if (!v.isArray())
            return fail(root.at(key), "not an array");
        const QJsonArray items = v.toArray();
        const Path lp = root.at(key);
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue item = items.at(i);
            const Path ip = lp.at(i);
            if (!item.isObject())
                return fail(ip, "not an object");
            T value;
            if (!decodeItem(item.toObject(), ip, value))
                return false;
            out.append(std::move(value));
        }
        return true;
    }

private:
    ApiError m_error;
    bool m_failed = false;
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
    Decoder d;
    QJsonObject top;
    QList<ApiKey> keys;
    if (!d.parseObject(body, top) ||
        !d.list(top, "keys", keys, [&d](const QJsonObject& o, const Path& p, ApiKey& k) { return d.key(o, p, k); }))
        return d.error();
    return keys;
}

Result<ApiKey> decodeKey(const QByteArray& body)
{
    Decoder d;
    QJsonObject top;
    ApiKey key;
    if (!d.parseObject(body, top) || !d.key(top, Path(), key))
        return d.error();
    return key;
}

Result<Organization> decodeOrganization(const QByteArray& body)
{
    Decoder d;
    QJsonObject top;
    Organization org;
    const Path root;
    if (!d.parseObject(body, top) || !d.string(top, "name", root, org.name, true) ||
        !d.money(top, "balance", root, Money::Sign::AllowNegative, false, org.balance))
        return d.error();
    return org;
}

Result<QList<Project>> decodeProjects(const QByteArray& body)
{
    Decoder d;
    QJsonObject top;
    QList<Project> projects;
    if (!d.parseObject(body, top) ||
        !d.list(top, "projects", projects,
                [&d](const QJsonObject& o, const Path& p, Project& pr) { return d.project(o, p, pr); }))
        return d.error();
    return projects;
}

Result<Project> decodeProject(const QByteArray& body)
{
    Decoder d;
    QJsonObject top;
    Project project;
    if (!d.parseObject(body, top) || !d.project(top, Path(), project))
        return d.error();
    return project;
}

Result<UsageSeries> decodeUsage(const QByteArray& body)
{
    Decoder d;
    QJsonObject top;
    if (!d.parseObject(body, top))
        return d.error();
    const Path root;
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
    const Path up = root.at("usage");
    series.reserve(buckets.size());
    for (auto it = buckets.constBegin(); it != buckets.constEnd(); ++it) {
        const QString periodKey = it.key();
        const Path bp = up.atKey(periodKey);
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
    Decoder d;
    QJsonObject top;
    CreatedApiKey created;
    const Path root;
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
