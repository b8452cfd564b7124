#include "domain/forecast.h"

#include <QTest>
#include <QTimeZone>

namespace {
QDateTime utc(int day, int hour = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::utc());
}
QList<Money> days(std::initializer_list<int> dollars)
{
    QList<Money> out;
    for (int d : dollars)
        out.append(Money::fromDollars(d));
    return out;
}
Money sum(const QList<Money>& l)
{
    Money s;
    for (Money m : l)
        s += m;
    return s;
}
} // namespace

class tst_Forecast : public QObject
{
    Q_OBJECT
private slots:
    void flatSpend()
    {
        // Ten days of exactly $10/day, at 00:00 on the 11th: 20 days remain -> $300 at month end.
        ForecastInput in{Period::ofMonth(2026, 11),
                         utc(11),
                         Money::fromDollars(100),
                         days({10, 10, 10, 10, 10, 10, 10, 10, 10, 10}),
                         {},
                         Limit::none()};
        const Forecast f = computeForecast(in);
        QCOMPARE(f.dailyBurn, Money::fromDollars(10));
        QCOMPARE(f.endOfMonth, Money::fromDollars(300));
        QCOMPARE(f.low, f.endOfMonth);
        QCOMPARE(f.high, f.endOfMonth);
        QVERIFY(!f.limitReachedAt);
        QVERIFY(!f.alreadyOver);
    }
    void limitDate()
    {
        // $10/day, $100 spent, limit $250 -> $150 headroom = 15 days -> reached at 00:00 on the 26th.
        ForecastInput in{Period::ofMonth(2026, 11),
                         utc(11),
                         Money::fromDollars(100),
                         days({10, 10, 10, 10, 10, 10, 10, 10, 10, 10}),
                         {},
                         Limit::of(Money::fromDollars(250))};
        const Forecast f = computeForecast(in);
        QVERIFY(f.limitReachedAt);
        QCOMPARE(*f.limitReachedAt, utc(26));
    }
    void limitAfterMonthEnd()
    {
        ForecastInput in{Period::ofMonth(2026, 11),
                         utc(11),
                         Money::fromDollars(100),
                         days({10, 10, 10, 10, 10, 10, 10, 10, 10, 10}),
                         {},
                         Limit::of(Money::fromDollars(1000))};
        QVERIFY(!computeForecast(in).limitReachedAt);
    }
    void alreadyOver()
    {
        ForecastInput in{Period::ofMonth(2026, 11), utc(5, 12), Money::fromDollars(60),
                         days({20, 20, 20, 0}),     {},         Limit::of(Money::fromDollars(50))};
        const Forecast f = computeForecast(in);
        QVERIFY(f.alreadyOver);
        QCOMPARE(*f.limitReachedAt, utc(5, 12));
    }
    void spikeWeighsRecentDays()
    {
        // Six quiet days then a $70 day: the recent day weighs 7 of 1+2+..+7 = 28.
        const QList<Money> d = days({0, 0, 0, 0, 0, 0, 70});
        ForecastInput in{Period::ofMonth(2026, 11), utc(8), sum(d), d, {}, Limit::none()};
        const Forecast f = computeForecast(in);
        QCOMPARE(f.dailyBurn, Money::mulDiv(Money::fromDollars(490), 1, 28)); // 70*7/28 = $17.50
        QVERIFY(f.dailyBurn > Money::fromDollars(10));                        // more than the plain mean
        QCOMPARE(f.low, sum(d)); // a quiet day is possible: low band adds nothing
        QCOMPARE(f.high, sum(d) + Money::fromDollars(70) * 23);
        QVERIFY(f.low <= f.endOfMonth && f.endOfMonth <= f.high);
    }
    void startOfMonthUsesPreviousDays()
    {
        ForecastInput in{Period::ofMonth(2026, 11),          utc(1, 6),    Money::fromDollars(3), days({3}),
                         days({12, 12, 12, 12, 12, 12, 12}), Limit::none()};
        const Forecast f = computeForecast(in);
        QCOMPARE(f.dailyBurn, Money::fromDollars(12));
        // 29.75 days remain.
        QCOMPARE(f.endOfMonth, Money::fromDollars(3) + Money::fromDollars(357));
    }
    void firstHoursWithoutHistory()
    {
        ForecastInput in{Period::ofMonth(2026, 11), utc(1, 6), Money::fromDollars(3), days({3}), {}, Limit::none()};
        const Forecast f = computeForecast(in);
        QCOMPARE(f.dailyBurn, Money::fromDollars(12)); // $3 in 6 h
        QCOMPARE(f.low, Money::fromDollars(3));
        QVERIFY(f.high > f.endOfMonth);
    }
    void noSpend()
    {
        ForecastInput in{Period::ofMonth(2026, 11), utc(1), Money(), {}, {}, Limit::of(Money::fromDollars(5))};
        const Forecast f = computeForecast(in);
        QCOMPARE(f.endOfMonth, Money());
        QVERIFY(!f.limitReachedAt);
    }
};

QTEST_GUILESS_MAIN(tst_Forecast)
#include "tst_forecast.moc"
