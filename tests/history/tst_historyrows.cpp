#include "historyfixtures.h"

#include "history/historyrows.h"

#include <QTest>

using namespace fixtures;

namespace {

const HistoryRows::Usage* usageOf(const HistoryRows& rows, const EntityRef& entity, QDate day)
{
    for (const auto& u : rows.usage) {
        if (u.entity == entity && u.day == day)
            return &u;
    }
    return nullptr;
}

} // namespace

class tst_HistoryRows : public QObject
{
    Q_OBJECT
private slots:
    void groupsUsageByEntityAndDay()
    {
        OrgSnapshot s;
        s.fetchedAt = utc(2026, 11, 2, 10, 0);
        const QDate day(2026, 11, 1);
        // Two buckets on the same UTC day (e.g. a server answering at hour boundaries) add up.
        UsageBucket morning = bucket(day, {keyGroup(QStringLiteral("k1"), QStringLiteral("p1"), dollars("1.5"), 2, 10),
                                           keyGroup(QStringLiteral("k2"), QStringLiteral("p1"), dollars("2"), 1, 20)});
        UsageBucket evening =
            bucket(day, {keyGroup(QStringLiteral("k1"), QStringLiteral("p1"), dollars("0.25"), 1, 5)});
        evening.start = evening.start.addSecs(18 * 3600);
        UsageGroup tokensSplit = keyGroup(QStringLiteral("k3"), QString(), dollars("1"), 1, 0);
        tokensSplit.counters.inputTokens = 30;
        tokensSplit.counters.outputTokens = 12;
        UsageBucket next = bucket(day.addDays(1), {tokensSplit});
        s.dailyByKey = {morning, evening, next};

        const HistoryRows rows = HistoryRows::fromSnapshot(s);
        const auto* k1 = usageOf(rows, EntityRef::key(QStringLiteral("k1")), day);
        QVERIFY(k1);
        QCOMPARE(k1->spend, dollars("1.75"));
        QCOMPARE(k1->requests, 3);
        QCOMPARE(k1->tokens, 15);
        const auto* p1 = usageOf(rows, EntityRef::project(QStringLiteral("p1")), day);
        QVERIFY(p1);
        QCOMPARE(p1->spend, dollars("3.75"));
        const auto* org = usageOf(rows, EntityRef::org(), day);
        QVERIFY(org);
        QCOMPARE(org->spend, dollars("3.75"));
        const auto* k3 = usageOf(rows, EntityRef::key(QStringLiteral("k3")), day.addDays(1));
        QVERIFY(k3);
        QCOMPARE(k3->tokens, 42);       // no total_tokens: input + output
        QCOMPARE(rows.usage.size(), 6); // day 1: org, k1, k2, p1; day 2: org, k3
    }

    void reservesForTheUsageThereIs()
    {
        // Usage is sparse: 2 000 keys of which two spent, over 30 days, reserve room for about the rows
        // there are (days x entities would be 60 000 rows, 20 MB at 10 000 keys).
        OrgSnapshot s;
        s.fetchedAt = utc(2026, 11, 30, 10, 0);
        for (int i = 0; i < 2000; ++i) {
            ApiKey k;
            k.id = QStringLiteral("k%1").arg(i);
            s.keys.append(k);
        }
        for (int d = 1; d <= 30; ++d)
            s.dailyByKey.append(
                bucket(QDate(2026, 11, d), {keyGroup(QStringLiteral("k1"), QString(), dollars("1"), 1, 1),
                                            keyGroup(QStringLiteral("k2"), QString(), dollars("2"), 1, 1)}));
        const HistoryRows rows = HistoryRows::fromSnapshot(s);
        QCOMPARE(rows.usage.size(), 90); // per day: the organization, k1, k2
        QVERIFY2(rows.usage.capacity() <= 200, qPrintable(QString::number(rows.usage.capacity())));
    }

    void incrementalLeavesOutEarlierDaysButForecastsFromAll()
    {
        // After an incremental refresh only the days it fetched are written again; the forecasts still
        // see every day of the window.
        const OrgSnapshot s = uniformSnapshot(utc(2026, 11, 10, 0, 0), {QStringLiteral("busy")}, dollars("10"));
        const HistoryRows all = HistoryRows::fromSnapshot(s);
        const HistoryRows recent = HistoryRows::fromSnapshot(s, QDate(2026, 11, 9));
        QVERIFY(usageOf(all, EntityRef::key(QStringLiteral("busy")), QDate(2026, 11, 5)));
        QVERIFY(!usageOf(recent, EntityRef::key(QStringLiteral("busy")), QDate(2026, 11, 5)));
        QVERIFY(usageOf(recent, EntityRef::key(QStringLiteral("busy")), QDate(2026, 11, 9)));
        for (const auto& u : recent.usage)
            QVERIFY(u.day >= QDate(2026, 11, 9));
        QVERIFY(recent.usage.size() < all.usage.size());
        QCOMPARE(recent.forecasts.size(), all.forecasts.size());
        for (qsizetype i = 0; i < all.forecasts.size(); ++i)
            QCOMPARE(recent.forecasts.at(i).endOfMonth, all.forecasts.at(i).endOfMonth);
        QCOMPARE(recent.entities.size(), all.entities.size());
    }

    void modelsPerOrganizationAndKey()
    {
        OrgSnapshot s;
        s.fetchedAt = utc(2026, 11, 2, 10, 0);
        s.dailyByModel = {
            bucket(QDate(2026, 11, 1),
                   {group({{"model_used", QStringLiteral("a")}, {"api_key_id", QStringLiteral("k1")}}, dollars("1")),
                    group({{"model_used", QStringLiteral("a")}, {"api_key_id", QStringLiteral("k2")}}, dollars("2")),
                    group({{"model_used", QStringLiteral("b")}}, dollars("4"))})};
        const HistoryRows rows = HistoryRows::fromSnapshot(s);
        QCOMPARE(rows.models.size(), 4); // org a, org b, k1 a, k2 a
        Money orgA;
        for (const auto& m : rows.models) {
            if (m.entity.isOrganization() && m.model == QLatin1String("a"))
                orgA = m.spend;
        }
        QCOMPARE(orgA, dollars("3"));
    }

    void statesAndForecastsOfActiveEntities()
    {
        OrgSnapshot s = uniformSnapshot(utc(2026, 11, 10, 0, 0), {QStringLiteral("busy")}, dollars("10"));
        s.keys.append(key(QStringLiteral("idle"), QStringLiteral("idle"), Limit::of(dollars("5")), Money()));
        const HistoryRows rows = HistoryRows::fromSnapshot(s);
        QCOMPARE(rows.entities.size(), 3);  // org + 2 keys
        QCOMPARE(rows.forecasts.size(), 2); // org + busy: an idle key has nothing to forecast
        for (const auto& f : rows.forecasts) {
            QCOMPARE(f.madeOn, QDate(2026, 11, 10));
            QCOMPARE(f.month, Period::ofMonth(2026, 11));
            QCOMPARE(f.endOfMonth, dollars("310"));
        }
        QCOMPARE(rows.syncedAt, utc(2026, 11, 10, 0, 0));
    }

    void withoutFetchTimeOnlyUsage()
    {
        OrgSnapshot s = uniformSnapshot(utc(2026, 11, 3), {QStringLiteral("k")}, dollars("1"));
        s.fetchedAt = QDateTime();
        const HistoryRows rows = HistoryRows::fromSnapshot(s);
        QVERIFY(!rows.usage.isEmpty());
        QVERIFY(rows.entities.isEmpty());
        QVERIFY(rows.forecasts.isEmpty());
        QVERIFY(!rows.syncedAt.isValid());
    }

    void kindNames()
    {
        for (auto kind : {EntityRef::Kind::Organization, EntityRef::Kind::Project, EntityRef::Kind::Key})
            QCOMPARE(*HistoryRows::kindFromName(HistoryRows::kindName(kind)), kind);
        QVERIFY(!HistoryRows::kindFromName(QStringLiteral("group")));
        QVERIFY(!HistoryRows::idColumn(EntityRef::org()).isNull());
    }
};

QTEST_GUILESS_MAIN(tst_HistoryRows)
#include "tst_historyrows.moc"
