// SpendSeries: chart points built in bulk from the store; top keys.
#include "testsnapshots.h"

#include "itemmodels/spendseries.h"
#include "store/orgstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace TestSnapshots;

class tst_SpendSeries : public QObject
{
    Q_OBJECT

    const QDateTime m_now = utc(2026, 11, 4, 6); // 3 complete days + 6 h of the 4th

    OrgSnapshot sample() const
    {
        OrgSnapshot s = snapshot(m_now, {key(QStringLiteral("a"), QStringLiteral("A"), dollars(100), dollars(36)),
                                         key(QStringLiteral("b"), QStringLiteral("B"), Money(), dollars(50)),
                                         key(QStringLiteral("c"), QStringLiteral("C"), dollars(40), dollars(50))});
        for (int d = 1; d <= 3; ++d)
            addUsage(s, QDate(2026, 11, d), QStringLiteral("a"), dollars(10));
        addUsage(s, QDate(2026, 11, 4), QStringLiteral("a"), dollars(6));
        addUsage(s, QDate(2026, 10, 31), QStringLiteral("a"), dollars(10));
        addModelUsage(s, QDate(2026, 11, 1), QStringLiteral("m1"), dollars(20));
        return s;
    }

private slots:
    void keySeries()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        store.setSnapshot(sample(), false);
        const SpendSeries::Data d = SpendSeries::build(store, EntityRef::key(QStringLiteral("a")));
        const qint64 day = 24LL * 3600 * 1000;
        const qint64 start = utc(2026, 11, 1, 0).toMSecsSinceEpoch();

        QCOMPARE(d.name, QStringLiteral("A"));
        QCOMPARE(d.period, Period::ofMonth(2026, 11));
        QCOMPARE(d.dailyExact, (QList<Money>{dollars(10), dollars(10), dollars(10), dollars(6)}));
        QCOMPARE(d.daily.size(), 4);
        QCOMPARE(d.daily[1], QPointF(double(start + day), 10.0));
        // Cumulative: month start at 0, end of each complete day, today at the data's instant.
        QCOMPARE(d.cumulative.size(), 5);
        QCOMPARE(d.cumulative[0], QPointF(double(start), 0.0));
        QCOMPARE(d.cumulative[1], QPointF(double(start + day), 10.0));
        QCOMPARE(d.cumulative[3], QPointF(double(start + 3 * day), 30.0));
        QCOMPARE(d.cumulative[4], QPointF(double(m_now.toMSecsSinceEpoch()), 36.0));
        // Limit line across the month.
        QCOMPARE(d.limitLine.size(), 2);
        QCOMPARE(d.limitLine[1], QPointF(double(utc(2026, 12, 1, 0).toMSecsSinceEpoch()), 100.0));
        // Forecast from now to month end, band around it.
        QCOMPARE(d.forecast.endOfMonth, store.forecast(EntityRef::key(QStringLiteral("a"))).endOfMonth);
        QCOMPARE(d.forecastLine[0], QPointF(double(m_now.toMSecsSinceEpoch()), 36.0));
        QCOMPARE(d.forecastLine[1].x(), double(utc(2026, 12, 1, 0).toMSecsSinceEpoch()));
        QCOMPARE(d.forecastLine[1].y(), d.forecast.endOfMonth.toDollarsForDisplay());
        QVERIFY(d.forecastLow[1].y() <= d.forecastLine[1].y());
        QVERIFY(d.forecastHigh[1].y() >= d.forecastLine[1].y());
        QVERIFY(d.byModel.isEmpty()); // per-key model split is not part of a refresh
    }

    void orgSeriesAndNoLimit()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        store.setSnapshot(sample(), false);
        const SpendSeries::Data d = SpendSeries::build(store, EntityRef::org());
        QVERIFY(d.limitLine.isEmpty());
        QCOMPARE(d.monthToDate, dollars(136));
        QCOMPARE(d.byModel.size(), 1);
        QCOMPARE(d.byModel[0].second, dollars(20));
        QCOMPARE(d.cumulative.last().y(), 36.0); // usage buckets of the org
    }

    void followsTheStore()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        SpendSeries series(&store);
        QSignalSpy changed(&series, &SpendSeries::changed);
        series.setEntity(EntityRef::key(QStringLiteral("a")));
        QCOMPARE(changed.size(), 1);
        store.setSnapshot(sample(), false);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(series.data().monthToDate, dollars(36));
        series.setEntity(EntityRef::key(QStringLiteral("a"))); // same entity: nothing to do
        QCOMPARE(changed.size(), 2);
    }

    void topKeys()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        store.setSnapshot(sample(), false);
        const QList<SpendSeries::TopKey> top = SpendSeries::topKeys(store, 2);
        QCOMPARE(top.size(), 2);
        QCOMPARE(top[0].id, QStringLiteral("b")); // $50, tie with c broken by name
        QCOMPARE(top[0].progress, -1LL);
        QCOMPARE(top[1].id, QStringLiteral("c"));
        QCOMPARE(top[1].progress, 12500LL);
        QCOMPARE(SpendSeries::topKeys(store, 10).size(), 3);
        QCOMPARE(SpendSeries::topKeys(store, 0).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SpendSeries)
#include "tst_spendseries.moc"
