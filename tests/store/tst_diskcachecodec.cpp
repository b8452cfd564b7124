// The cache formats byte by byte: a small binary (version 3) file spelled out by hand loads and is what
// the encoder writes, each kind of damage to it is refused with a reason before any allocation the bytes
// cannot back, and a version 2 JSON file written by hand still loads. Round trips: tst_diskcache.
#include "testsnapshots.h"

#include "store/snapshotcodec.h"

#include <QTest>

using namespace TestSnapshots;

namespace {

QByteArray varint(quint64 v)
{
    QByteArray out;
    while (v >= 0x80) {
        out += char(v | 0x80);
        v >>= 7;
    }
    out += char(v);
    return out;
}

QByteArray sint(qint64 v)
{
    return varint((quint64(v) << 1) ^ quint64(v >> 63));
}

// The pieces of a small file (see snapshotcodecbinary.cpp for the layout); a test replaces one.
struct Tiny
{
    QByteArray header{"SPBC\x03\x00\x00\x00", 8};
    QByteArray strings = varint(2) + varint(4 * 2) + "Acme" + varint(0);         // "Acme", ""
    QByteArray fetchedAt = sint(1000);                                           // 1 s after the epoch
    QByteArray organization = varint(0) + sint(-1);                              // "Acme", -1 µ$
    QByteArray capabilities = QByteArray("\x05\x02", 2) + varint(1) + varint(1); // projects, groups; write
    QByteArray projects = varint(0);
    QByteArray keys = varint(1) + varint(0) + varint(1)                           // one key: id "Acme", name ""
                      + QByteArray("\x01\x02", 2)                                 // read, write
                      + sint(5'000'000) + sint(7)                                 // limit $5, spend 7 µ$
                      + varint(0)                                                 // no labels
                      + varint(1) + varint(1) + varint(1) + varint(1) + varint(1) // creator id, email, project
                                                                                  // id, name, group: ""
                      + sint(std::numeric_limits<qint64>::min())                  // never expires
                      + QByteArray("\x02", 1);                                    // logging on
    QByteArray byKey = varint(1)                                                  // one bucket
                       + sint(86'400'000)                                         // 2 Jan 1970
                       + sint(7) + varint(1) + varint(2) + varint(3) + varint(6)  // totals
                       + varint(1) + varint(1)                                    // one field, named ""
                       + varint(1)                                                // one row
                       + varint(0 + 1)                                            // its value: "Acme"
                       + sint(7) + varint(1) + varint(2) + varint(3) + varint(6); // its counters
    QByteArray byModel = varint(0);

    QByteArray bytes() const
    {
        return header + strings + fetchedAt + organization + capabilities + projects + keys + byKey + byModel;
    }
};

} // namespace

class tst_DiskCacheCodec : public QObject
{
    Q_OBJECT

private slots:
    void tinyFileLoads()
    {
        QString error;
        const auto s = SnapshotCodec::decode(Tiny().bytes(), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->fetchedAt, QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC));
        QCOMPARE(s->organization.name, QStringLiteral("Acme"));
        QCOMPARE(s->organization.balance, Money::fromMicros(-1));
        QVERIFY(s->capabilities.projects && !s->capabilities.orgUsage && s->capabilities.groups);
        QCOMPARE(s->capabilities.manage, Access::Write);
        QCOMPARE(s->keys.size(), 1);
        const ApiKey& k = s->keys[0];
        QCOMPARE(k.id, QStringLiteral("Acme"));
        QVERIFY(k.name.isEmpty());
        QCOMPARE(k.permissions, (Permissions{Access::Read, Access::Write}));
        QCOMPARE(k.limit, Limit::of(dollars(5)));
        QCOMPARE(k.spend, Money::fromMicros(7));
        QVERIFY(!k.expiresAt.isValid());
        QCOMPARE(k.logging, std::optional<bool>(true));
        QCOMPARE(s->dailyByKey.size(), 1);
        QCOMPARE(s->dailyByKey[0].start, QDateTime::fromMSecsSinceEpoch(86'400'000, Qt::UTC));
        QCOMPARE(s->dailyByKey[0].totals.totalTokens, 6);
        QCOMPARE(s->dailyByKey[0].groups.size(), 1);
        QCOMPARE(s->dailyByKey[0].groups[0].values.value(u""), QStringLiteral("Acme"));
        QCOMPARE(s->dailyByKey[0].groups[0].counters.spend, Money::fromMicros(7));
    }

    void encoderWritesTheSameBytes()
    {
        // The layout is the one documented: the encoder's bytes for this snapshot are the hand-made ones.
        const auto s = SnapshotCodec::decode(Tiny().bytes());
        QVERIFY(s);
        QCOMPARE(SnapshotCodec::encode(*s).toHex(' '), Tiny().bytes().toHex(' '));
    }

    void usageRowsOfOneKeyShareTheirGroup()
    {
        // 70 000 usage rows name 10 000 keys: each key's rows come back sharing one group, in both formats.
        OrgSnapshot s =
            snapshot(utc(2026, 11, 10), {key(QStringLiteral("k1"), QStringLiteral("K1"), dollars(9), dollars(3)),
                                         key(QStringLiteral("k2"), QStringLiteral("K2"), dollars(9), dollars(2))});
        for (int d = 1; d <= 3; ++d) {
            addUsage(s, QDate(2026, 11, d), QStringLiteral("k1"), dollars(1));
            addUsage(s, QDate(2026, 11, d), QStringLiteral("k2"), dollars(1));
        }
        for (const QByteArray& bytes : {SnapshotCodec::encode(s), SnapshotCodec::encodeVersion2(s)}) {
            QString error;
            const auto back = SnapshotCodec::decode(bytes, &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->dailyByKey, s.dailyByKey);
            auto groupOf = [&](int day, const QString& id) {
                for (const UsageGroup& g : back->dailyByKey.at(day).groups)
                    if (g.values.value(u"api_key_id") == id)
                        return g.values;
                return GroupValues();
            };
            QVERIFY(!groupOf(0, QStringLiteral("k1")).isEmpty());
            QVERIFY(groupOf(0, QStringLiteral("k1")).isSharedWith(groupOf(2, QStringLiteral("k1"))));
            QVERIFY(groupOf(1, QStringLiteral("k2")).isSharedWith(groupOf(2, QStringLiteral("k2"))));
            QVERIFY(!groupOf(0, QStringLiteral("k1")).isSharedWith(groupOf(0, QStringLiteral("k2"))));
        }
    }

    void readsAVersion2FileOfAnEarlierBuild()
    {
        // Written by hand in the shape the version 2 writer had, so a change to that writer cannot hide a
        // change in what the reader accepts.
        const QByteArray json = R"({"format":"spendboard-cache","version":2,"snapshot":{
            "fetched_at":"2026-11-24T12:00:00.250Z",
            "organization":{"balance":"1834.27","name":"Acme AI"},
            "capabilities":{"groups":false,"manage":"write","org_usage":true,"projects":true,
                            "self_key_id":"","self_key_name":""},
            "projects":[{"id":"p1","key_count":1,"kind":"private","limit":"1000.00","name":"Research",
                         "owner_email":"ana@example.com","owner_id":"u1","spend":"12.500001"}],
            "keys":[{"completions":"write","creator_email":"","creator_id":"","group_id":"",
                     "id":"k1","labels":{"env":"prod"},"limit":"0.00","manage":"none","name":"ci-bot",
                     "project_id":"p1","project_name":"Research","spend":"12.40",
                     "expires_at":"2026-12-31T23:59:59Z","logging":false}],
            "daily_by_key":[{"start":"2026-11-01T00:00:00Z","totals":["12.40",7,1,2,3],
                             "fields":["api_key_id","project_id"],"groups":[[0,1,"12.40",7,1,2,3],[0,null,"0.00",0,0,0,0]]}],
            "daily_by_model":[{"start":"2026-11-01T00:00:00Z","totals":["12.40",7,1,2,3],
                               "fields":["model_used"],"groups":[[2,"12.40",7,1,2,3]]}],
            "strings":["k1","p1","openai/gpt-5"]}})";
        QString error;
        const auto s = SnapshotCodec::decode(json, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->fetchedAt, QDateTime::fromMSecsSinceEpoch(1'795'521'600'250LL, Qt::UTC));
        QCOMPARE(s->organization.balance, Money::fromMicros(1'834'270'000));
        QCOMPARE(s->projects.size(), 1);
        QCOMPARE(s->projects[0].kind, Project::Kind::Private);
        QCOMPARE(s->projects[0].limit, Limit::of(dollars(1000)));
        QCOMPARE(s->keys.size(), 1);
        QVERIFY(s->keys[0].limit.isUnlimited());
        QCOMPARE(s->keys[0].labels.value(QStringLiteral("env")), QStringLiteral("prod"));
        QCOMPARE(s->keys[0].logging, std::optional<bool>(false));
        QCOMPARE(s->keys[0].permissions.completions, Access::Write);
        QCOMPARE(s->dailyByKey[0].groups.size(), 2);
        QCOMPARE(s->dailyByKey[0].groups[0].values.value(u"project_id"), QStringLiteral("p1"));
        QVERIFY(!s->dailyByKey[0].groups[1].values.contains(u"project_id"));
        QCOMPARE(s->dailyByKey[0].groups[0].counters.totalTokens, 3);
        QCOMPARE(s->dailyByModel[0].groups[0].values.value(u"model_used"), QStringLiteral("openai/gpt-5"));
        // And it becomes version 3 unchanged.
        const auto again = SnapshotCodec::decode(SnapshotCodec::encode(*s));
        QVERIFY(again);
        QVERIFY(again->sameDataAs(*s));
        QCOMPARE(again->fetchedAt, s->fetchedAt);
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        auto add = [](const char* name, const Tiny& t, const char* reason) {
            QTest::newRow(name) << t.bytes() << QString::fromUtf8(reason);
        };
        QTest::newRow("magic only") << QByteArray("SPBC") << QStringLiteral("header.magic and version: truncated");
        QTest::newRow("truncated version")
            << QByteArray("SPBC\x03\x00\x00", 7) << QStringLiteral("header.magic and version: truncated");
        Tiny t;
        t.header = "SPB";
        add("bad magic", t, "not a Spendboard cache file");
        t = {};
        t.header = QByteArray("SPBC\x02\x00\x00\x00", 8);
        add("unknown version", t, "unknown cache version 2");
        t = {};
        t.header = QByteArray("SPBC\x00\x00\x00\x01", 8);
        add("version from the other end", t, "unknown cache version 16777216");
        t = {};
        t.organization = varint(2) + sint(-1);
        add("string index out of range", t, "organization.name: string index 2 out of the table (2 strings)");
        t = {};
        t.byKey.chop(6); // the row: its value and counters
        t.byKey += varint(3) + sint(7) + varint(1) + varint(2) + varint(3) + varint(6);
        add("usage value index out of range", t, "daily_by_key[0].groups[0]: string index 2 out of the table");
        t = {};
        t.strings = varint(0xffffffffULL) + t.strings.mid(1);
        add("string count beyond the file", t, "strings: count 4294967295 larger than");
        t = {};
        t.strings = varint(2) + varint(400 * 2) + "Acme" + varint(0);
        add("string beyond the file", t, "strings[0].length: truncated");
        t = {};
        t.keys = varint(100) + t.keys.mid(1);
        add("key count beyond the file", t, "keys: count 100 larger than");
        t = {};
        t.keys = varint(~0ULL) + t.keys.mid(1);
        add("negative key count", t, "keys: count 18446744073709551615 larger than");
        t = {};
        t.byKey = varint(1u << 30);
        add("bucket count beyond the file", t, "daily_by_key: count 1073741824 larger than");
        t = {};
        t.fetchedAt = QByteArray(11, '\xff');
        add("overlong number", t, "snapshot.fetched_at: malformed number");
        t = {};
        t.organization = varint(0) + sint(Money::kMaxMicros + 1);
        add("money out of range", t, "organization.balance: amount out of range");
        t = {};
        t.fetchedAt = sint(8'640'000'000'000'001LL);
        add("time out of range", t, "snapshot.fetched_at: time out of range");
        t = {};
        t.capabilities[1] = '\x03';
        add("unknown access", t, "capabilities.manage: unknown access");
        t = {};
        t.capabilities[0] = '\x10';
        add("unknown flag", t, "capabilities.flags: unknown flags");
        t = {};
        t.keys[t.keys.size() - 1] = '\x03';
        add("bad logging", t, "keys[0].logging: not a boolean");
        t = {};
        t.byKey.chop(1);
        t.byKey += varint(9'000'000'000'000'001ULL);
        add("counter out of range", t, "daily_by_key[0].groups[0]: counter out of range");
        t = {};
        t.byModel += '\0';
        add("trailing garbage", t, "1 bytes of trailing data after byte");
        t = {};
        t.byModel.clear();
        add("truncated at the end", t, "daily_by_model: truncated");
    }
    void badFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!SnapshotCodec::decode(bytes, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void everyPrefixIsRefused()
    {
        // A file cut anywhere (a crash mid-write without QSaveFile, a full disk) is refused, never half read.
        OrgSnapshot s = snapshot(utc(2026, 11, 10), manyKeys(3));
        addUsage(s, QDate(2026, 11, 2), s.keys[0].id, cents(5));
        addModelUsage(s, QDate(2026, 11, 2), QStringLiteral("m"), cents(5));
        const QByteArray good = SnapshotCodec::encode(s);
        QVERIFY(SnapshotCodec::decode(good));
        for (qsizetype n = 0; n < good.size(); ++n) {
            QString error;
            QVERIFY2(!SnapshotCodec::decode(good.left(n), &error), qPrintable(QString::number(n)));
            QVERIFY(!error.isEmpty());
        }
    }

    void everyByteChangeIsSafe()
    {
        // Each byte of the small file set to a few values: refused with a reason, or read to a snapshot that
        // writes and reads back the same (the fuzzer's property, on every position).
        const QByteArray good = Tiny().bytes();
        int refused = 0;
        for (qsizetype i = 0; i < good.size(); ++i) {
            for (const char c : {'\x00', '\x01', '\x7f', '\x80', '\xff'}) {
                QByteArray bytes = good;
                bytes[i] = c;
                QString error;
                const auto s = SnapshotCodec::decode(bytes, &error);
                if (!s) {
                    QVERIFY(!error.isEmpty());
                    ++refused;
                    continue;
                }
                const auto again = SnapshotCodec::decode(SnapshotCodec::encode(*s));
                QVERIFY(again && again->sameDataAs(*s) && again->fetchedAt == s->fetchedAt);
            }
        }
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(tst_DiskCacheCodec)
#include "tst_diskcachecodec.moc"
