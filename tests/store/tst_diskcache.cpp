// DiskCache and its SnapshotCodec: round trip (binary version 3; JSON versions 1 and 2 still read), every
// kind of bad file ignored with a reason, unwritable places reported without a crash, and the store
// showing cached data as stale. The binary format byte by byte: tst_diskcachecodec.
#include "testsnapshots.h"

#include "store/diskcache.h"
#include "store/orgstore.h"
#include "store/snapshotcodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSnapshots;

namespace {

OrgSnapshot richSnapshot()
{
    const QDateTime now = utc(2026, 11, 10, 8, 30);
    ApiKey a = key(QStringLiteral("a"), QStringLiteral("Älpha “quoted”"), cents(5000), Money::fromMicros(12'345'678),
                   QStringLiteral("p1"));
    a.labels = {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("team"), QStringLiteral("ml")}};
    a.expiresAt = utc(2026, 12, 31, 23, 59);
    a.logging = true;
    a.groupId = QStringLiteral("g1");
    a.permissions = Permissions{Access::Read, Access::Write};
    ApiKey b = key(QStringLiteral("b"), QStringLiteral("Beta"), Money(), Money::fromMicros(1));
    b.creatorId.clear();
    b.creatorEmail.clear();
    OrgSnapshot s = snapshot(
        now, {a, b},
        {project(QStringLiteral("p1"), QStringLiteral("Research"), dollars(500), cents(1), Project::Kind::Private),
         project(QStringLiteral("p2"), QStringLiteral("Shared"), Money(), Money())},
        true);
    s.organization.balance = Money::fromMicros(-42);
    s.capabilities.selfKeyId = QStringLiteral("self-id");
    s.capabilities.selfKeyName = QStringLiteral("spendboard-admin");
    s.capabilities.groups = true;
    s.projects[0].keyCount = 3;
    addUsage(s, QDate(2026, 10, 30), QStringLiteral("a"), cents(123), QStringLiteral("p1"));
    addUsage(s, QDate(2026, 11, 2), QStringLiteral("a"), Money::fromMicros(7), QStringLiteral("p1"));
    addUsage(s, QDate(2026, 11, 2), QStringLiteral("b"), dollars(2));
    s.dailyByKey[0].totals.inputTokens = 1000;
    s.dailyByKey[0].totals.totalTokens = 1300;
    s.dailyByKey[0].groups[0].counters.outputTokens = 300;
    addModelUsage(s, QDate(2026, 11, 2), QStringLiteral("openai/gpt-5"), dollars(2));
    // A row without one of its bucket's fields, a sub-second fetch time, a 64-bit token count.
    s.dailyByKey.last().groups.append(UsageGroup{{{QStringLiteral("project_id"), QStringLiteral("p2")}}, {}});
    s.dailyByKey.last().groups.last().counters.totalTokens = 5'000'000'000'000LL;
    s.fetchedAt = s.fetchedAt.addMSecs(123);
    return s;
}

// No projects, an unlimited key with nothing optional, a key with logging off, unknown capabilities.
OrgSnapshot plainSnapshot()
{
    ApiKey k = key(QStringLiteral("only"), QString(), Money(), Money::fromMicros(-5));
    k.logging = false;
    k.creatorId.clear();
    OrgSnapshot s =
        snapshot(utc(2026, 1, 1, 0, 0), {k, key(QStringLiteral("z"), QStringLiteral("z"), Money(), Money())});
    s.capabilities = Capabilities{};
    s.capabilities.tentative = true;
    s.capabilities.manage = Access::Read;
    addUsage(s, QDate(2025, 12, 31), QStringLiteral("only"), Money::fromMicros(1));
    return s;
}

void verifySame(const OrgSnapshot& a, const OrgSnapshot& b)
{
    QVERIFY(a.sameDataAs(b));
    QCOMPARE(a.fetchedAt, b.fetchedAt);
}

void compareSnapshots(const OrgSnapshot& a, const OrgSnapshot& b)
{
    QCOMPARE(a.organization, b.organization);
    QCOMPARE(a.keys, b.keys);
    QCOMPARE(a.projects, b.projects);
    QCOMPARE(a.fetchedAt, b.fetchedAt);
    QCOMPARE(a.capabilities.projects, b.capabilities.projects);
    QCOMPARE(a.capabilities.orgUsage, b.capabilities.orgUsage);
    QCOMPARE(a.capabilities.groups, b.capabilities.groups);
    QCOMPARE(a.capabilities.manage, b.capabilities.manage);
    QCOMPARE(a.capabilities.selfKeyId, b.capabilities.selfKeyId);
    QCOMPARE(a.dailyByKey.size(), b.dailyByKey.size());
    for (int i = 0; i < a.dailyByKey.size(); ++i) {
        QCOMPARE(a.dailyByKey[i].start, b.dailyByKey[i].start);
        QCOMPARE(a.dailyByKey[i].totals, b.dailyByKey[i].totals);
        QCOMPARE(a.dailyByKey[i].groups.size(), b.dailyByKey[i].groups.size());
        for (int g = 0; g < a.dailyByKey[i].groups.size(); ++g) {
            QCOMPARE(a.dailyByKey[i].groups[g].values, b.dailyByKey[i].groups[g].values);
            QCOMPARE(a.dailyByKey[i].groups[g].counters, b.dailyByKey[i].groups[g].counters);
        }
    }
    QCOMPARE(a.dailyByModel.size(), b.dailyByModel.size());
    QCOMPARE(a.dailyByModel[0].groups[0].values, b.dailyByModel[0].groups[0].values);
}

} // namespace

Q_DECLARE_METATYPE(OrgSnapshot)

class tst_DiskCache : public QObject
{
    Q_OBJECT

private slots:
    void codecRoundTrip_data()
    {
        QTest::addColumn<OrgSnapshot>("snapshot");
        QTest::newRow("rich") << richSnapshot();
        QTest::newRow("plain") << plainSnapshot();
        QTest::newRow("empty") << OrgSnapshot{};
        OrgSnapshot far = richSnapshot();
        far.keys[0].expiresAt = QDateTime::fromMSecsSinceEpoch(-8'640'000'000'000'000LL, Qt::UTC);
        far.keys[1].expiresAt = QDateTime::fromMSecsSinceEpoch(8'640'000'000'000'000LL, Qt::UTC);
        far.keys[1].name = QString(QChar(0xd800)) + QStringLiteral(" lone surrogate"); // not valid UTF-16
        far.projects[0].keyCount = -1;
        far.organization.balance = Money::fromMicros(-Money::kMaxMicros);
        QTest::newRow("extremes") << far;
    }
    void codecRoundTrip()
    {
        QFETCH(OrgSnapshot, snapshot);
        QString error;
        const QByteArray bytes = SnapshotCodec::encode(snapshot);
        QVERIFY(bytes.startsWith(QByteArray("SPBC\x03\x00\x00\x00", 8)));
        const auto back = SnapshotCodec::decode(bytes, &error);
        QVERIFY2(back, qPrintable(error));
        verifySame(snapshot, *back);
        QCOMPARE(back->capabilities.tentative, snapshot.capabilities.tentative);
        QCOMPARE(SnapshotCodec::encode(*back), bytes);
    }

    void richSnapshotIsRich()
    {
        // The round trip above only proves something if the snapshot has each kind of value.
        const OrgSnapshot s = richSnapshot();
        QVERIFY(!s.projects.isEmpty() && !s.keys.at(0).labels.isEmpty() && s.keys.at(0).expiresAt.isValid());
        QVERIFY(!s.keys.at(1).expiresAt.isValid() && s.keys.at(1).limit.isUnlimited() && s.keys.at(0).logging);
        QVERIFY(s.dailyByKey.last().groups.size() >= 2 && !s.dailyByModel.isEmpty());
        QVERIFY(s.capabilities.groups && !s.capabilities.selfKeyId.isEmpty());
        QVERIFY(plainSnapshot().projects.isEmpty() && plainSnapshot().keys.at(0).logging == false);
    }

    void binaryIsSmallerThanJson()
    {
        const OrgSnapshot s = richSnapshot();
        QVERIFY(SnapshotCodec::encode(s).size() * 2 < SnapshotCodec::encodeVersion2(s).size());
    }

    void readsVersion2()
    {
        // Files written before version 3 are JSON; they still load, to the same snapshot (the JSON holds
        // times to the millisecond and no `tentative` flag, like the snapshots here).
        for (const OrgSnapshot& s : {richSnapshot(), plainSnapshot()}) {
            const QByteArray json = SnapshotCodec::encodeVersion2(s);
            QVERIFY(json.startsWith(R"({"format":"spendboard-cache","version":2,)"));
            QString error;
            const auto back = SnapshotCodec::decode(json, &error);
            QVERIFY2(back, qPrintable(error));
            OrgSnapshot expected = s;
            expected.capabilities.tentative = false;
            verifySame(expected, *back);
        }
    }

    void readsVersion1()
    {
        // Version 1 wrote the usage values inline, without a string table: such a file still loads.
        QJsonObject root = QJsonDocument::fromJson(SnapshotCodec::encodeVersion2(richSnapshot())).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 2);
        QJsonObject snap = root.value(QStringLiteral("snapshot")).toObject();
        const QJsonArray strings = snap.take(QStringLiteral("strings")).toArray();
        QVERIFY(!strings.isEmpty());
        for (const QString& series : {QStringLiteral("daily_by_key"), QStringLiteral("daily_by_model")}) {
            QJsonArray buckets = snap.value(series).toArray();
            for (qsizetype b = 0; b < buckets.size(); ++b) {
                QJsonObject bucket = buckets.at(b).toObject();
                QJsonArray rows = bucket.value(QStringLiteral("groups")).toArray();
                const qsizetype fields = bucket.value(QStringLiteral("fields")).toArray().size();
                for (qsizetype r = 0; r < rows.size(); ++r) {
                    QJsonArray row = rows.at(r).toArray();
                    for (qsizetype f = 0; f < fields; ++f)
                        if (row.at(f).isDouble())
                            row.replace(f, strings.at(row.at(f).toInt()));
                    rows.replace(r, row);
                }
                bucket.insert(QStringLiteral("groups"), rows);
                buckets.replace(b, bucket);
            }
            snap.insert(series, buckets);
        }
        root.insert(QStringLiteral("snapshot"), snap);
        root.insert(QStringLiteral("version"), 1);
        QString error;
        const auto back = SnapshotCodec::decode(QJsonDocument(root).toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        compareSnapshots(richSnapshot(), *back);
    }

    void usageStringsAreShared_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("version 3") << SnapshotCodec::encode(richSnapshot());
        QTest::newRow("version 2") << SnapshotCodec::encodeVersion2(richSnapshot());
    }
    void usageStringsAreShared()
    {
        // 70 000 usage rows of 10 000 keys hold one copy of each id: the rows of key "a" share theirs.
        QFETCH(QByteArray, bytes);
        const auto back = SnapshotCodec::decode(bytes);
        QVERIFY(back);
        QList<QString> ids;
        for (const UsageBucket& b : back->dailyByKey)
            for (const UsageGroup& g : b.groups)
                if (g.values.value(u"api_key_id") == QLatin1String("a"))
                    ids.append(g.values.value(u"api_key_id"));
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.at(0).isSharedWith(ids.at(1)));
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles/work/cache.json")); // folders are created
        QString error;
        QVERIFY2(DiskCache::save(path, richSnapshot(), &error), qPrintable(error));
        DiskCache cache(path);
        const DiskCache::LoadResult r = cache.load();
        QVERIFY2(r.snapshot, qPrintable(r.error));
        QVERIFY(r.error.isEmpty());
        compareSnapshots(richSnapshot(), *r.snapshot);
    }

    void asyncSaveCoalesces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.json"));
        DiskCache cache(path);
        QSignalSpy saved(&cache, &DiskCache::saved);
        OrgSnapshot s = richSnapshot();
        cache.saveAsync(s);
        s.organization.name = QStringLiteral("second");
        cache.saveAsync(s);
        s.organization.name = QStringLiteral("third");
        cache.saveAsync(s); // replaces "second" while the first write runs
        QTRY_VERIFY(!cache.isSaving() && saved.size() >= 2);
        QCOMPARE(cache.load().snapshot->organization.name, QStringLiteral("third"));
    }

    void missingFileIsQuiet()
    {
        QTemporaryDir dir;
        DiskCache cache(dir.filePath(QStringLiteral("none.json")));
        const DiskCache::LoadResult r = cache.load();
        QVERIFY(!r.snapshot);
        QVERIFY(r.missing);
        QVERIFY(r.error.isEmpty());
    }

    void badFilesAreIgnored_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reasonPart");
        const QByteArray binary = SnapshotCodec::encode(richSnapshot());
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("truncated") << binary.left(binary.size() / 2) << QStringLiteral("truncated");
        QTest::newRow("header only") << binary.left(8) << QStringLiteral("strings: truncated");
        QTest::newRow("garbage") << QByteArray("\x00\xff\xfe garbage \x01", 14)
                                 << QStringLiteral("not a Spendboard cache");
        QTest::newRow("bad magic") << QByteArray(binary).replace(0, 4, "SPBD")
                                   << QStringLiteral("not a Spendboard cache");
        QTest::newRow("unknown binary version") << QByteArray(binary).replace(4, 4, QByteArray("\x07\x00\x00\x00", 4))
                                                << QStringLiteral("unknown cache version 7");
        QTest::newRow("trailing garbage") << binary + "garbage" << QStringLiteral("7 bytes of trailing data");
        // Version 2 (JSON) files: the JSON reader's own reasons.
        const QByteArray good = SnapshotCodec::encodeVersion2(richSnapshot());
        QTest::newRow("truncated JSON") << good.left(good.size() / 2) << QStringLiteral("not valid JSON");
        QTest::newRow("other json") << QByteArray(R"({"hello": "world"})") << QStringLiteral("not a Spendboard cache");
        QTest::newRow("array") << QByteArray("[1,2,3]") << QStringLiteral("not a Spendboard cache");
        QByteArray future = good;
        future.replace(R"("version":2)", R"("version":7)");
        QTest::newRow("unknown version") << future << QStringLiteral("unknown cache version 7");
        QByteArray badMoney = good;
        badMoney.replace(R"("spend":"12.345678")", R"("spend":"12,3")");
        QJsonObject root = QJsonDocument::fromJson(good).object();
        QJsonObject snap = root.value(QStringLiteral("snapshot")).toObject();
        snap.insert(QStringLiteral("strings"), QJsonArray{QStringLiteral("only")});
        root.insert(QStringLiteral("snapshot"), snap);
        QTest::newRow("string index out of the table")
            << QJsonDocument(root).toJson() << QStringLiteral("daily_by_key[0].groups[0]: unknown string index");
        QTest::newRow("bad money") << badMoney << QStringLiteral("keys[0].spend");
        QByteArray badKind = good;
        badKind.replace(R"("kind":"private")", R"("kind":"secret")");
        QTest::newRow("bad kind") << badKind << QStringLiteral("projects[0].kind");
        QByteArray noKeys = good;
        noKeys.replace(R"("keys":[)", R"("keyz":[)");
        QTest::newRow("missing keys") << noKeys << QStringLiteral("keys: not an array");
    }
    void badFilesAreIgnored()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reasonPart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();

        DiskCache cache(path);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged")));
        const DiskCache::LoadResult r = cache.load();
        QVERIFY(!r.snapshot);
        QVERIFY(!r.missing);
        QVERIFY2(r.error.contains(reasonPart), qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("ignored")));

        // The store reports it and stays empty.
        FixedClock clock(utc(2026, 11, 10));
        OrgStore store(nullptr, clock);
        store.setCachePath(path);
        QSignalSpy warnings(&store, &OrgStore::cacheWarning);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged")));
        QVERIFY(!store.loadCache());
        QCOMPARE(warnings.size(), 1);
        QVERIFY(!store.hasData());
    }

    void unwritablePlaceWarns()
    {
        // A regular file where the folder should be: no OS or user lets us create the cache below it.
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString path = blocker + QStringLiteral("/cache.json");

        QString error;
        QVERIFY(!DiskCache::save(path, richSnapshot(), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be written")), qPrintable(error));

        DiskCache cache(path);
        QSignalSpy failed(&cache, &DiskCache::saveFailed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be written")));
        cache.saveAsync(richSnapshot());
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("cannot be written")));
    }

    void storeLoadsCacheAsStale()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.json"));
        QVERIFY(DiskCache::save(path, richSnapshot()));
        FixedClock clock(utc(2026, 11, 11));
        OrgStore store(nullptr, clock);
        store.setCachePath(path);
        QSignalSpy changed(&store, &OrgStore::snapshotChanged);
        QVERIFY(store.loadCache());
        QCOMPARE(changed.size(), 1);
        QVERIFY(store.hasData());
        QVERIFY(store.isStale());
        QCOMPARE(store.keys().size(), 2);
        // Derived values are as of the cached data, not of the clock.
        QCOMPARE(store.asOf(), richSnapshot().fetchedAt);
        QCOMPARE(store.dailySpend(EntityRef::key(QStringLiteral("b"))).at(1), dollars(2));
    }

    void noSecretInCache()
    {
        // The snapshot has no field for a secret; make sure nothing secret-like slips in via capabilities.
        const QByteArray json = SnapshotCodec::encode(richSnapshot());
        QVERIFY(!json.contains("api_key\""));
        QVERIFY(!json.contains("secret"));
        QVERIFY(!json.contains("Bearer"));
    }
};

QTEST_GUILESS_MAIN(tst_DiskCache)
#include "tst_diskcache.moc"
