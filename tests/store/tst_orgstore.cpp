// OrgStore without a network: derived values, headroom, snapshots and their signals, conflicts, and how a
// refresh shares the groups of its usage rows.
#include "testsnapshots.h"

#include "store/orgstore.h"
#include "store/refreshjob.h"
#include "store/usageindex.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace TestSnapshots;

namespace {

// Key usage of days [first, first + days) as one response decodes it: one copy of each key's group
// (and of its strings) for all its rows. Key i has a row on day d when (i + d) % every == 0.
UsageSeries decodedUsage(const QDate& first, int days, int keys, int every)
{
    UsageSeries series;
    QList<GroupValues> groups(keys);
    for (int d = 0; d < days; ++d) {
        UsageBucket b;
        b.start = QDateTime(first.addDays(d), QTime(0, 0), QTimeZone::utc());
        const int day = int(QDate(2026, 1, 1).daysTo(first)) + d;
        for (int i = 0; i < keys; ++i) {
            if ((i + day) % every != 0)
                continue;
            if (groups.at(i).isEmpty())
                groups[i] = GroupValues{
                    {QStringLiteral("api_key_id"), QStringLiteral("key-%1").arg(i, 5, 10, QLatin1Char('0'))},
                    {QStringLiteral("project_id"), QStringLiteral("project-%1").arg(i % 50)}};
            UsageGroup g{groups.at(i), {}};
            g.counters.spend = Money::fromCents(i + day);
            g.counters.requests = day;
            b.totals.spend += g.counters.spend;
            b.groups.append(g);
        }
        series.append(b);
    }
    return series;
}

qsizetype distinctGroups(const UsageSeries& series)
{
    QSet<const void*> copies;
    for (const UsageBucket& b : series)
        for (const UsageGroup& g : b.groups)
            copies.insert(g.values.identity());
    return copies.size();
}

} // namespace

class tst_OrgStore : public QObject
{
    Q_OBJECT

    // 2026-11-10 12:00 UTC: 9 complete days of November, today partial.
    const QDateTime m_now = utc(2026, 11, 10);

private slots:
    void emptyStore()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        QVERIFY(!store.hasData());
        QVERIFY(store.isStale());
        QCOMPARE(store.keys().size(), 0);
        QCOMPARE(store.monthToDate(EntityRef::org()), Money());
        QCOMPARE(store.dailySpend(EntityRef::org()).size(), 10);
        QCOMPARE(store.key(QStringLiteral("nope")), nullptr);
    }

    void setSnapshotEmitsAndLooksUp()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        QSignalSpy changed(&store, &OrgStore::snapshotChanged);
        QSignalSpy stale(&store, &OrgStore::staleChanged);
        store.setSnapshot(snapshot(m_now, {key(QStringLiteral("a"), QStringLiteral("Alpha"), dollars(100), dollars(40)),
                                           key(QStringLiteral("b"), QStringLiteral("Beta"), Money(), dollars(5))}),
                          false);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale.first().first().toBool(), false);
        QVERIFY(store.hasData());
        QVERIFY(!store.isStale());
        QVERIFY(store.key(QStringLiteral("b")));
        QCOMPARE(store.key(QStringLiteral("b"))->name, QStringLiteral("Beta"));
        QCOMPARE(store.entityName(EntityRef::key(QStringLiteral("a"))), QStringLiteral("Alpha"));
        QCOMPARE(store.entityName(EntityRef::org()), QStringLiteral("Acme AI"));
        QCOMPARE(store.asOf(), m_now);
        QCOMPARE(store.currentPeriod(), Period::ofMonth(2026, 11));
    }

    void monthToDateAndLimits()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        store.setSnapshot(
            snapshot(m_now,
                     {key(QStringLiteral("a"), QStringLiteral("A"), dollars(100), cents(4012)),
                      key(QStringLiteral("b"), QStringLiteral("B"), Money(), cents(1)),
                      key(QStringLiteral("c"), QStringLiteral("C"), dollars(10), dollars(3), QStringLiteral("p1"))},
                     {project(QStringLiteral("p1"), QStringLiteral("P1"), dollars(50), dollars(7))}, true),
            false);
        // Organization: the exact sum of the keys' monthly spend; no limit of its own.
        QCOMPARE(store.monthToDate(EntityRef::org()), cents(4012 + 1 + 300));
        QVERIFY(store.limitOf(EntityRef::org()).isUnlimited());
        QCOMPARE(store.monthToDate(EntityRef::key(QStringLiteral("a"))), cents(4012));
        QCOMPARE(store.limitOf(EntityRef::key(QStringLiteral("a"))), Limit::of(dollars(100)));
        QVERIFY(store.limitOf(EntityRef::key(QStringLiteral("b"))).isUnlimited());
        QCOMPARE(store.monthToDate(EntityRef::project(QStringLiteral("p1"))), dollars(7));
        QCOMPARE(store.limitOf(EntityRef::project(QStringLiteral("p1"))), Limit::of(dollars(50)));
        QVERIFY(store.hasProjects());
    }

    void effectiveHeadroom_data()
    {
        QTest::addColumn<qint64>("keyLimit");
        QTest::addColumn<qint64>("keySpend");
        QTest::addColumn<qint64>("projectLimit"); // -1: key has no project
        QTest::addColumn<qint64>("projectSpend");
        QTest::addColumn<qint64>("expected"); // -1: no cap at all

        QTest::newRow("key cap only") << 100LL << 30LL << -1LL << 0LL << 70LL;
        QTest::newRow("no caps") << 0LL << 30LL << -1LL << 0LL << -1LL;
        QTest::newRow("project unlimited") << 0LL << 30LL << 0LL << 500LL << -1LL;
        QTest::newRow("project cap only") << 0LL << 30LL << 200LL << 150LL << 50LL;
        QTest::newRow("key binds") << 100LL << 90LL << 200LL << 100LL << 10LL;
        QTest::newRow("project binds") << 100LL << 10LL << 200LL << 195LL << 5LL;
        QTest::newRow("project over") << 100LL << 10LL << 200LL << 230LL << -30LL;
        QTest::newRow("key over") << 100LL << 120LL << 0LL << 0LL << -20LL;
    }
    void effectiveHeadroom()
    {
        QFETCH(qint64, keyLimit);
        QFETCH(qint64, keySpend);
        QFETCH(qint64, projectLimit);
        QFETCH(qint64, projectSpend);
        QFETCH(qint64, expected);
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        const QString projectId = projectLimit >= 0 ? QStringLiteral("p") : QString();
        QList<Project> projects;
        if (projectLimit >= 0)
            projects.append(
                project(QStringLiteral("p"), QStringLiteral("P"), dollars(projectLimit), dollars(projectSpend)));
        store.setSnapshot(
            snapshot(m_now,
                     {key(QStringLiteral("k"), QStringLiteral("K"), dollars(keyLimit), dollars(keySpend), projectId)},
                     projects, true),
            false);
        const std::optional<Money> room = store.effectiveHeadroom(*store.key(QStringLiteral("k")));
        if (expected == -1) {
            QVERIFY(!room);
        } else {
            QVERIFY(room);
            QCOMPARE(*room, dollars(expected));
        }
    }

    void dailySeriesFromGroupedUsage()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        OrgSnapshot s = snapshot(m_now, {key(QStringLiteral("a"), QStringLiteral("A"), dollars(100), dollars(6)),
                                         key(QStringLiteral("b"), QStringLiteral("B"), Money(), dollars(2))});
        addUsage(s, QDate(2026, 10, 24), QStringLiteral("a"), dollars(9));    // before the window: ignored
        addUsage(s, QDate(2026, 10, 25), QStringLiteral("a"), dollars(2));    // first day of the window
        addUsage(s, QDate(2026, 10, 31), QStringLiteral("a"), dollars(4));    // previous day 7 (last)
        addUsage(s, QDate(2026, 10, 25 + 1), QStringLiteral("b"), cents(50)); // previous day 2 (Oct 26)
        addUsage(s, QDate(2026, 11, 1), QStringLiteral("a"), dollars(1));
        addUsage(s, QDate(2026, 11, 1), QStringLiteral("b"), dollars(2));
        addUsage(s, QDate(2026, 11, 10), QStringLiteral("a"), dollars(5)); // today
        store.setSnapshot(s, false);

        const QList<Money> a = store.dailySpend(EntityRef::key(QStringLiteral("a")));
        QCOMPARE(a.size(), 10); // Nov 1 .. Nov 10
        QCOMPARE(a.at(0), dollars(1));
        QCOMPARE(a.at(9), dollars(5));
        QCOMPARE(a.at(4), Money());
        const QList<Money> prevA = store.previousDays(EntityRef::key(QStringLiteral("a")));
        QCOMPARE(prevA.size(), UsageIndex::kPreviousDays); // Oct 25 .. Oct 31
        QCOMPARE(prevA.last(), dollars(4));
        QCOMPARE(prevA.first(), dollars(2)); // Oct 25 = Nov 1 - 7 days
        const QList<Money> prevB = store.previousDays(EntityRef::key(QStringLiteral("b")));
        QCOMPARE(prevB.at(1), cents(50));
        // Organization: the bucket totals.
        QCOMPARE(store.dailySpend(EntityRef::org()).at(0), dollars(3));
        // A key without usage gets zeros, not an empty list.
        const QList<Money> none = store.dailySpend(EntityRef::key(QStringLiteral("zzz")));
        QCOMPARE(none.size(), 10);
        QCOMPARE(none.at(0), Money());
        QCOMPARE(store.usageWindow(EntityRef::key(QStringLiteral("a"))).size(), 17);
    }

    void forecastMatchesDomainAndIsCached()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        OrgSnapshot s = snapshot(m_now, {key(QStringLiteral("a"), QStringLiteral("A"), dollars(200), dollars(90))});
        for (int d = 1; d <= 9; ++d)
            addUsage(s, QDate(2026, 11, d), QStringLiteral("a"), dollars(10));
        store.setSnapshot(s, false);
        const EntityRef a = EntityRef::key(QStringLiteral("a"));

        ForecastInput in{Period::ofMonth(2026, 11), m_now, dollars(90), store.dailySpend(a), store.previousDays(a),
                         Limit::of(dollars(200))};
        const Forecast expected = computeForecast(in);
        const Forecast f = store.forecast(a);
        QCOMPARE(f.endOfMonth, expected.endOfMonth);
        QCOMPARE(f.high, expected.high);
        QVERIFY(f.limitReachedAt);
        QCOMPARE(*f.limitReachedAt, *expected.limitReachedAt);
        // A new snapshot invalidates the cached forecast.
        s.keys[0].limit = Limit::none();
        store.setSnapshot(s, false);
        QVERIFY(!store.forecast(a).limitReachedAt);
    }

    void forecastsAreHeldForMinutesWithinADay()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        OrgSnapshot s = snapshot(m_now, {key(QStringLiteral("a"), QStringLiteral("A"), dollars(200), dollars(90))});
        for (int d = 1; d <= 9; ++d)
            addUsage(s, QDate(2026, 11, d), QStringLiteral("a"), dollars(10));
        const EntityRef a = EntityRef::key(QStringLiteral("a"));
        auto forecastAt = [&](const QDateTime& at) {
            ForecastInput in{Period::ofMonth(2026, 11), at,
                             store.monthToDate(a),      store.dailySpend(a),
                             store.previousDays(a),     store.limitOf(a)};
            return computeForecast(in);
        };
        const QDateTime t0 = m_now.addSecs(8 * 3600);
        s.fetchedAt = t0;
        store.setSnapshot(s, false);
        QCOMPARE(store.forecastAsOf(), t0);

        // A refresh 30 s later with new data: the data's instant moves, the forecasts' does not.
        s.fetchedAt = t0.addSecs(30);
        s.keys[0].spend = dollars(91);
        store.setSnapshot(s, false);
        QCOMPARE(store.asOf(), t0.addSecs(30));
        QCOMPARE(store.forecastAsOf(), t0);
        QCOMPARE(store.forecast(a).endOfMonth, forecastAt(t0).endOfMonth);
        QVERIFY(store.forecast(a).endOfMonth != forecastAt(t0.addSecs(30)).endOfMonth);

        // After kRederiveSecs it catches up.
        s.fetchedAt = t0.addSecs(OrgStore::kRederiveSecs);
        store.setSnapshot(s, false);
        QCOMPARE(store.forecastAsOf(), s.fetchedAt);
        QCOMPARE(store.forecast(a).endOfMonth, forecastAt(s.fetchedAt).endOfMonth);

        // A new UTC day moves it at once, and so does data older than it (an older cache, a clock set back).
        const QDateTime midnight(QDate(2026, 11, 11), QTime(0, 0), Qt::UTC);
        s.fetchedAt = midnight.addSecs(-20);
        store.setSnapshot(s, false);
        QCOMPARE(store.forecastAsOf(), s.fetchedAt);
        s.fetchedAt = midnight.addSecs(20);
        store.setSnapshot(s, false);
        QCOMPARE(store.forecastAsOf(), s.fetchedAt);
        s.fetchedAt = midnight.addSecs(10);
        store.setSnapshot(s, false);
        QCOMPARE(store.forecastAsOf(), s.fetchedAt);
    }

    void spendByModelDescending()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        OrgSnapshot s = snapshot(m_now, {});
        addModelUsage(s, QDate(2026, 11, 1), QStringLiteral("openai/gpt-5"), dollars(3));
        addModelUsage(s, QDate(2026, 11, 2), QStringLiteral("anthropic/claude"), dollars(5));
        addModelUsage(s, QDate(2026, 11, 3), QStringLiteral("openai/gpt-5"), dollars(4));
        addModelUsage(s, QDate(2026, 10, 30), QStringLiteral("old/model"), dollars(100)); // last month
        store.setSnapshot(s, false);
        const auto models = store.spendByModel(EntityRef::org());
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.at(0).first, QStringLiteral("openai/gpt-5"));
        QCOMPARE(models.at(0).second, dollars(7));
        QCOMPARE(models.at(1).second, dollars(5));
    }

    void failedRefreshKeepsDataAndMarksStale()
    {
        // No API client at all: the refresh fails at once with a clear error.
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        store.setSnapshot(snapshot(m_now, {key(QStringLiteral("a"), QStringLiteral("A"), dollars(1), dollars(0))}),
                          false);
        QSignalSpy finished(&store, &OrgStore::refreshFinished);
        QSignalSpy errors(&store, &OrgStore::errorOccurred);
        QSignalSpy changed(&store, &OrgStore::snapshotChanged);
        QVERIFY(store.refresh());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<ApiError>().kind(), ApiError::Kind::NoCredentials);
        QCOMPARE(changed.size(), 0);
        QVERIFY(store.isStale());
        QVERIFY(!store.isRefreshing());
        QCOMPARE(store.keys().size(), 1);
        QCOMPARE(store.lastError().kind(), ApiError::Kind::NoCredentials);
    }

    void writesWithoutClientFailCleanly()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        store.setSnapshot(snapshot(m_now, {key(QStringLiteral("a"), QStringLiteral("A"), dollars(1), dollars(0))}),
                          false);
        bool called = false;
        store.setKeyLimit(QStringLiteral("a"), Limit::of(dollars(5)), Limit::of(dollars(1)), this,
                          [&](Result<ApiKey> r) {
                              called = true;
                              QVERIFY(!r.ok());
                          });
        QVERIFY(called);
        QCOMPARE(store.key(QStringLiteral("a"))->limit, Limit::of(dollars(1)));
    }

    // What a refresh of 10 000 keys adds on the index worker (timings logged, not asserted).
    void refreshSharesGroupsOfTenThousandKeys()
    {
        constexpr int kKeys = 10'000;
        const QDate first(2026, 10, 25);
        const QDate today(2026, 11, 30); // the window's last day: 36 days kept, ~72 000 rows
        const int keptDays = int(first.daysTo(today));
        // A full fetch: spans of a week, each response with its own copies.
        auto fullFetch = [&] {
            UsageSeries all;
            for (int d = 0; d < keptDays; d += RefreshJob::kKeyUsageChunkDays)
                all += decodedUsage(first.addDays(d), std::min(RefreshJob::kKeyUsageChunkDays, keptDays - d), kKeys, 5);
            return all;
        };
        UsageSeries base = fullFetch();
        const UsageSeries baseAsDecoded = fullFetch();
        qsizetype rows = 0;
        for (const UsageBucket& b : std::as_const(base))
            rows += b.groups.size();
        QVERIFY(distinctGroups(base) > 5 * kKeys); // a copy per key and span
        QElapsedTimer timer;
        timer.start();
        RefreshJob::shareGroups(base, QDateTime());
        const qint64 fullMs = timer.elapsed();
        QCOMPARE(distinctGroups(base), kKeys);
        QVERIFY(base == baseAsDecoded);

        // An incremental refresh: today's rows of every key, from a response of their own.
        const QDateTime since(today, QTime(0, 0), QTimeZone::utc());
        UsageSeries merged = RefreshJob::merged(base, since, decodedUsage(today, 1, kKeys, 1));
        const UsageSeries asDecoded = RefreshJob::merged(base, since, decodedUsage(today, 1, kKeys, 1));
        QCOMPARE(distinctGroups(merged), 2 * kKeys);
        timer.start();
        RefreshJob::shareGroups(merged, since);
        const qint64 incrementalMs = timer.elapsed();
        QCOMPARE(distinctGroups(merged), kKeys);
        QVERIFY(merged == asDecoded);
        // The kept buckets are left alone: still shared with the snapshot they came from.
        for (qsizetype i = 0; i < base.size(); ++i)
            QCOMPARE(merged.at(i).groups.constData(), base.at(i).groups.constData());

        OrgSnapshot s = snapshot(since.addSecs(3600), manyKeys(kKeys));
        s.dailyByKey = merged;
        timer.start();
        const UsageIndex index = UsageIndex::build(s, s.fetchedAt);
        const qint64 indexMs = timer.elapsed();
        QCOMPARE(index.indexedKeys(), kKeys);
        qInfo("shareGroups at %d keys: full fetch (%lld rows) %lld ms, incremental (%lld fresh rows) %lld ms; "
              "UsageIndex::build %lld ms",
              kKeys, qlonglong(rows), fullMs, qlonglong(merged.constLast().groups.size()), incrementalMs, indexMs);
    }

    void conflictHelpers()
    {
        const ApiError e(ApiError::Kind::Conflict, 0, QString(), QStringLiteral("server_limit=12.50 seen_limit=10.00"));
        const std::optional<Limit> server = OrgStore::conflictServerLimit(e);
        QVERIFY(server);
        QCOMPARE(*server, Limit::of(cents(1250)));
        const ApiError none(ApiError::Kind::Conflict, 0, QString(),
                            QStringLiteral("server_limit=none seen_limit=1.00"));
        QVERIFY(OrgStore::conflictServerLimit(none));
        QVERIFY(OrgStore::conflictServerLimit(none)->isUnlimited());
        QVERIFY(!OrgStore::conflictServerLimit(ApiError(ApiError::Kind::Network)));

        LimitConflict c{EntityRef::key(QStringLiteral("a")), QStringLiteral("A"), Limit::of(cents(1250)),
                        Limit::of(dollars(10)), Limit::of(dollars(20))};
        const QString text = OrgStore::describeConflict(c, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(text.contains(QStringLiteral("$12.50")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("$10.00")), qPrintable(text));
        QVERIFY(text.indexOf(QStringLiteral("$12.50")) < text.indexOf(QStringLiteral("$10.00")));
    }
};

QTEST_GUILESS_MAIN(tst_OrgStore)
#include "tst_orgstore.moc"
