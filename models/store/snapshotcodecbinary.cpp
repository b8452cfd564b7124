// Version 3 of the cache: binary. All integers are LEB128 varints unless said otherwise (small numbers,
// which most counters, lengths and indexes are, take one or two bytes); "s" marks a signed value,
// zig-zag encoded; "str" is the index of a string in the table; "time" is s milliseconds since the
// epoch (UTC), or kInvalidTime for an invalid QDateTime (a key that never expires).
//
//   "SPBC"  version (4 bytes, little-endian: 3)
//   strings      count × (length × 2 + form, then the text: form 0 is UTF-8 (length in bytes), form 1 is
//                UTF-16LE (length in code units) for the odd string that is not valid UTF-16 and so would
//                not survive UTF-8, e.g. a lone surrogate from a JSON escape)
//   fetched_at   time
//   organization name str, balance s
//   capabilities flags (bit 0 projects, 1 org_usage, 2 groups, 3 tentative), manage, self key id str,
//                self key name str
//   projects     count × (id str, name str, kind (0 shared, 1 private), owner id str, owner email str,
//                limit s (0 = none, as the API), spend s, key count s)
//   keys         count × (id str, name str, manage, completions, limit s, spend s,
//                labels count × (name str, value str), creator id str, creator email str, project id str,
//                project name str, group id str, expires_at time, logging (0 unknown, 1 false, 2 true))
//   daily_by_key, then daily_by_model:
//                buckets count × (start time, totals counters, fields count × str,
//                                 rows count × (per field: 0 = absent or string index + 1, counters))
//   counters     spend s, requests, input tokens, output tokens, total tokens
//   access       0 none, 1 read, 2 write
// Nothing may follow. Money is the exact qint64 of micro-dollars; no double anywhere.
#include "snapshotcodec.h"

#include "snapshotbinaryio.h"

#include <QHash>
#include <QVarLengthArray>

using namespace SnapshotBinary;

namespace {

constexpr char kMagic[4] = {'S', 'P', 'B', 'C'};
// The fewest bytes one element can take, to refuse a count the rest of the file cannot hold before
// anything is reserved for it.
constexpr qsizetype kMinProjectBytes = 8; // 4 str, kind, limit, spend, key count (one byte each at least)
constexpr qsizetype kMinKeyBytes = 14;    // 2 str, 2 access, 2 money, labels count, 5 str, time, logging
constexpr qsizetype kMinBucketBytes = 8;  // time, 5 counters, fields count, rows count
constexpr qsizetype kCountersBytes = 5;

void writeSeries(Writer& w, const UsageSeries& series)
{
    w.varint(quint64(series.size()));
    QStringList fields;
    for (const UsageBucket& b : series) {
        w.time(b.start);
        w.counters(b.totals);
        fields.clear();
        for (const UsageGroup& g : b.groups)
            for (const GroupValues::Entry& e : g.values)
                if (!fields.contains(e.first))
                    fields.append(e.first);
        w.varint(quint64(fields.size()));
        for (const QString& f : std::as_const(fields))
            w.str(f);
        w.varint(quint64(b.groups.size()));
        for (const UsageGroup& g : b.groups) {
            for (const QString& f : std::as_const(fields)) {
                const QString* v = g.values.find(f);
                w.varint(v ? w.table.indexOf(*v) + 1 : 0);
            }
            w.counters(g.counters);
        }
    }
}

// A group of up to two fields, known by its fields (strings of the table: their data is their identity
// for the decode) and its values' string indexes, so equal groups are found without hashing strings.
struct GroupKey
{
    const QChar* fields[2] = {nullptr, nullptr};
    quint64 values[2] = {0, 0};

    bool operator==(const GroupKey& o) const
    {
        return fields[0] == o.fields[0] && fields[1] == o.fields[1] && values[0] == o.values[0] &&
               values[1] == o.values[1];
    }
};

size_t qHash(const GroupKey& k, size_t seed = 0)
{
    return qHashMulti(seed, k.fields[0], k.fields[1], k.values[0], k.values[1]);
}

UsageSeries readSeries(Reader& r, const char* name)
{
    r.section = name;
    r.item = -1;
    UsageSeries out;
    // One key's rows name the same group: one shared copy.
    QHash<GroupKey, GroupValues> byIndex;
    GroupValuesPool groups; // groups of more than two fields
    const qsizetype buckets = r.count("", kMinBucketBytes);
    out.reserve(buckets);
    QVarLengthArray<QString, 4> fields;
    QVarLengthArray<quint64, 4> values;
    for (qsizetype i = 0; i < buckets && !r.failed(); ++i) {
        r.item = i;
        UsageBucket bucket;
        bucket.start = r.time("start");
        bucket.totals = r.counters("totals");
        const qsizetype fieldCount = r.count("fields", 1);
        fields.clear();
        for (qsizetype f = 0; f < fieldCount && !r.failed(); ++f)
            fields.append(r.str("fields"));
        const qsizetype rows = r.count("groups", fieldCount + kCountersBytes);
        bucket.groups.reserve(rows);
        for (qsizetype row = 0; row < rows && !r.failed(); ++row) {
            r.row = row;
            values.clear();
            for (qsizetype f = 0; f < fieldCount; ++f) {
                const quint64 v = r.varint("groups"); // 0: this row has no value for the field
                if (v > quint64(r.stringCount())) {
                    r.fail("groups", QStringLiteral("string index %1 out of the table (%2 strings)")
                                         .arg(v - 1)
                                         .arg(r.stringCount()));
                    break;
                }
                values.append(v);
            }
            if (r.failed())
                break;
            auto make = [&] {
                GroupValues g;
                for (qsizetype f = 0; f < fieldCount; ++f)
                    if (values.at(f) != 0)
                        g.insert(fields.at(f), r.stringAt(qsizetype(values.at(f) - 1)));
                return g;
            };
            UsageGroup g;
            if (fieldCount <= 2) {
                GroupKey key;
                for (qsizetype f = 0; f < fieldCount; ++f) {
                    key.fields[f] = fields.at(f).constData();
                    key.values[f] = values.at(f);
                }
                auto it = byIndex.find(key);
                if (it == byIndex.end())
                    it = byIndex.insert(key, make());
                g.values = *it;
            } else {
                g.values = groups.intern(make());
            }
            g.counters = r.counters("groups");
            bucket.groups.append(std::move(g));
        }
        r.row = -1;
        out.append(std::move(bucket));
    }
    r.item = -1;
    return out;
}

} // namespace

QByteArray SnapshotCodec::encodeBinary(const OrgSnapshot& s)
{
    // The body comes first so the string table (filled while writing it) can be put in front of it.
    Writer w;
    w.out.reserve(qsizetype(s.keys.size()) * 40 + qsizetype(s.dailyByKey.size()) * (s.keys.size() / 4 + 1) * 20 + 4096);
    w.time(s.fetchedAt);
    w.str(s.organization.name);
    w.money(s.organization.balance);

    const Capabilities& c = s.capabilities;
    w.byte(quint8((c.projects ? 1 : 0) | (c.orgUsage ? 2 : 0) | (c.groups ? 4 : 0) | (c.tentative ? 8 : 0)));
    w.byte(accessCode(c.manage));
    w.str(c.selfKeyId);
    w.str(c.selfKeyName);

    w.varint(quint64(s.projects.size()));
    for (const Project& p : s.projects) {
        w.str(p.id);
        w.str(p.name);
        w.byte(p.kind == Project::Kind::Private ? 1 : 0);
        w.str(p.ownerId);
        w.str(p.ownerEmail);
        w.money(p.limit.toApi());
        w.money(p.spend);
        w.sint(p.keyCount);
    }

    w.varint(quint64(s.keys.size()));
    for (const ApiKey& k : s.keys) {
        w.str(k.id);
        w.str(k.name);
        w.byte(accessCode(k.permissions.manage));
        w.byte(accessCode(k.permissions.completions));
        w.money(k.limit.toApi());
        w.money(k.spend);
        w.varint(quint64(k.labels.size()));
        for (auto it = k.labels.cbegin(); it != k.labels.cend(); ++it) {
            w.str(it.key());
            w.str(it.value());
        }
        w.str(k.creatorId);
        w.str(k.creatorEmail);
        w.str(k.projectId);
        w.str(k.projectName);
        w.str(k.groupId);
        w.time(k.expiresAt);
        w.byte(k.logging ? (*k.logging ? 2 : 1) : 0);
    }
    writeSeries(w, s.dailyByKey);
    writeSeries(w, s.dailyByModel);

    Writer head;
    head.out.reserve(w.out.size() + qsizetype(w.table.strings().size()) * 24 + 64);
    head.out.append(kMagic, sizeof kMagic);
    const quint32 version = kVersion;
    for (int i = 0; i < 4; ++i)
        head.byte(quint8(version >> (8 * i)));
    head.varint(quint64(w.table.strings().size()));
    for (const QString& str : w.table.strings()) {
        if (str.isValidUtf16()) {
            const QByteArray utf8 = str.toUtf8();
            head.varint(quint64(utf8.size()) * 2);
            head.out.append(utf8);
        } else {
            head.varint(quint64(str.size()) * 2 + 1);
            const qsizetype at = head.out.size();
            head.out.resize(at + str.size() * 2);
            qToLittleEndian<quint16>(str.utf16(), str.size(), head.out.data() + at);
        }
    }
    head.out.append(w.out);
    return head.out;
}

std::optional<OrgSnapshot> SnapshotCodec::decodeBinary(const QByteArray& data, QString* error)
{
    Reader r(data);
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const char* head = r.take(8, "magic and version");
    if (!head)
        return fail(r.error);
    if (!std::equal(head, head + 4, kMagic))
        return fail(QStringLiteral("not a Spendboard cache file"));
    quint32 version = 0;
    for (int i = 0; i < 4; ++i)
        version |= quint32(quint8(head[4 + i])) << (8 * i);
    if (version != quint32(kVersion))
        return fail(QStringLiteral("unknown cache version %1 (this build reads 1 to %2)").arg(version).arg(kVersion));

    r.readStrings();
    OrgSnapshot s;
    r.section = "snapshot";
    s.fetchedAt = r.time("fetched_at");
    r.section = "organization";
    s.organization.name = r.str("name");
    s.organization.balance = r.money("balance");

    r.section = "capabilities";
    const quint8 flags = r.byte("flags");
    if (flags > 15)
        r.fail("flags", QStringLiteral("unknown flags"));
    s.capabilities.projects = (flags & 1) != 0;
    s.capabilities.orgUsage = (flags & 2) != 0;
    s.capabilities.groups = (flags & 4) != 0;
    s.capabilities.tentative = (flags & 8) != 0;
    s.capabilities.manage = r.access("manage");
    s.capabilities.selfKeyId = r.str("self_key_id");
    s.capabilities.selfKeyName = r.str("self_key_name");

    r.section = "projects";
    const qsizetype projects = r.count("", kMinProjectBytes);
    s.projects.reserve(projects);
    for (qsizetype i = 0; i < projects && !r.failed(); ++i) {
        r.item = i;
        Project p;
        p.id = r.str("id");
        p.name = r.str("name");
        const quint8 kind = r.byte("kind");
        if (kind > 1)
            r.fail("kind", QStringLiteral("unknown kind"));
        p.kind = kind == 1 ? Project::Kind::Private : Project::Kind::Shared;
        p.ownerId = r.str("owner_id");
        p.ownerEmail = r.str("owner_email");
        p.limit = Limit::fromApi(r.money("limit"));
        p.spend = r.money("spend");
        const qint64 keyCount = r.sint("key_count");
        if (keyCount > std::numeric_limits<int>::max() || keyCount < std::numeric_limits<int>::min())
            r.fail("key_count", QStringLiteral("counter out of range"));
        p.keyCount = int(keyCount);
        s.projects.append(p);
    }
    r.item = -1;

    r.section = "keys";
    const qsizetype keys = r.count("", kMinKeyBytes);
    s.keys.reserve(keys);
    for (qsizetype i = 0; i < keys && !r.failed(); ++i) {
        r.item = i;
        ApiKey k;
        k.id = r.str("id");
        k.name = r.str("name");
        k.permissions.manage = r.access("manage");
        k.permissions.completions = r.access("completions");
        k.limit = Limit::fromApi(r.money("limit"));
        k.spend = r.money("spend");
        const qsizetype labels = r.count("labels", 2);
        for (qsizetype l = 0; l < labels && !r.failed(); ++l) {
            const QString name = r.str("labels");
            k.labels.insert(name, r.str("labels"));
        }
        k.creatorId = r.str("creator_id");
        k.creatorEmail = r.str("creator_email");
        k.projectId = r.str("project_id");
        k.projectName = r.str("project_name");
        k.groupId = r.str("group_id");
        k.expiresAt = r.time("expires_at");
        const quint8 logging = r.byte("logging");
        if (logging > 2)
            r.fail("logging", QStringLiteral("not a boolean"));
        if (logging > 0)
            k.logging = logging == 2;
        s.keys.append(std::move(k));
    }
    r.item = -1;

    s.dailyByKey = readSeries(r, "daily_by_key");
    s.dailyByModel = readSeries(r, "daily_by_model");
    if (!r.failed() && r.left() > 0) {
        r.section = "snapshot";
        r.fail("", QStringLiteral("%1 bytes of trailing data after byte %2").arg(r.left()).arg(r.offset()));
    }
    if (r.failed())
        return fail(r.error);
    return s;
}
