// The chart classes, fed from a store loaded from the simulator: series and axes are created once and
// updated in place on refresh; today's point moves; limit zones only with a limit; exact tooltips.
#include "simsession.h"

#include "charts/dailychart.h"
#include "charts/modelchart.h"
#include "charts/moneyaxis.h"
#include "charts/spendchart.h"
#include "charts/topkeyschart.h"
#include "itemmodels/spendseries.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QTest>

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void moneyAxisSteps_data();
    void moneyAxisSteps();
    void moneyAxisLabelsAreCurrency();
    void spendChartUpdatesInPlace();
    void spendChartZonesOnlyWithLimit();
    void spendChartToolTipIsExact();
    void dailyChartOneBarPerDay();
    void topKeysLargestOnTop();
    void modelChartSlices();

private:
    QString keyWithLimit() const;
    std::unique_ptr<SimSession> m_session;
};

void TestCharts::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_session = std::make_unique<SimSession>();
    QVERIFY(m_session->start());
    QVERIFY(m_session->store.keys().size() >= 10);
}

QString TestCharts::keyWithLimit() const
{
    for (const ApiKey& k : m_session->store.keys()) {
        if (k.limit.hasLimit() && !k.spend.isZero())
            return k.id;
    }
    return QString();
}

void TestCharts::moneyAxisSteps_data()
{
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("step");
    QTest::newRow("zero") << 0.0 << 0.02;
    QTest::newRow("small") << 0.9 << 0.2;
    QTest::newRow("hundreds") << 730.0 << 200.0;
    QTest::newRow("thousands") << 4600.0 << 1000.0;
    QTest::newRow("tens of thousands") << 23000.0 << 5000.0;
}

void TestCharts::moneyAxisSteps()
{
    QFETCH(double, max);
    QFETCH(double, step);
    QCOMPARE(MoneyAxis::niceStep(max, 5), step);
    MoneyAxis axis;
    axis.setMaxDollars(max);
    QVERIFY(axis.top() >= max);
    QVERIFY(axis.top() - max < axis.step() + 1e-9);
}

void TestCharts::moneyAxisLabelsAreCurrency()
{
    MoneyAxis axis;
    axis.setMaxDollars(4600);
    const QStringList labels = axis.categoriesLabels();
    QCOMPARE(labels.first(), QStringLiteral("$0"));
    QVERIFY2(labels.contains(QStringLiteral("$2k")), qPrintable(labels.join(u' ')));
    QCOMPARE(labels.last(), QStringLiteral("$5k"));
    QCOMPARE(axis.max(), 5000.0);
    // The same maximum again changes nothing (no relabelling on every refresh).
    QSignalSpy spy(&axis, &QCategoryAxis::categoriesChanged);
    axis.setMaxDollars(4600);
    QCOMPARE(spy.count(), 0);
}

void TestCharts::spendChartUpdatesInPlace()
{
    SpendSeries series(&m_session->store);
    SpendChart chart;
    chart.resize(800, 400);
    chart.setData(series.data());
    const SpendSeries::Data& before = series.data();
    QCOMPARE(chart.cumulativeSeries()->count(), before.dailyExact.size() + 1);
    QCOMPARE(before.dailyExact.size(), 24); // 24 November
    const QPointF todayBefore = chart.todaySeries()->at(0);
    QCOMPARE(todayBefore, before.cumulative.last());
    QVERIFY(chart.forecastSeries()->isVisible());
    QCOMPARE(chart.forecastSeries()->count(), 2);

    const QList<QAbstractSeries*> seriesBefore = chart.chart()->series();
    const QList<QAbstractAxis*> axesBefore = chart.chart()->axes();
    QLineSeries* cumulative = chart.cumulativeSeries();
    QSignalSpy replaced(cumulative, &QXYSeries::pointsReplaced);

    m_session->sim.advance(6 * 3600);
    QVERIFY(m_session->refresh());
    chart.setData(series.data());

    QCOMPARE(chart.chart()->series(), seriesBefore);
    QCOMPARE(chart.chart()->axes(), axesBefore);
    QCOMPARE(chart.cumulativeSeries(), cumulative);
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(chart.cumulativeSeries()->count(), series.data().dailyExact.size() + 1);
    const QPointF todayAfter = chart.todaySeries()->at(0);
    QVERIFY2(todayAfter.x() > todayBefore.x(), "today's point moves forward in time");
    QVERIFY(todayAfter.y() >= todayBefore.y());
}

void TestCharts::spendChartZonesOnlyWithLimit()
{
    SpendSeries series(&m_session->store);
    SpendChart chart;
    chart.setData(series.data()); // the organization: no limit
    QVERIFY(!chart.limitSeries()->isVisible());
    QVERIFY(!chart.warningZone()->isVisible());
    QVERIFY(!chart.overZone()->isVisible());

    const QString id = keyWithLimit();
    QVERIFY(!id.isEmpty());
    series.setEntity(EntityRef::key(id));
    chart.setData(series.data());
    const ApiKey* key = m_session->store.key(id);
    QVERIFY(chart.limitSeries()->isVisible());
    QVERIFY(chart.warningZone()->isVisible());
    QCOMPARE(chart.limitSeries()->at(0).y(), key->limit.amount().toDollarsForDisplay());
    QCOMPARE(chart.warningZone()->lowerSeries()->at(0).y(), key->limit.amount().toDollarsForDisplay() * 0.8);
    QVERIFY(chart.moneyAxis()->max() >= key->limit.amount().toDollarsForDisplay());
}

void TestCharts::spendChartToolTipIsExact()
{
    SpendSeries series(&m_session->store);
    SpendChart chart;
    chart.setData(series.data());
    const SpendSeries::Data& d = series.data();
    const QString now = chart.toolTipFor(chart.cumulativeSeries(), d.cumulative.last());
    QVERIFY2(now.contains(d.monthToDate.format()), qPrintable(now));
    const QString forecast = chart.toolTipFor(chart.forecastSeries(), d.forecastLine.last());
    QVERIFY2(forecast.contains(d.forecast.endOfMonth.format()), qPrintable(forecast));
    Money firstDay = d.dailyExact.first();
    const QString day1 = chart.toolTipFor(chart.cumulativeSeries(), d.cumulative.at(1));
    QVERIFY2(day1.contains(firstDay.format()), qPrintable(day1));
}

void TestCharts::dailyChartOneBarPerDay()
{
    SpendSeries series(&m_session->store);
    DailyChart chart;
    chart.setData(series.data().period, series.data().dailyExact);
    QBarSet* set = chart.barSet();
    QCOMPARE(set->count(), 30); // November
    for (int i = 0; i < series.data().dailyExact.size(); ++i)
        QCOMPARE(set->at(i), series.data().dailyExact.at(i).toDollarsForDisplay());
    QCOMPARE(set->at(29), 0.0);
    QVERIFY(chart.toolTipFor(0).contains(series.data().dailyExact.first().format()));
    QVERIFY(chart.dayAxis()->categoriesLabels().contains(QStringLiteral("15")));
    // Refresh: same set, values replaced.
    m_session->sim.advance(3600);
    QVERIFY(m_session->refresh());
    chart.setData(series.data().period, series.data().dailyExact);
    QCOMPARE(chart.barSet(), set);
    QCOMPARE(set->at(series.data().dailyExact.size() - 1), series.data().dailyExact.last().toDollarsForDisplay());
}

void TestCharts::topKeysLargestOnTop()
{
    TopKeysChart chart;
    const QList<SpendSeries::TopKey> top = SpendSeries::topKeys(m_session->store, 10);
    chart.setEntries(top);
    QCOMPARE(chart.entries().size(), 10);
    QCOMPARE(chart.categories().size(), 10);
    // Largest on top = last category (horizontal bars are drawn bottom to top).
    QCOMPARE(chart.categories().last(), TopKeysChart::categoryLabel(chart.entries().first()));
    for (const QString& c : chart.categories())
        QVERIFY2(c.contains(u'%') || c.contains(QStringLiteral("no limit")), qPrintable(c));
    // Exactly one of the four state sets carries each bar.
    const auto sets = chart.barSeries()->barSets();
    QCOMPARE(sets.size(), 4);
    for (int i = 0; i < 10; ++i) {
        int nonZero = 0;
        double value = 0;
        for (QBarSet* s : sets) {
            nonZero += s->at(i) > 0 ? 1 : 0;
            value += s->at(i);
        }
        QVERIFY(nonZero <= 1);
        QCOMPARE(value, chart.entries().at(9 - i).spend.toDollarsForDisplay());
    }
}

void TestCharts::modelChartSlices()
{
    const auto byModel = m_session->store.spendByModel(EntityRef::org());
    QVERIFY(!byModel.isEmpty());
    ModelChart chart;
    chart.setData(byModel);
    QPieSeries* pie = chart.pieSeries();
    QVERIFY(pie->count() >= 1 && pie->count() <= 6);
    Money total;
    for (const auto& p : byModel)
        total += p.second;
    Money shown;
    for (const auto& p : chart.shown())
        shown += p.second;
    QCOMPARE(shown, total); // "Other" keeps the sum
    QVERIFY(pie->slices().first()->label().contains(byModel.first().first.section(u'/', -1).left(15)));
    QPieSlice* first = pie->slices().first();
    chart.setData(byModel);
    QCOMPARE(pie->slices().first(), first); // same slices, updated in place
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
