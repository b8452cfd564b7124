// The Overview's charts for keyboard and screen-reader users: every chart takes focus, carries a
// summary sentence as its accessible description, and has a data-table twin with the same numbers;
// threshold states are words in the tables, never only a colour.
#include "simsession.h"

#include "charts/charttwin.h"
#include "charts/spendchart.h"
#include "charts/topkeyschart.h"
#include "pages/charttext.h"
#include "pages/overviewpage.h"
#include "widgets/detailpanel.h"

#include <QComboBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

class TestAccessibleCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyChartHasATwinAndASummary()
    {
        SimSession s;
        ViewContext context;
        context.store = &s.store;
        OverviewPage page(context);
        page.resize(1100, 700);
        QVERIFY(s.start());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (ChartTwin* twin : {page.spendTwin(), page.topKeysTwin(), page.dailyTwin(), page.modelsTwin()}) {
            QVERIFY2(!twin->summary().isEmpty(), qPrintable(twin->chart()->objectName()));
            QCOMPARE(twin->chart()->accessibleDescription(), twin->summary());
            QCOMPARE(twin->table()->accessibleDescription(), twin->summary());
            QCOMPARE(twin->chart()->focusPolicy(), Qt::StrongFocus);
            QVERIFY(!twin->toggle()->accessibleName().isEmpty());
            QVERIFY(!twin->isShowingTable());
            twin->toggle()->click();
            QVERIFY(twin->isShowingTable());
            QVERIFY(twin->table()->isVisible());
            twin->toggle()->click();
            QVERIFY(!twin->isShowingTable());
        }
        // Keyboard focus reaches a chart.
        page.spendTwin()->chart()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(page.spendTwin()->chart()->hasFocus());

        // The tables hold the charts' numbers.
        const QList<Money> daily = s.store.dailySpend(EntityRef::org());
        QCOMPARE(page.spendTwin()->table()->rowCount(), daily.size() + 1); // + the forecast row
        Money total;
        for (const Money& m : daily)
            total += m;
        QCOMPARE(page.spendTwin()->table()->item(int(daily.size()) - 1, 2)->text(), total.format());
        QCOMPARE(page.topKeysTwin()->table()->rowCount(), page.topKeysChart()->entries().size());
        QCOMPARE(page.modelsTwin()->table()->rowCount(), s.store.spendByModel(EntityRef::org()).size());
        QCOMPARE(page.dailyTwin()->table()->rowCount(), daily.size());

        // Over the limit is said in words in the table (the simulated organization has such keys).
        bool saidOver = false;
        for (const ApiKey& k : s.store.keys())
            saidOver = saidOver || (k.limit.hasLimit() && k.spend >= k.limit.amount());
        if (saidOver) {
            bool found = false;
            QTableWidget* t = page.topKeysTwin()->table();
            for (int r = 0; r < t->rowCount(); ++r)
                found = found || t->item(r, 3)->text().contains(QStringLiteral("over the limit")) ||
                        t->item(r, 3)->text().contains(QStringLiteral("near the limit"));
            QVERIFY2(found, "a key near or over its limit is among the top ten");
        }
    }

    void keySummarySaysShareAndProjection()
    {
        SimSession s;
        ViewContext context;
        context.store = &s.store;
        OverviewPage page(context);
        QVERIFY(s.start());
        const ApiKey* key = nullptr;
        for (const ApiKey& k : s.store.keys()) {
            if (k.limit.hasLimit() && k.spend > Money() && k.spend < k.limit.amount())
                key = &k;
        }
        QVERIFY(key);
        page.showEntity(EntityRef::key(key->id));
        const qint64 share = Money::mulDiv(key->spend, 100, key->limit.amount().micros()).micros();
        const Forecast f = s.store.forecast(EntityRef::key(key->id));
        const qint64 projected = Money::mulDiv(f.endOfMonth, 100, key->limit.amount().micros()).micros();
        const QString expected =
            QStringLiteral("Key %1: %2 % of limit, projected %3 % by 30 Nov").arg(key->name).arg(share).arg(projected);
        const QString summary = page.spendTwin()->summary();
        QVERIFY2(summary.startsWith(expected), qPrintable(summary + QStringLiteral(" | ") + expected));
        if (f.limitReachedAt && !f.alreadyOver)
            QVERIFY2(summary.contains(QStringLiteral("limit reached on ")), qPrintable(summary));
    }

    void detailPanelChartsHaveTwins()
    {
        SimSession s;
        QVERIFY(s.start());
        const ApiKey* key = nullptr;
        for (const ApiKey& k : s.store.keys()) {
            if (k.limit.hasLimit() && k.spend > Money() && k.spend < k.limit.amount())
                key = &k;
        }
        QVERIFY(key);
        DetailPanel panel(&s.store);
        panel.resize(520, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setEntity(EntityRef::key(key->id));

        ChartTwin* spend = panel.spendTwin();
        const qint64 share = Money::mulDiv(key->spend, 100, key->limit.amount().micros()).micros();
        const QString expected = QStringLiteral("Key %1: %2 % of limit").arg(key->name).arg(share);
        QVERIFY2(spend->summary().startsWith(expected), qPrintable(spend->summary()));
        for (ChartTwin* twin : {panel.spendTwin(), panel.dailyTwin(), panel.modelsTwin()}) {
            QVERIFY(!twin->summary().isEmpty());
            QCOMPARE(twin->chart()->accessibleDescription(), twin->summary());
            QCOMPARE(twin->table()->accessibleDescription(), twin->summary());
            QCOMPARE(twin->chart()->focusPolicy(), Qt::StrongFocus);
            QVERIFY(!twin->toggle()->accessibleName().isEmpty());
        }
        // The corner button is the shown tab's own, and swaps its chart for the table of the same numbers.
        auto* corner = qobject_cast<QStackedWidget*>(panel.chartTabs()->cornerWidget(Qt::TopRightCorner));
        QVERIFY(corner);
        QCOMPARE(corner->currentWidget(), spend->toggle());
        QVERIFY(spend->toggle()->isVisible());
        QVERIFY(!spend->isShowingTable());
        spend->toggle()->click();
        QVERIFY(spend->isShowingTable());
        QVERIFY(spend->table()->isVisible());
        const QList<Money> daily = s.store.dailySpend(EntityRef::key(key->id));
        QCOMPARE(spend->table()->rowCount(), daily.size() + 1); // + the forecast row
        Money total;
        for (const Money& m : daily)
            total += m;
        QCOMPARE(spend->table()->item(int(daily.size()) - 1, 2)->text(), total.format());

        panel.chartTabs()->setCurrentIndex(1);
        QCOMPARE(corner->currentWidget(), panel.dailyTwin()->toggle());
        panel.dailyTwin()->toggle()->click();
        QVERIFY(panel.dailyTwin()->table()->isVisible());
        QCOMPARE(panel.dailyTwin()->table()->rowCount(), daily.size());
        QCOMPARE(panel.dailyTwin()->table()->item(0, 1)->text(), daily.first().format());

        // Another key: the tables follow.
        const ApiKey& other = s.store.keys().first().id == key->id ? s.store.keys().last() : s.store.keys().first();
        panel.setEntity(EntityRef::key(other.id));
        QVERIFY2(spend->summary().startsWith(QStringLiteral("Key %1:").arg(other.name)), qPrintable(spend->summary()));
    }

    void percentInWords()
    {
        const Limit limit = Limit::of(Money::fromMicros(100'000'000));
        QCOMPARE(ChartText::percentText(Money::fromMicros(50'000'000), limit), QStringLiteral("50 %"));
        QCOMPARE(ChartText::percentText(Money::fromMicros(82'000'000), limit), QStringLiteral("82 % · near the limit"));
        QCOMPARE(ChartText::percentText(Money::fromMicros(104'000'000), limit),
                 QStringLiteral("104 % · over the limit"));
        QCOMPARE(ChartText::percentText(Money::fromMicros(104'000'000), Limit::none()), QString());
    }
};

QTEST_MAIN(TestAccessibleCharts)
#include "tst_accessiblecharts.moc"
