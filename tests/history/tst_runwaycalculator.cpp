#include "historyfixtures.h"

#include "domain/forecast.h"
#include "history/runwaycalculator.h"

#include <QTest>

using namespace fixtures;
using Status = RunwayCalculator::Status;

namespace {

// Mid-November: the 16th at noon UTC; the limits reset on 1 December 00:00 UTC (14.5 days ahead).
const QDateTime kNow = utc(2026, 11, 16, 12, 0);

RunwayInput input(const QString& name, Limit limit, Money spend, Money perDay,
                  std::optional<Money> projectHeadroom = std::nullopt)
{
    RunwayInput in;
    in.entity = EntityRef::key(name);
    in.name = name;
    in.limit = limit;
    in.spend = spend;
    in.projectHeadroom = projectHeadroom;
    in.dailyThisMonth = QList<Money>(16, perDay);
    in.last14Days = QList<Money>(14, perDay);
    return in;
}

Limit cap(const char* dollarsText)
{
    return Limit::of(dollars(dollarsText));
}

} // namespace

class tst_RunwayCalculator : public QObject
{
    Q_OBJECT
private slots:
    void burnIsTheForecastBurn()
    {
        RunwayInput in = input(QStringLiteral("k"), cap("1000"), dollars("120"), dollars("0"));
        // An uneven month: the weighted burn must be computeForecast's, not a plain average.
        for (int i = 0; i < in.dailyThisMonth.size(); ++i)
            in.dailyThisMonth[i] = Money::fromDollars(i % 4);
        ForecastInput f;
        f.period = Period::containing(kNow);
        f.nowUtc = kNow;
        f.monthToDate = in.spend;
        f.dailySpend = in.dailyThisMonth;
        f.previousDays = {};
        const RunwayCalculator::Result r = RunwayCalculator::compute(in, kNow);
        QCOMPARE(r.burnPerDay, computeForecast(f).dailyBurn);
        QVERIFY(r.burnPerDay > Money());
    }

    void runway_data()
    {
        QTest::addColumn<Limit>("limit");
        QTest::addColumn<Money>("spend");
        QTest::addColumn<Money>("perDay");
        QTest::addColumn<std::optional<Money>>("projectHeadroom");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("tenths"); // -1: none
        QTest::addColumn<Money>("headroom");
        QTest::addColumn<bool>("byProject");
        const std::optional<Money> noProject;
        const Money none;

        QTest::newRow("two days") << cap("100") << dollars("80") << dollars("10") << noProject << int(Status::Critical)
                                  << 20LL << dollars("20") << false;
        QTest::newRow("six days") << cap("100") << dollars("40") << dollars("10") << noProject << int(Status::Warning)
                                  << 60LL << dollars("60") << false;
        QTest::newRow("ten days") << cap("200") << dollars("100") << dollars("10") << noProject << int(Status::Ok)
                                  << 100LL << dollars("100") << false;
        QTest::newRow("after the reset") << cap("300") << dollars("150") << dollars("10") << noProject
                                         << int(Status::Safe) << 150LL << dollars("150") << false;
        QTest::newRow("fractional days") << cap("100") << dollars("96.5") << dollars("1.4") << noProject
                                         << int(Status::Critical) << 25LL << dollars("3.5") << false;
        QTest::newRow("project caps an unlimited key")
            << Limit::none() << dollars("5") << dollars("10") << std::optional<Money>(dollars("30"))
            << int(Status::Critical) << 30LL << dollars("30") << true;
        QTest::newRow("project smaller than key")
            << cap("100") << dollars("50") << dollars("10") << std::optional<Money>(dollars("20"))
            << int(Status::Critical) << 20LL << dollars("20") << true;
        QTest::newRow("key smaller than project")
            << cap("100") << dollars("90") << dollars("10") << std::optional<Money>(dollars("50"))
            << int(Status::Critical) << 10LL << dollars("10") << false;
        QTest::newRow("no cap anywhere") << Limit::none() << dollars("500") << dollars("10") << noProject
                                         << int(Status::NoCap) << -1LL << none << false;
        QTest::newRow("exactly at the limit")
            << cap("100") << dollars("100") << dollars("10") << noProject << int(Status::Over) << 0LL << none << false;
        QTest::newRow("over the limit") << cap("100") << dollars("120") << dollars("10") << noProject
                                        << int(Status::Over) << 0LL << dollars("-20") << false;
        QTest::newRow("project over") << cap("100") << dollars("50") << dollars("10")
                                      << std::optional<Money>(dollars("-5")) << int(Status::Over) << 0LL
                                      << dollars("-5") << true;
        QTest::newRow("capped but idle") << cap("100") << dollars("10") << dollars("0") << noProject
                                         << int(Status::Idle) << -1LL << dollars("90") << false;
    }
    void runway()
    {
        QFETCH(Limit, limit);
        QFETCH(Money, spend);
        QFETCH(Money, perDay);
        QFETCH(std::optional<Money>, projectHeadroom);
        QFETCH(int, status);
        QFETCH(qint64, tenths);
        QFETCH(Money, headroom);
        QFETCH(bool, byProject);

        const RunwayCalculator::Result r =
            RunwayCalculator::compute(input(QStringLiteral("k"), limit, spend, perDay, projectHeadroom), kNow);
        QCOMPARE(int(r.status), status);
        QCOMPARE(r.burnPerDay, perDay);
        QCOMPARE(r.cappedByProject, byProject);
        if (status == int(Status::NoCap))
            QVERIFY(!r.headroom);
        else
            QCOMPARE(*r.headroom, headroom);
        if (tenths < 0) {
            QVERIFY(!r.daysLeftTenths);
            QVERIFY(!r.limitReachedAt.isValid());
        } else {
            QCOMPARE(*r.daysLeftTenths, tenths);
        }
    }

    void limitDate()
    {
        // $20 of headroom at $10/day: reached exactly two days from now.
        const auto r =
            RunwayCalculator::compute(input(QStringLiteral("k"), cap("100"), dollars("80"), dollars("10")), kNow);
        QCOMPARE(r.limitReachedAt, utc(2026, 11, 18, 12, 0));
        // $1 at $3/day: 8 hours.
        const auto soon =
            RunwayCalculator::compute(input(QStringLiteral("k"), cap("10"), dollars("9"), dollars("3")), kNow);
        QCOMPARE(soon.limitReachedAt, utc(2026, 11, 16, 20, 0));
        QCOMPARE(*soon.daysLeftTenths, 3LL); // 0.33 days -> 0.3
        // Over: reached now.
        const auto over =
            RunwayCalculator::compute(input(QStringLiteral("k"), cap("10"), dollars("11"), dollars("3")), kNow);
        QCOMPARE(over.limitReachedAt, kNow);
    }

    void whatBreaksFirstRanksFirst()
    {
        QList<RunwayInput> inputs{
            input(QStringLiteral("big-but-slow"), cap("5000"), dollars("4000"), dollars("50")), // 20 days
            input(QStringLiteral("no-cap"), Limit::none(), dollars("9000"), dollars("900")),    // never
            input(QStringLiteral("small-but-fast"), cap("1000"), dollars("0"), dollars("500")), // 2 days
            input(QStringLiteral("slightly-over"), cap("100"), dollars("101"), dollars("1")),   // over by 1
            input(QStringLiteral("idle"), cap("100"), dollars("1"), dollars("0")),              // never at 0 burn
            input(QStringLiteral("far-over"), cap("100"), dollars("180"), dollars("1")),        // over by 80
            input(QStringLiteral("tiny-headroom"), cap("10"), dollars("9.5"), dollars("0.1")),  // 5 days
            input(QStringLiteral("project-bound"), Limit::none(), dollars("0"), dollars("10"),
                  std::optional<Money>(dollars("15"))), // 1.5 days
        };
        QList<RunwayCalculator::Result> results = RunwayCalculator::computeAll(inputs, kNow);
        RunwayCalculator::sortByRunway(results);
        QStringList order;
        for (const auto& r : results)
            order.append(r.name);
        QCOMPARE(order, (QStringList{QStringLiteral("far-over"), QStringLiteral("slightly-over"),
                                     QStringLiteral("project-bound"), QStringLiteral("small-but-fast"),
                                     QStringLiteral("tiny-headroom"), QStringLiteral("big-but-slow"),
                                     QStringLiteral("idle"), QStringLiteral("no-cap")}));
    }

    void sparkIsTheLast14Days()
    {
        RunwayInput in = input(QStringLiteral("k"), cap("100"), dollars("5"), dollars("1"));
        in.last14Days = {dollars("1"), dollars("2"), dollars("3")};
        const auto r = RunwayCalculator::compute(in, kNow);
        QCOMPARE(r.spark.size(), 14);
        QCOMPARE(r.spark.first(), Money());
        QCOMPARE(r.spark.mid(11), (QList<Money>{dollars("1"), dollars("2"), dollars("3")}));

        in.last14Days = QList<Money>(20, dollars("1"));
        in.last14Days.last() = dollars("9");
        const auto longer = RunwayCalculator::compute(in, kNow);
        QCOMPARE(longer.spark.size(), 14);
        QCOMPARE(longer.spark.last(), dollars("9"));
    }

    void firstDayOfMonthUsesTheDaysBefore()
    {
        // On the 1st there is no complete day this month: the burn comes from the 13 days before.
        const QDateTime first = utc(2026, 12, 1, 6, 0);
        RunwayInput in;
        in.entity = EntityRef::key(QStringLiteral("k"));
        in.limit = cap("100");
        in.spend = dollars("1");
        in.dailyThisMonth = {dollars("1")};
        in.last14Days = QList<Money>(13, dollars("8"));
        in.last14Days.append(dollars("1"));
        const auto r = RunwayCalculator::compute(in, first);
        QCOMPARE(r.burnPerDay, dollars("8"));
        QCOMPARE(*r.daysLeftTenths, 124LL); // $99 / $8 = 12.375 days
    }
};

QTEST_GUILESS_MAIN(tst_RunwayCalculator)
#include "tst_runwaycalculator.moc"
