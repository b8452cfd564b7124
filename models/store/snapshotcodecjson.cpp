// Versions 1 and 2 of the cache: JSON. Read for files written before version 3; the writer is kept for
// tests and the fuzz seed, which need such files.
#include "snapshotcodec.h"
#include "snapshotstringtable.h"

#include "domain/stringpool.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kFormat = QStringLiteral("spendboard-cache");

QString accessName(Access a)
{
    return accessToApi(a);
}

QJsonValue moneyValue(Money m)
{
    return m.toDecimalString();
}

using StringTable = SnapshotStringTable;

// The file is written as a stream, piece by piece: a QJsonDocument of 10 000 keys and 70 000 usage
// rows would hold ~30 MB of tree for a 5 MB file. Small objects go through QJsonDocument (escaping).
void appendJson(QByteArray& out, const QJsonObject& o)
{
    out += QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void appendJson(QByteArray& out, const QJsonArray& a)
{
    out += QJsonDocument(a).toJson(QJsonDocument::Compact);
}

void appendString(QByteArray& out, const QString& s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact); // ["..."]
    out.append(a.constData() + 1, a.size() - 2);
}

void appendCounters(QByteArray& out, const UsageCounters& c)
{
    // A decimal string of Money is digits, a sign and a point: nothing to escape.
    out += '"';
    out += c.spend.toDecimalString().toLatin1();
    out += "\",";
    out += QByteArray::number(c.requests);
    out += ',';
    out += QByteArray::number(c.inputTokens);
    out += ',';
    out += QByteArray::number(c.outputTokens);
    out += ',';
    out += QByteArray::number(c.totalTokens);
}

void appendSeries(QByteArray& out, const UsageSeries& series, StringTable& strings)
{
    out += '[';
    for (qsizetype i = 0; i < series.size(); ++i) {
        const UsageBucket& b = series.at(i);
        if (i > 0)
            out += ',';
        out += "{\"start\":";
        appendString(out, b.start.toUTC().toString(Qt::ISODate));
        out += ",\"totals\":[";
        appendCounters(out, b.totals);
        out += ']';
        if (!b.groups.isEmpty()) {
            QStringList fields;
            for (const UsageGroup& g : b.groups)
                for (const GroupValues::Entry& e : g.values)
                    if (!fields.contains(e.first))
                        fields.append(e.first);
            out += ",\"fields\":";
            appendJson(out, QJsonArray::fromStringList(fields));
            out += ",\"groups\":[";
            for (qsizetype r = 0; r < b.groups.size(); ++r) {
                const UsageGroup& g = b.groups.at(r);
                out += r > 0 ? ",[" : "[";
                for (const QString& f : std::as_const(fields)) {
                    const QString* v = g.values.find(f);
                    out += v ? QByteArray::number(strings.indexOf(*v)) : QByteArray("null");
                    out += ',';
                }
                appendCounters(out, g.counters);
                out += ']';
            }
            out += ']';
        }
        out += '}';
    }
    out += ']';
}

// A strict reader: every accessor records the first problem with its field path.
class Reader
{
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }
    void fail(const QString& path, const QString& problem)
    {
        if (error.isEmpty())
            error = path + QStringLiteral(": ") + problem;
    }
    QJsonObject object(const QJsonValue& v, const QString& path)
    {
        if (!v.isObject())
            fail(path, QStringLiteral("not an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonValue& v, const QString& path)
    {
        if (!v.isArray())
            fail(path, QStringLiteral("not an array"));
        return v.toArray();
    }
    QString string(const QJsonObject& o, const QString& field, const QString& path, bool optional = false)
    {
        const QJsonValue v = o.value(field);
        if (optional && (v.isUndefined() || v.isNull()))
            return {};
        if (!v.isString())
            fail(path + QLatin1Char('.') + field, QStringLiteral("not a string"));
        return v.toString();
    }
    bool boolean(const QJsonObject& o, const QString& field, const QString& path)
    {
        const QJsonValue v = o.value(field);
        if (!v.isBool())
            fail(path + QLatin1Char('.') + field, QStringLiteral("not a boolean"));
        return v.toBool();
    }
    Money money(const QJsonValue& v, const QString& path)
    {
        QString why;
        const auto m = v.isString() ? Money::parse(v.toString(), Money::Sign::AllowNegative, &why) : std::nullopt;
        if (!m)
            fail(path, why.isEmpty() ? QStringLiteral("not a decimal string") : why);
        return m.value_or(Money());
    }
    qint64 integer(const QJsonValue& v, const QString& path)
    {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 9.0e15 || d != double(qint64(d)))
            fail(path, QStringLiteral("not a counter"));
        return qint64(d);
    }
    QDateTime time(const QString& text, const QString& path, bool optional = false)
    {
        if (optional && text.isEmpty())
            return {};
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid())
            fail(path, QStringLiteral("not an RFC 3339 time"));
        return t.toUTC();
    }
    Access access(const QString& text, const QString& path)
    {
        if (text == QLatin1String("read"))
            return Access::Read;
        if (text == QLatin1String("write"))
            return Access::Write;
        if (text != QLatin1String("none"))
            fail(path, QStringLiteral("unknown access"));
        return Access::None;
    }
    UsageCounters counters(const QJsonArray& a, int from, const QString& path)
    {
        UsageCounters c;
        if (a.size() < from + 5) {
            fail(path, QStringLiteral("too few counters"));
            return c;
        }
        c.spend = money(a.at(from), path);
        c.requests = integer(a.at(from + 1), path);
        c.inputTokens = integer(a.at(from + 2), path);
        c.outputTokens = integer(a.at(from + 3), path);
        c.totalTokens = integer(a.at(from + 4), path);
        return c;
    }
    UsageSeries series(const QJsonValue& value, const QString& path);

    StringPool pool;        // shares equal strings across rows
    GroupValuesPool groups; // and equal groups
    QStringList strings;    // the string table of a version 2 file
};

UsageSeries Reader::series(const QJsonValue& value, const QString& path)
{
    UsageSeries out;
    const QJsonArray buckets = array(value, path);
    out.reserve(buckets.size());
    for (int i = 0; i < buckets.size() && !failed(); ++i) {
        const QString bp = path + QStringLiteral("[%1]").arg(i);
        const QJsonObject b = object(buckets.at(i), bp);
        UsageBucket bucket;
        bucket.start = time(string(b, QStringLiteral("start"), bp), bp + QStringLiteral(".start"));
        bucket.totals = counters(array(b.value(QStringLiteral("totals")), bp), 0, bp + QStringLiteral(".totals"));
        if (b.contains(QStringLiteral("groups"))) {
            QStringList fields;
            for (const QJsonValue& f : array(b.value(QStringLiteral("fields")), bp + QStringLiteral(".fields")))
                fields.append(pool.intern(f.toString()));
            const QJsonArray rows = array(b.value(QStringLiteral("groups")), bp + QStringLiteral(".groups"));
            bucket.groups.reserve(rows.size());
            for (int r = 0; r < rows.size() && !failed(); ++r) {
                // The row's path is only spelled out when it is wrong (70 000 rows in a big cache).
                const QJsonValue rowValue = rows.at(r);
                const QJsonArray row = rowValue.toArray();
                UsageGroup g;
                for (int f = 0; f < fields.size() && f < row.size(); ++f) {
                    const QJsonValue v = row.at(f);
                    if (v.isString()) { // version 1: the value itself
                        g.values.insert(fields.at(f), pool.intern(v.toString()));
                    } else if (v.isDouble()) { // version 2: an index into the string table
                        const double d = v.toDouble();
                        if (d < 0 || d >= double(strings.size()) || d != double(int(d)))
                            fail(bp + QStringLiteral(".groups[%1]").arg(r), QStringLiteral("unknown string index"));
                        else
                            g.values.insert(fields.at(f), strings.at(int(d)));
                    }
                }
                g.values = groups.intern(g.values);
                if (!rowValue.isArray())
                    fail(bp + QStringLiteral(".groups[%1]").arg(r), QStringLiteral("not an array"));
                else
                    g.counters = counters(row, int(fields.size()), QString());
                if (failed() && error.startsWith(QLatin1Char(':')))
                    error.prepend(bp + QStringLiteral(".groups[%1]").arg(r));
                bucket.groups.append(std::move(g));
            }
        }
        out.append(std::move(bucket));
    }
    return out;
}

} // namespace

QByteArray SnapshotCodec::encodeVersion2(const OrgSnapshot& s)
{
    QJsonObject org;
    org.insert(QStringLiteral("name"), s.organization.name);
    org.insert(QStringLiteral("balance"), moneyValue(s.organization.balance));

    const Capabilities& c = s.capabilities;
    QJsonObject caps;
    caps.insert(QStringLiteral("projects"), c.projects);
    caps.insert(QStringLiteral("org_usage"), c.orgUsage);
    caps.insert(QStringLiteral("groups"), c.groups);
    caps.insert(QStringLiteral("manage"), accessName(c.manage));
    caps.insert(QStringLiteral("self_key_id"), c.selfKeyId);
    caps.insert(QStringLiteral("self_key_name"), c.selfKeyName);

    QByteArray out;
    out.reserve(qsizetype(s.keys.size()) * 400 + qsizetype(s.dailyByKey.size()) * (s.keys.size() / 4 + 1) * 40 + 4096);
    out += "{\"format\":";
    appendString(out, kFormat);
    out += ",\"version\":" + QByteArray::number(kJsonVersion) + ",\"snapshot\":{\"fetched_at\":";
    appendString(out, s.fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    out += ",\"organization\":";
    appendJson(out, org);
    out += ",\"capabilities\":";
    appendJson(out, caps);

    out += ",\"projects\":[";
    for (const Project& p : s.projects) {
        if (&p != s.projects.constData())
            out += ',';
        QJsonObject o;
        o.insert(QStringLiteral("id"), p.id);
        o.insert(QStringLiteral("name"), p.name);
        o.insert(QStringLiteral("kind"),
                 p.kind == Project::Kind::Private ? QStringLiteral("private") : QStringLiteral("shared"));
        o.insert(QStringLiteral("owner_id"), p.ownerId);
        o.insert(QStringLiteral("owner_email"), p.ownerEmail);
        o.insert(QStringLiteral("limit"), moneyValue(p.limit.toApi()));
        o.insert(QStringLiteral("spend"), moneyValue(p.spend));
        o.insert(QStringLiteral("key_count"), p.keyCount);
        appendJson(out, o);
    }
    out += "],\"keys\":[";
    for (const ApiKey& k : s.keys) {
        if (&k != s.keys.constData())
            out += ',';
        QJsonObject o;
        o.insert(QStringLiteral("id"), k.id);
        o.insert(QStringLiteral("name"), k.name);
        o.insert(QStringLiteral("manage"), accessName(k.permissions.manage));
        o.insert(QStringLiteral("completions"), accessName(k.permissions.completions));
        o.insert(QStringLiteral("limit"), moneyValue(k.limit.toApi()));
        o.insert(QStringLiteral("spend"), moneyValue(k.spend));
        QJsonObject labels;
        for (auto it = k.labels.cbegin(); it != k.labels.cend(); ++it)
            labels.insert(it.key(), it.value());
        o.insert(QStringLiteral("labels"), labels);
        o.insert(QStringLiteral("creator_id"), k.creatorId);
        o.insert(QStringLiteral("creator_email"), k.creatorEmail);
        o.insert(QStringLiteral("project_id"), k.projectId);
        o.insert(QStringLiteral("project_name"), k.projectName);
        o.insert(QStringLiteral("group_id"), k.groupId);
        if (k.expiresAt.isValid())
            o.insert(QStringLiteral("expires_at"), k.expiresAt.toUTC().toString(Qt::ISODate));
        if (k.logging)
            o.insert(QStringLiteral("logging"), *k.logging);
        appendJson(out, o);
    }
    StringTable strings;
    out += "],\"daily_by_key\":";
    appendSeries(out, s.dailyByKey, strings);
    out += ",\"daily_by_model\":";
    appendSeries(out, s.dailyByModel, strings);
    out += ",\"strings\":";
    appendJson(out, QJsonArray::fromStringList(strings.strings()));
    out += "}}";
    return out;
}

std::optional<OrgSnapshot> SnapshotCodec::decodeJson(const QByteArray& json, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.trimmed().isEmpty())
        return fail(QStringLiteral("empty file"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            QStringLiteral("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != kFormat)
        return fail(QStringLiteral("not a Spendboard cache file"));
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || (version.toDouble() != kJsonVersion && version.toDouble() != 1))
        return fail(QStringLiteral("unknown cache version %1 (this build reads 1 to %2)")
                        .arg(version.isDouble() ? QString::number(version.toDouble()) : QStringLiteral("?"))
                        .arg(kVersion));

    Reader r;
    OrgSnapshot s;
    const QJsonObject snap = r.object(root.value(QStringLiteral("snapshot")), QStringLiteral("snapshot"));
    s.fetchedAt =
        r.time(r.string(snap, QStringLiteral("fetched_at"), QStringLiteral("snapshot")), QStringLiteral("fetched_at"));

    const QJsonObject org = r.object(snap.value(QStringLiteral("organization")), QStringLiteral("organization"));
    s.organization.name = r.string(org, QStringLiteral("name"), QStringLiteral("organization"));
    s.organization.balance = r.money(org.value(QStringLiteral("balance")), QStringLiteral("organization.balance"));

    const QString cp = QStringLiteral("capabilities");
    const QJsonObject caps = r.object(snap.value(cp), cp);
    s.capabilities.projects = r.boolean(caps, QStringLiteral("projects"), cp);
    s.capabilities.orgUsage = r.boolean(caps, QStringLiteral("org_usage"), cp);
    s.capabilities.groups = r.boolean(caps, QStringLiteral("groups"), cp);
    s.capabilities.manage = r.access(r.string(caps, QStringLiteral("manage"), cp), cp + QStringLiteral(".manage"));
    s.capabilities.selfKeyId = r.string(caps, QStringLiteral("self_key_id"), cp, true);
    s.capabilities.selfKeyName = r.string(caps, QStringLiteral("self_key_name"), cp, true);

    const QJsonArray projects = r.array(snap.value(QStringLiteral("projects")), QStringLiteral("projects"));
    for (int i = 0; i < projects.size() && !r.failed(); ++i) {
        const QString p = QStringLiteral("projects[%1]").arg(i);
        const QJsonObject o = r.object(projects.at(i), p);
        Project pr;
        pr.id = r.string(o, QStringLiteral("id"), p);
        pr.name = r.string(o, QStringLiteral("name"), p);
        const QString kind = r.string(o, QStringLiteral("kind"), p);
        if (kind != QLatin1String("private") && kind != QLatin1String("shared"))
            r.fail(p + QStringLiteral(".kind"), QStringLiteral("unknown kind"));
        pr.kind = kind == QLatin1String("private") ? Project::Kind::Private : Project::Kind::Shared;
        pr.ownerId = r.string(o, QStringLiteral("owner_id"), p, true);
        pr.ownerEmail = r.string(o, QStringLiteral("owner_email"), p, true);
        pr.limit = Limit::fromApi(r.money(o.value(QStringLiteral("limit")), p + QStringLiteral(".limit")));
        pr.spend = r.money(o.value(QStringLiteral("spend")), p + QStringLiteral(".spend"));
        pr.keyCount = int(r.integer(o.value(QStringLiteral("key_count")), p + QStringLiteral(".key_count")));
        s.projects.append(pr);
    }

    const QJsonArray keys = r.array(snap.value(QStringLiteral("keys")), QStringLiteral("keys"));
    s.keys.reserve(keys.size());
    for (int i = 0; i < keys.size() && !r.failed(); ++i) {
        const QString p = QStringLiteral("keys[%1]").arg(i);
        const QJsonObject o = r.object(keys.at(i), p);
        ApiKey k;
        k.id = r.string(o, QStringLiteral("id"), p);
        k.name = r.string(o, QStringLiteral("name"), p);
        k.permissions.manage = r.access(r.string(o, QStringLiteral("manage"), p), p + QStringLiteral(".manage"));
        k.permissions.completions =
            r.access(r.string(o, QStringLiteral("completions"), p), p + QStringLiteral(".completions"));
        k.limit = Limit::fromApi(r.money(o.value(QStringLiteral("limit")), p + QStringLiteral(".limit")));
        k.spend = r.money(o.value(QStringLiteral("spend")), p + QStringLiteral(".spend"));
        const QJsonObject labels = r.object(o.value(QStringLiteral("labels")), p + QStringLiteral(".labels"));
        for (auto it = labels.begin(); it != labels.end(); ++it)
            k.labels.insert(it.key(), it.value().toString());
        k.creatorId = r.string(o, QStringLiteral("creator_id"), p, true);
        k.creatorEmail = r.string(o, QStringLiteral("creator_email"), p, true);
        k.projectId = r.string(o, QStringLiteral("project_id"), p, true);
        k.projectName = r.string(o, QStringLiteral("project_name"), p, true);
        k.groupId = r.string(o, QStringLiteral("group_id"), p, true);
        k.expiresAt =
            r.time(r.string(o, QStringLiteral("expires_at"), p, true), p + QStringLiteral(".expires_at"), true);
        if (o.contains(QStringLiteral("logging")))
            k.logging = r.boolean(o, QStringLiteral("logging"), p);
        s.keys.append(k);
    }

    const QJsonValue table = snap.value(QStringLiteral("strings"));
    if (!table.isUndefined())
        for (const QJsonValue& v : r.array(table, QStringLiteral("strings")))
            r.strings.append(r.pool.intern(v.toString()));
    if (!r.failed())
        s.dailyByKey = r.series(snap.value(QStringLiteral("daily_by_key")), QStringLiteral("daily_by_key"));
    if (!r.failed())
        s.dailyByModel = r.series(snap.value(QStringLiteral("daily_by_model")), QStringLiteral("daily_by_model"));
    if (r.failed())
        return fail(r.error);
    return s;
}
