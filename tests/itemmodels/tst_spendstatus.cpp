// SpendStatus: thresholds at exactly 80 % and 100 %, basis points, ranks.
#include "itemmodels/spendstatus.h"

#include <QTest>

class tst_SpendStatus : public QObject
{
    Q_OBJECT

private slots:
    void thresholds()
    {
        const Limit hundred = Limit::of(Money::fromDollars(100));
        QCOMPARE(SpendStatus::of(hundred, Money::fromMicros(79'999'999)), SpendStatus::Ok);
        QCOMPARE(SpendStatus::of(hundred, Money::fromDollars(80)), SpendStatus::Warning);
        QCOMPARE(SpendStatus::of(hundred, Money::fromMicros(99'999'999)), SpendStatus::Warning);
        QCOMPARE(SpendStatus::of(hundred, Money::fromDollars(100)), SpendStatus::Over);
        QCOMPARE(SpendStatus::of(Limit::none(), Money::fromDollars(1'000'000)), SpendStatus::NoLimit);
        QCOMPARE(SpendStatus::of(hundred, Money(), true), SpendStatus::Expired);
        // A tiny limit is still a limit (0 from the API is "none", handled by Limit::of).
        QCOMPARE(SpendStatus::of(Limit::of(Money::fromMicros(1)), Money::fromMicros(1)), SpendStatus::Over);
        QCOMPARE(SpendStatus::of(Limit::of(Money()), Money::fromDollars(5)), SpendStatus::NoLimit);
    }

    void progress()
    {
        QCOMPARE(SpendStatus::progress(Limit::none(), Money::fromDollars(5)), -1LL);
        QCOMPARE(SpendStatus::progress(Limit::of(Money::fromDollars(3)), Money::fromDollars(1)), 3333LL);
        QCOMPARE(SpendStatus::progress(Limit::of(Money::fromDollars(1)), Money::fromDollars(3)), 30000LL);
        QCOMPARE(SpendStatus::progress(Limit::of(Money::fromDollars(1)), Money::fromDollars(-3)), 0LL);
    }

    void ranksAndTexts()
    {
        QVERIFY(SpendStatus::rank(SpendStatus::Over) > SpendStatus::rank(SpendStatus::Warning));
        QVERIFY(SpendStatus::rank(SpendStatus::Warning) > SpendStatus::rank(SpendStatus::Ok));
        QVERIFY(SpendStatus::rank(SpendStatus::Ok) > SpendStatus::rank(SpendStatus::NoLimit));
        QCOMPARE(SpendStatus::text(SpendStatus::Over), QStringLiteral("Over limit"));
        QCOMPARE(SpendStatus::text(SpendStatus::NoLimit), QStringLiteral("No limit"));
    }
};

QTEST_GUILESS_MAIN(tst_SpendStatus)
#include "tst_spendstatus.moc"
