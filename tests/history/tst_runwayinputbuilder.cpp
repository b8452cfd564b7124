#include "historyfixtures.h"

#include "history/historydb.h"
#include "history/runwayinputbuilder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fixtures;

namespace {

const RunwayInput* find(const QList<RunwayInput>& inputs, const EntityRef& entity)
{
    for (const RunwayInput& in : inputs) {
        if (in.entity == entity)
            return &in;
    }
    return nullptr;
}

// Keys k1 (in project p1) and k2 (no project); k1 spends $1 a day, k2 $2 a day, over the window the
// store fetches (7 days before the month start up to the day of `at`).
OrgSnapshot snapshotAt(const QDateTime& at)
{
    OrgSnapshot s;
    s.fetchedAt = at;
    s.projects = {project(QStringLiteral("p1"), QStringLiteral("Research"), Limit::of(dollars("100")), dollars("70"))};
    s.keys = {key(QStringLiteral("k1"), QStringLiteral("ci"), Limit::of(dollars("50")), dollars("5"),
                  QStringLiteral("p1"), QStringLiteral("Research")),
              key(QStringLiteral("k2"), QStringLiteral("bot"), Limit::none(), dollars("10"))};
    const QDate first(at.date().year(), at.date().month(), 1);
    for (QDate d = first.addDays(-7); d <= at.date(); d = d.addDays(1))
        s.dailyByKey.append(bucket(d, {keyGroup(QStringLiteral("k1"), QStringLiteral("p1"), Money::fromDollars(1)),
                                       keyGroup(QStringLiteral("k2"), QString(), Money::fromDollars(2))}));
    return s;
}

} // namespace

class tst_RunwayInputBuilder : public QObject
{
    Q_OBJECT
private slots:
    void buildsKeysAndProjects()
    {
        const QDateTime at = utc(2026, 11, 20, 10, 0);
        const QList<RunwayInput> inputs = RunwayInputBuilder::fromSnapshot(snapshotAt(at), at);
        QCOMPARE(inputs.size(), 3);

        const RunwayInput* k1 = find(inputs, EntityRef::key(QStringLiteral("k1")));
        QVERIFY(k1);
        QCOMPARE(k1->name, QStringLiteral("ci"));
        QCOMPARE(k1->projectName, QStringLiteral("Research"));
        QCOMPARE(k1->limit, Limit::of(dollars("50")));
        QCOMPARE(k1->spend, dollars("5"));
        QVERIFY(k1->projectHeadroom);
        QCOMPARE(*k1->projectHeadroom, dollars("30"));
        QCOMPARE(k1->last14Days, QList<Money>(14, Money::fromDollars(1)));
        QCOMPARE(k1->dailyThisMonth, QList<Money>(20, Money::fromDollars(1)));

        const RunwayInput* k2 = find(inputs, EntityRef::key(QStringLiteral("k2")));
        QVERIFY(k2);
        QVERIFY(!k2->projectHeadroom);
        QCOMPARE(k2->last14Days.last(), Money::fromDollars(2));

        const RunwayInput* p1 = find(inputs, EntityRef::project(QStringLiteral("p1")));
        QVERIFY(p1);
        QCOMPARE(p1->spend, dollars("70"));
        QVERIFY(!p1->projectHeadroom);
        QCOMPARE(p1->dailyThisMonth.size(), 20);
        QCOMPARE(p1->dailyThisMonth.first(), Money::fromDollars(1));
    }

    void earlyInTheMonthTheHistoryFillsTheSparkLine()
    {
        // On 3 Dec the snapshot reaches back to 24 Nov; the 14-day window starts on 20 Nov.
        const QDateTime at = utc(2026, 12, 3, 10, 0);
        const QList<RunwayInput> alone = RunwayInputBuilder::fromSnapshot(snapshotAt(at), at);
        const RunwayInput* k1 = find(alone, EntityRef::key(QStringLiteral("k1")));
        QVERIFY(k1);
        QCOMPARE(k1->last14Days.size(), 14);
        QCOMPARE(k1->last14Days.first(), Money());             // 20 Nov: unknown without history
        QCOMPARE(k1->last14Days.at(4), Money::fromDollars(1)); // 24 Nov: in the snapshot
        QCOMPARE(k1->dailyThisMonth.size(), 3);

        QTemporaryDir dir;
        HistoryDb history(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(history.open());
        OrgSnapshot november = snapshotAt(utc(2026, 11, 23, 23, 0));
        for (UsageBucket& b : november.dailyByKey) {
            b.groups[0].counters.spend = Money::fromDollars(7);
            b.totals.spend = Money::fromDollars(9);
        }
        QVERIFY(history.recordSnapshotNow(november));
        const QList<RunwayInput> filled = RunwayInputBuilder::fromSnapshot(snapshotAt(at), at, &history);
        k1 = find(filled, EntityRef::key(QStringLiteral("k1")));
        QVERIFY(k1);
        QCOMPARE(k1->last14Days.mid(0, 4), QList<Money>(4, Money::fromDollars(7))); // 20..23 Nov from history
        QCOMPARE(k1->last14Days.at(4), Money::fromDollars(1));                      // the snapshot wins after
    }
};

QTEST_GUILESS_MAIN(tst_RunwayInputBuilder)
#include "tst_runwayinputbuilder.moc"
