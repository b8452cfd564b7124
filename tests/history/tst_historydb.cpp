#include "historyfixtures.h"

#include "domain/clock.h"
#include "history/historydb.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fixtures;

namespace {

// Runs statements on the file through a connection of its own (to inspect or to forge a file).
QVariantList sql(const QString& path, const QStringList& statements)
{
    static int n = 0;
    const QString name = QStringLiteral("inspect-%1").arg(++n);
    QVariantList last;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        for (const QString& s : statements) {
            QSqlQuery q(db);
            if (!q.exec(s))
                qFatal("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
            last.clear();
            while (q.next())
                last.append(q.value(0));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return last;
}

qint64 scalar(const QString& path, const QString& query)
{
    const QVariantList v = sql(path, {query});
    return v.isEmpty() ? -1 : v.first().toLongLong();
}

// The tokens column of one key's day.
qint64 tokensOf(const QString& path, const char* keyId, QDate day)
{
    return scalar(path, QStringLiteral("SELECT u.tokens FROM usage_day u JOIN entity e ON e.id = u.entity WHERE "
                                       "e.kind = 'key' AND e.ext_id = '%1' AND u.day = %2")
                            .arg(QLatin1String(keyId))
                            .arg(day.toJulianDay()));
}

} // namespace

class tst_HistoryDb : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("profiles/main/history.sqlite")); }

    static OrgSnapshot smallSnapshot()
    {
        OrgSnapshot s;
        s.organization.name = QStringLiteral("Acme AI");
        s.fetchedAt = utc(2026, 11, 3, 9, 30);
        s.projects = {
            project(QStringLiteral("p1"), QStringLiteral("Research"), Limit::of(dollars("500")), dollars("30"))};
        s.keys = {key(QStringLiteral("k1"), QStringLiteral("ci"), Limit::of(dollars("100")), dollars("12.50"),
                      QStringLiteral("p1"), QStringLiteral("Research")),
                  key(QStringLiteral("k2"), QStringLiteral("bot"), Limit::none(), dollars("17.50"),
                      QStringLiteral("p1"), QStringLiteral("Research"))};
        s.dailyByKey = {
            bucket(QDate(2026, 10, 31), {keyGroup(QStringLiteral("k1"), QStringLiteral("p1"), dollars("4"))}),
            bucket(QDate(2026, 11, 1), {keyGroup(QStringLiteral("k1"), QStringLiteral("p1"), dollars("5.25")),
                                        keyGroup(QStringLiteral("k2"), QStringLiteral("p1"), dollars("10"))}),
            bucket(QDate(2026, 11, 2), {keyGroup(QStringLiteral("k1"), QStringLiteral("p1"), dollars("7.25"), 3, 900),
                                        keyGroup(QStringLiteral("k2"), QStringLiteral("p1"), dollars("7.50"))})};
        s.dailyByModel = {
            bucket(QDate(2026, 11, 1), {group({{"model_used", QStringLiteral("openai/gpt-5")}}, dollars("11")),
                                        group({{"model_used", QStringLiteral("anthropic/claude")}}, dollars("4.25"))}),
            bucket(QDate(2026, 11, 2),
                   {group({{"model_used", QStringLiteral("anthropic/claude")}}, dollars("14.75"))})};
        return s;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(path());
        QFile::remove(path() + QStringLiteral("-wal"));
        QFile::remove(path() + QStringLiteral("-shm"));
        QDir folder(QFileInfo(path()).absolutePath());
        for (const QString& aside : folder.entryList({QStringLiteral("*.corrupt-*")}))
            QVERIFY(folder.remove(aside));
    }

    void recordsAsynchronouslyAndReadsBack()
    {
        HistoryDb db(path());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(db.lastWarning().isEmpty());
        QSignalSpy recorded(&db, &HistoryDb::snapshotRecorded);
        QSignalSpy failed(&db, &HistoryDb::recordFailed);
        db.recordSnapshot(smallSnapshot());
        QCOMPARE(db.pendingWrites(), 1);
        QVERIFY(recorded.wait());
        QCOMPARE(failed.count(), 0);
        QCOMPARE(recorded.first().at(0).toDateTime(), utc(2026, 11, 3, 9, 30));
        QCOMPARE(db.pendingWrites(), 0);

        QCOMPARE(db.dailySpend(EntityRef::key(QStringLiteral("k1")), QDate(2026, 10, 30), QDate(2026, 11, 3)),
                 (QList<Money>{Money(), dollars("4"), dollars("5.25"), dollars("7.25"), Money()}));
        QCOMPARE(db.dailySpend(EntityRef::project(QStringLiteral("p1")), QDate(2026, 11, 1), QDate(2026, 11, 2)),
                 (QList<Money>{dollars("15.25"), dollars("14.75")}));
        QCOMPARE(db.dailySpend(EntityRef::org(), QDate(2026, 11, 2), QDate(2026, 11, 2)),
                 QList<Money>{dollars("14.75")});
        QCOMPARE(db.monthTotal(EntityRef::key(QStringLiteral("k1")), Period::ofMonth(2026, 11)), dollars("12.50"));
        QCOMPARE(db.monthTotal(EntityRef::key(QStringLiteral("k1")), Period::ofMonth(2026, 10)), dollars("4"));
        const QHash<QString, Money> totals = db.monthTotals(EntityRef::Kind::Key, Period::ofMonth(2026, 11));
        QCOMPARE(totals.size(), 2);
        QCOMPARE(totals.value(QStringLiteral("k2")), dollars("17.50"));
        const auto models = db.spendByModel(EntityRef::org(), Period::ofMonth(2026, 11));
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.at(0), qMakePair(QStringLiteral("anthropic/claude"), dollars("19")));
        QCOMPARE(models.at(1), qMakePair(QStringLiteral("openai/gpt-5"), dollars("11")));
        QCOMPARE(db.lastSynced(), utc(2026, 11, 3, 9, 30));
        QCOMPARE(db.firstRecordedDay(), QDate(2026, 10, 31));
        QCOMPARE(tokensOf(path(), "k1", QDate(2026, 11, 2)), 900);

        const auto states = db.entityStates(Period::ofMonth(2026, 11));
        QCOMPARE(states.size(), 4); // org, project, two keys
        auto k2 = std::find_if(states.begin(), states.end(),
                               [](const auto& s) { return s.entity == EntityRef::key(QStringLiteral("k2")); });
        QVERIFY(k2 != states.end());
        QVERIFY(k2->limit.isUnlimited());
        QCOMPARE(k2->name, QStringLiteral("bot"));
        QCOMPARE(k2->projectName, QStringLiteral("Research"));
        QCOMPARE(k2->spend, dollars("17.50"));
    }

    void backgroundCheckPassesOnAHealthyFile()
    {
        {
            HistoryDb db(path());
            QVERIFY(db.open(nullptr, HistoryDb::IntegrityCheck::Now));
            QVERIFY(db.recordSnapshotNow(smallSnapshot()));
        }
        HistoryDb db(path());
        QSignalSpy checked(&db, &HistoryDb::integrityChecked);
        QSignalSpy warned(&db, &HistoryDb::warningRaised);
        QVERIFY(db.open());
        QVERIFY(checked.wait());
        QCOMPARE(checked.first().at(0).toBool(), true);
        QCOMPARE(warned.count(), 0);
        QCOMPARE(db.monthTotal(EntityRef::org(), Period::ofMonth(2026, 11)), dollars("30"));
    }

    void laterCheckWaitsItsDelay()
    {
        // The app's choice: the check starts only after the delay, then reports like the immediate one.
        {
            HistoryDb db(path());
            QVERIFY(db.open(nullptr, HistoryDb::IntegrityCheck::Now));
            QVERIFY(db.recordSnapshotNow(smallSnapshot()));
        }
        HistoryDb db(path());
        db.setLaterCheckDelayMs(300);
        QSignalSpy checked(&db, &HistoryDb::integrityChecked);
        QElapsedTimer sinceOpen;
        sinceOpen.start();
        QVERIFY(db.open(nullptr, HistoryDb::IntegrityCheck::Later));
        QVERIFY(checked.wait());
        QVERIFY2(sinceOpen.elapsed() >= 300, qPrintable(QString::number(sinceOpen.elapsed())));
        QCOMPARE(checked.first().at(0).toBool(), true);
        // Reopened before the delay ends: only the new opening's check reports.
        db.setLaterCheckDelayMs(100);
        QVERIFY(db.open(nullptr, HistoryDb::IntegrityCheck::Later));
        QVERIFY(db.open(nullptr, HistoryDb::IntegrityCheck::Later));
        QVERIFY(checked.wait());
        QTRY_COMPARE(checked.count(), 2);
        QVERIFY(!checked.wait(400)); // the first of the two reopenings' checks never ran
        QCOMPARE(checked.count(), 2);
    }

    void laterCheckFollowsTheFirstWrite()
    {
        HistoryDb db(path());
        db.setLaterCheckDelayMs(60'000);
        QSignalSpy checked(&db, &HistoryDb::integrityChecked);
        QSignalSpy recorded(&db, &HistoryDb::snapshotRecorded);
        QVERIFY(db.open(nullptr, HistoryDb::IntegrityCheck::Later));
        db.recordSnapshot(smallSnapshot(), QDate());
        QVERIFY(recorded.wait());
        QVERIFY(checked.wait()); // long before the minute: the first write started it
        QCOMPARE(checked.first().at(0).toBool(), true);
        db.recordSnapshot(smallSnapshot(), QDate());
        QVERIFY(recorded.wait());
        QCOMPARE(checked.count(), 1); // once per opening
    }

    void survivesRestart()
    {
        {
            HistoryDb db(path());
            QVERIFY(db.open());
            QVERIFY(db.recordSnapshotNow(smallSnapshot()));
        }
        HistoryDb again(path());
        QVERIFY(again.open());
        QCOMPARE(again.monthTotal(EntityRef::org(), Period::ofMonth(2026, 11)), dollars("30"));
        QCOMPARE(again.lastSynced(), utc(2026, 11, 3, 9, 30));
        QCOMPARE(sql(path(), {QStringLiteral("PRAGMA journal_mode")}).value(0).toString(), QStringLiteral("wal"));
    }

    void upsertIsIdempotent()
    {
        HistoryDb db(path());
        QVERIFY(db.open());
        QVERIFY(db.recordSnapshotNow(smallSnapshot()));
        const QStringList tables{QStringLiteral("usage_day"), QStringLiteral("model_day"),
                                 QStringLiteral("entity_state"), QStringLiteral("forecast"), QStringLiteral("entity")};
        QList<qint64> counts;
        for (const QString& t : tables)
            counts.append(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM ") + t));
        const qint64 sum = scalar(path(), QStringLiteral("SELECT SUM(spend_micros) FROM usage_day"));
        for (qint64 count : counts)
            QVERIFY(count > 0);

        QVERIFY(db.recordSnapshotNow(smallSnapshot()));
        for (int i = 0; i < tables.size(); ++i)
            QCOMPARE(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM ") + tables.at(i)), counts.at(i));
        QCOMPARE(scalar(path(), QStringLiteral("SELECT SUM(spend_micros) FROM usage_day")), sum);

        // A later snapshot of the same day replaces that day's values instead of adding rows.
        OrgSnapshot later = smallSnapshot();
        later.fetchedAt = utc(2026, 11, 3, 18, 0);
        later.dailyByKey.append(
            bucket(QDate(2026, 11, 3), {keyGroup(QStringLiteral("k1"), QStringLiteral("p1"), dollars("1"))}));
        QVERIFY(db.recordSnapshotNow(later));
        later.dailyByKey.last() =
            bucket(QDate(2026, 11, 3), {keyGroup(QStringLiteral("k1"), QStringLiteral("p1"), dollars("2.5"))});
        QVERIFY(db.recordSnapshotNow(later));
        QCOMPARE(db.dailySpend(EntityRef::key(QStringLiteral("k1")), QDate(2026, 11, 3), QDate(2026, 11, 3)),
                 QList<Money>{dollars("2.5")});
        QCOMPARE(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM usage_day")),
                 counts.at(0) + 3); // key, project, org
        QCOMPARE(db.lastSynced(), utc(2026, 11, 3, 18, 0));
    }

    void migratesFromVersion1()
    {
        QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
        // The layout of the first release, written by hand: no token counts, no forecast table.
        sql(path(),
            {QStringLiteral("CREATE TABLE daily_usage (entity_kind TEXT NOT NULL, entity_id TEXT NOT NULL, "
                            "day TEXT NOT NULL, spend_micros INTEGER NOT NULL, requests INTEGER NOT NULL "
                            "DEFAULT 0, PRIMARY KEY (entity_kind, entity_id, day)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE model_usage (entity_kind TEXT NOT NULL, entity_id TEXT NOT NULL, "
                            "day TEXT NOT NULL, model TEXT NOT NULL, spend_micros INTEGER NOT NULL, "
                            "requests INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (entity_kind, entity_id, day, "
                            "model)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE entity_snapshot (entity_kind TEXT NOT NULL, entity_id TEXT NOT "
                            "NULL, day TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', project_id TEXT NOT NULL "
                            "DEFAULT '', project_name TEXT NOT NULL DEFAULT '', limit_micros INTEGER, "
                            "spend_micros INTEGER NOT NULL, PRIMARY KEY (entity_kind, entity_id, day)) "
                            "WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE sync (id INTEGER PRIMARY KEY CHECK (id = 1), last_synced_ms "
                            "INTEGER NOT NULL)"),
             QStringLiteral("INSERT INTO daily_usage VALUES ('key', 'old', '2026-03-02', 4200000, 7)"),
             QStringLiteral("INSERT INTO model_usage VALUES ('org', '', '2026-03-02', 'openai/gpt-5', 4200000, 7)"),
             QStringLiteral("INSERT INTO entity_snapshot VALUES ('key', 'old', '2026-03-02', 'legacy', '', '', "
                            "10000000, 4200000)"),
             QStringLiteral("INSERT INTO sync VALUES (1, 1772500000000)"), QStringLiteral("PRAGMA user_version = 1")});

        HistoryDb db(path());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(db.lastWarning().isEmpty());
        QCOMPARE(scalar(path(), QStringLiteral("PRAGMA user_version")), 2);
        // The old row is still there, with the new column's default.
        QCOMPARE(db.dailySpend(EntityRef::key(QStringLiteral("old")), QDate(2026, 3, 2), QDate(2026, 3, 2)),
                 QList<Money>{dollars("4.2")});
        QCOMPARE(tokensOf(path(), "old", QDate(2026, 3, 2)), 0);
        QCOMPARE(db.spendByModel(EntityRef::org(), Period::ofMonth(2026, 3)),
                 (QList<QPair<QString, Money>>{{QStringLiteral("openai/gpt-5"), dollars("4.2")}}));
        const auto states = db.entityStates(Period::ofMonth(2026, 3));
        QCOMPARE(states.size(), 1);
        QCOMPARE(states.first().name, QStringLiteral("legacy"));
        QCOMPARE(states.first().limit, Limit::of(dollars("10")));
        QCOMPARE(states.first().day, QDate(2026, 3, 2));
        // The version-1 tables are gone; their rows live in the new ones.
        QCOMPARE(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('daily_usage', "
                                               "'model_usage', 'entity_snapshot')")),
                 0);
        QCOMPARE(db.lastSynced().toMSecsSinceEpoch(), 1772500000000LL);
        // And the new tables work.
        QVERIFY(db.recordSnapshotNow(smallSnapshot(), &error));
        QCOMPARE(tokensOf(path(), "k1", QDate(2026, 11, 2)), 900);
        QVERIFY(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM forecast")) > 0);
    }

    void refusesNewerSchema()
    {
        QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
        sql(path(), {QStringLiteral("CREATE TABLE future (x)"), QStringLiteral("PRAGMA user_version = 9")});
        HistoryDb db(path());
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY(!db.isOpen());
        // Nothing was moved aside or destroyed.
        QCOMPARE(QDir(QFileInfo(path()).absolutePath()).entryList({QStringLiteral("*.corrupt-*")}).size(), 0);
        QCOMPARE(scalar(path(), QStringLiteral("PRAGMA user_version")), 9);
    }

    void corruptFileIsSetAsideAndRecreated_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("garbage bytes") << 0;
        QTest::newRow("truncated") << 1;
        QTest::newRow("overwritten pages") << 2;
    }
    void corruptFileIsSetAsideAndRecreated()
    {
        QFETCH(int, damage);
        {
            HistoryDb db(path());
            QVERIFY(db.open());
            QVERIFY(db.recordSnapshotNow(
                uniformSnapshot(utc(2026, 11, 20), {QStringLiteral("a"), QStringLiteral("b")}, dollars("1"))));
            // Fold the WAL into the main file so the damage below hits real data.
            sql(path(), {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
        }
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 4096);
        if (damage == 0) {
            QVERIFY(file.resize(0));
            file.write(QByteArray("this is not a database at all\n").repeated(300));
        } else if (damage == 1) {
            QVERIFY(file.resize(size / 2));
        } else {
            file.seek(4096);
            file.write(QByteArray(size - 4096, '\xA5'));
        }
        file.close();

        const FixedClock clock(utc(2026, 11, 21, 8, 15));
        HistoryDb db(path(), clock);
        QSignalSpy warned(&db, &HistoryDb::warningRaised);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        // Damage to the header is found by open() itself; damage deeper in the file by the background check.
        if (warned.isEmpty())
            QVERIFY(warned.wait());
        QCOMPARE(warned.count(), 1);
        QCOMPARE(warned.first().at(0).toString(), db.lastWarning());
        QVERIFY2(db.lastWarning().contains(QLatin1String("history.sqlite.corrupt-20261121T081500Z")),
                 qPrintable(db.lastWarning()));
        QVERIFY(QFile::exists(path() + QStringLiteral(".corrupt-20261121T081500Z")));
        // A fresh, working history.
        QVERIFY(!db.lastSynced().isValid());
        QVERIFY(!db.firstRecordedDay().isValid()); // nothing recorded: no day (not Julian day 0)
        QVERIFY(db.recordSnapshotNow(smallSnapshot()));
        QCOMPARE(db.monthTotal(EntityRef::org(), Period::ofMonth(2026, 11)), dollars("30"));
    }

    void keepsHistoryBeyondTheApiWindow()
    {
        HistoryDb db(path());
        QVERIFY(db.open());
        // One snapshot a month for six months; each covers only its own month (plus 7 days before).
        QDate day(2026, 5, 28);
        for (int i = 0; i < 6; ++i, day = day.addMonths(1))
            QVERIFY(db.recordSnapshotNow(uniformSnapshot(QDateTime(day, QTime(12, 0), QTimeZone::utc()),
                                                         {QStringLiteral("k")}, Money::fromDollars(i + 1))));
        const QDate from(2026, 5, 1);
        const QDate to(2026, 10, 28);
        QVERIFY(from.daysTo(to) > 100);
        const QList<Money> days = db.dailySpend(EntityRef::key(QStringLiteral("k")), from, to);
        QCOMPARE(days.size(), from.daysTo(to) + 1);
        QCOMPARE(days.first(), Money::fromDollars(1)); // May, from the first snapshot
        QCOMPARE(days.at(from.daysTo(QDate(2026, 7, 15))), Money::fromDollars(3));
        QCOMPARE(days.last(), Money::fromDollars(6));
        // Each snapshot also covers the 7 days before its month: the later snapshot's values win there.
        // May: 1..24 at $1 (May snapshot), 25..31 at $2 (June snapshot). June: 1..23 at $2, 24..30 at $3.
        QCOMPARE(db.monthTotal(EntityRef::key(QStringLiteral("k")), Period::ofMonth(2026, 5)), Money::fromDollars(38));
        QCOMPARE(db.monthTotal(EntityRef::key(QStringLiteral("k")), Period::ofMonth(2026, 6)), Money::fromDollars(67));
    }

    void forecastAccuracyOfAPastMonth()
    {
        HistoryDb db(path());
        QVERIFY(db.open());
        // Nov 10 00:00: $100 so far (the fixture counts the 10th whole), burn $10/day for 21 days -> $310.
        // The month ends at $10/day: $300.
        QVERIFY(db.recordSnapshotNow(uniformSnapshot(utc(2026, 11, 10, 0, 0), {QStringLiteral("k")}, dollars("10"))));
        QVERIFY(db.recordSnapshotNow(uniformSnapshot(utc(2026, 11, 30, 23, 59), {QStringLiteral("k")}, dollars("10"))));
        ForecastAccuracy open = db.forecastAccuracy(EntityRef::key(QStringLiteral("k")), Period::ofMonth(2026, 11));
        QVERIFY(!open.complete);
        QVERIFY(db.recordSnapshotNow(uniformSnapshot(utc(2026, 12, 2, 0, 0), {QStringLiteral("k")}, dollars("10"))));

        const ForecastAccuracy acc =
            db.forecastAccuracy(EntityRef::key(QStringLiteral("k")), Period::ofMonth(2026, 11));
        QVERIFY(acc.complete);
        QCOMPARE(acc.actual, dollars("300"));
        QCOMPARE(acc.forecasts.size(), 2);
        QCOMPARE(acc.forecasts.at(0).madeOn, QDate(2026, 11, 10));
        QCOMPARE(acc.forecasts.at(0).forecast, dollars("310"));
        QCOMPARE(acc.forecasts.at(0).error, dollars("10"));
        QCOMPARE(acc.forecasts.at(0).errorBp, 333); // 3.33 %
        QCOMPARE(acc.forecasts.at(1).madeOn, QDate(2026, 11, 30));
        QCOMPARE(acc.madeAround(15)->madeOn, QDate(2026, 11, 10));

        const QList<ForecastAccuracy> all = db.forecastAccuracyOfAll(Period::ofMonth(2026, 11));
        QCOMPARE(all.size(), 2); // the key and the organization
        const auto k = std::find_if(all.begin(), all.end(),
                                    [](const auto& a) { return a.entity == EntityRef::key(QStringLiteral("k")); });
        QVERIFY(k != all.end());
        QCOMPARE(k->forecasts.size(), 2);
        QCOMPARE(k->forecasts.at(0).forecast, dollars("310"));
        QCOMPARE(k->actual, dollars("300"));
        QVERIFY(k->complete);
    }

    void recordsALargeOrganization()
    {
        QStringList ids;
        for (int i = 0; i < 10000; ++i)
            ids.append(QStringLiteral("key-%1").arg(i, 5, 10, QLatin1Char('0')));
        const OrgSnapshot big = uniformSnapshot(utc(2026, 11, 30, 12, 0), ids, dollars("0.25"));
        QCOMPARE(big.dailyByKey.size(), 37);

        HistoryDb db(path());
        QVERIFY(db.open());
        QSignalSpy recorded(&db, &HistoryDb::snapshotRecorded);
        db.recordSnapshot(big);
        QVERIFY(recorded.wait(40000));
        QVERIFY(recorded.first().at(1).toInt() >= 370000);
        QCOMPARE(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM usage_day u JOIN entity e ON e.id = u.entity "
                                               "WHERE e.kind = 'key'")),
                 370000);
        QCOMPARE(db.monthTotal(EntityRef::key(QStringLiteral("key-04711")), Period::ofMonth(2026, 11)), dollars("7.5"));
        QCOMPARE(db.monthTotal(EntityRef::org(), Period::ofMonth(2026, 11)), dollars("75000"));
        QCOMPARE(db.dailySpendOfAll(EntityRef::Kind::Key, QDate(2026, 11, 17), QDate(2026, 11, 30)).size(), 10000);
    }

    void recordingWhenClosedFails()
    {
        HistoryDb db(path());
        QSignalSpy failed(&db, &HistoryDb::recordFailed);
        db.recordSnapshot(smallSnapshot());
        QVERIFY(failed.wait());
        QString error;
        QVERIFY(!db.recordSnapshotNow(smallSnapshot(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_HistoryDb)
#include "tst_historydb.moc"
