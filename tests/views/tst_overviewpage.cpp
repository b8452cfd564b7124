// The Overview page fills from a store loaded from the simulator: tiles show exact figures, charts
// have data, the empty state says it is connecting, and choosing a key charts it against its limit.
#include "simsession.h"

#include "charts/dailychart.h"
#include "charts/modelchart.h"
#include "charts/spendchart.h"
#include "charts/topkeyschart.h"
#include "history/currencyrates.h"
#include "itemmodels/spendseries.h"
#include "pages/overviewpage.h"
#include "widgets/kpitile.h"

#include <QBarSet>
#include <QComboBox>
#include <QLineSeries>
#include <QPieSeries>
#include <QTest>

#include <algorithm>

class TestOverviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void emptyStateBeforeData()
    {
        SimSession s;
        ViewContext context;
        context.store = &s.store;
        OverviewPage page(context);
        QCOMPARE(page.tile(OverviewPage::SpendTile)->value(), QStringLiteral("—"));
        QVERIFY(page.spendChart()->isShowingPlaceholder());
        QVERIFY(page.spendChart()->placeholderText().contains(QStringLiteral("No data yet")));
        QVERIFY(page.topKeysChart()->isShowingPlaceholder());
    }

    void errorStateSaysWhy()
    {
        SimSession s;
        QVERIFY(s.sim.start());
        s.api.setBaseUrl(s.sim.url());
        s.api.setApiKey(QStringLiteral("not-a-valid-key"));
        ViewContext context;
        context.store = &s.store;
        OverviewPage page(context);
        QVERIFY(!s.refresh());
        QVERIFY(page.spendChart()->isShowingPlaceholder());
        const QString text = page.spendChart()->placeholderText();
        QVERIFY2(text.contains(s.store.lastError().userMessage()), qPrintable(text));
    }

    void fillsFromStore()
    {
        SimSession s;
        ViewContext context;
        context.store = &s.store;
        OverviewPage page(context);
        page.resize(1100, 700);
        QVERIFY(s.start());

        const EntityRef org = EntityRef::org();
        QCOMPARE(page.tile(OverviewPage::SpendTile)->value(), s.store.monthToDate(org).format());
        QCOMPARE(page.tile(OverviewPage::BalanceTile)->value(), s.store.organization().balance.format());
        const Forecast f = s.store.forecast(org);
        QCOMPARE(page.tile(OverviewPage::ForecastTile)->value(), f.endOfMonth.format(QLocale(), 0));
        QVERIFY(page.tile(OverviewPage::ForecastTile)->subtitle().contains(f.low.formatCompact()));
        Money limits;
        int near = 0;
        for (const ApiKey& k : s.store.keys()) {
            if (k.limit.hasLimit()) {
                limits += k.limit.amount();
                near += Money::reachesPercent(k.spend, k.limit.amount(), 80) ? 1 : 0;
            }
        }
        QCOMPARE(page.tile(OverviewPage::LimitsTile)->value(), limits.format(QLocale(), 0));
        QCOMPARE(page.tile(OverviewPage::NearLimitTile)->value(), OverviewPage::tr("%n keys ≥ 80 %", nullptr, near));
        QVERIFY(page.tile(OverviewPage::NearLimitTile)->value().startsWith(QString::number(near) + u' '));
        // 24 Nov 15:00 UTC -> 1 Dec 00:00 UTC: 6 whole days.
        QCOMPARE(page.tile(OverviewPage::DaysLeftTile)->value(), OverviewPage::tr("%n days left", nullptr, 6));
        QVERIFY(page.tile(OverviewPage::DaysLeftTile)->subtitle().startsWith(QStringLiteral("resets 1 Dec")));

        QVERIFY(!page.spendChart()->isShowingPlaceholder());
        QCOMPARE(page.spendChart()->cumulativeSeries()->count(), 25);
        QCOMPARE(page.dailyChart()->barSet()->count(), 30);
        QCOMPARE(page.topKeysChart()->entries().size(), 10);
        QVERIFY(page.modelChart()->pieSeries()->count() > 0);
    }

    void displayCurrencyConvertsAtTheMonthsRate()
    {
        SimSession s;
        CurrencyRates rates;
        QVERIFY(rates.setDisplayCurrency(QStringLiteral("EUR")));
        QVERIFY(rates.setRate(QDate(2026, 10, 1), QStringLiteral("EUR"), 900'000)); // October's: not used
        QVERIFY(rates.setRate(QDate(2026, 11, 1), QStringLiteral("EUR"), 921'300)); // 0.9213
        ViewContext context;
        context.store = &s.store;
        context.currency = &rates;
        OverviewPage page(context);
        QVERIFY(s.start());
        const Money mtd = s.store.monthToDate(EntityRef::org());
        // Exact to the cent: micro-dollars times 0.9213, rounded half away from zero to cents.
        const qint64 micros = Money::mulDiv(mtd, 921'300, 1'000'000).micros();
        const qint64 cents = (micros + (micros >= 0 ? 5'000 : -5'000)) / 10'000;
        const QString expected = QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"));
        KpiTile* spend = page.tile(OverviewPage::SpendTile);
        QCOMPARE(spend->value(), rates.format(mtd, s.store.currentPeriod()));
        QCOMPARE(spend->value(), expected);
        QCOMPARE(spend->subtitle(), QStringLiteral("%1 in US dollars").arg(mtd.format()));
        QVERIFY(spend->toolTip().contains(QStringLiteral("0.9213")));
        QVERIFY(page.tile(OverviewPage::ForecastTile)->value().contains(QStringLiteral("€")));
    }

    void chooseKeyShowsItsLimit()
    {
        SimSession s;
        ViewContext context;
        context.store = &s.store;
        OverviewPage page(context);
        QVERIFY(s.start());
        // Organization, the projects, then every key.
        QCOMPARE(page.entityChooser()->count(), 1 + s.store.projects().size() + s.store.keys().size());
        QString id;
        for (const ApiKey& k : s.store.keys()) {
            if (k.limit.hasLimit())
                id = k.id;
        }
        QVERIFY(!id.isEmpty());
        page.showEntity(EntityRef::key(id));
        QCOMPARE(page.shownEntity(), EntityRef::key(id));
        QVERIFY(page.entityChooser()->currentText().contains(s.store.key(id)->name));
        QVERIFY(page.spendChart()->limitSeries()->isVisible());
        QCOMPARE(page.spendChart()->data().monthToDate, s.store.key(id)->spend);
    }

    void chooserFollowsTheOrganization()
    {
        // Keys by name (collation), the choice kept while its key exists, the organization once it is gone.
        SimSession s;
        ViewContext context;
        context.store = &s.store;
        OverviewPage page(context);
        QVERIFY(s.start());
        QComboBox* chooser = page.entityChooser();
        const int firstKey = 1 + int(s.store.projects().size());
        QStringList names;
        for (int i = firstKey; i < chooser->count(); ++i)
            names << chooser->itemText(i);
        QStringList sorted = names;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
        QCOMPARE(names, sorted);
        QCOMPARE(chooser->itemText(0), QStringLiteral("Organization"));

        const ApiKey chosen = s.store.keys().at(3);
        page.showEntity(EntityRef::key(chosen.id));
        OrgSnapshot next = s.store.snapshot();
        std::reverse(next.keys.begin(), next.keys.end());
        next.keys.append(chosen);
        next.keys.last().id = QStringLiteral("new-key");
        next.keys.last().name = QStringLiteral("AAA first by name");
        s.store.setSnapshot(next, false);
        QCOMPARE(chooser->count(), names.size() + firstKey + 1);
        QCOMPARE(chooser->itemText(firstKey), QStringLiteral("Key: AAA first by name"));
        QCOMPARE(page.shownEntity(), EntityRef::key(chosen.id));
        QCOMPARE(chooser->currentData().toString(), QStringLiteral("key:") + chosen.id);

        next.keys.removeIf([&](const ApiKey& k) { return k.id == chosen.id; });
        s.store.setSnapshot(next, false);
        QCOMPARE(chooser->count(), names.size() + firstKey);
        QCOMPARE(page.shownEntity(), EntityRef::org());
        QCOMPARE(chooser->currentIndex(), 0);
    }

    void refreshUpdatesInPlace()
    {
        SimSession s;
        ViewContext context;
        context.store = &s.store;
        OverviewPage page(context);
        QVERIFY(s.start());
        KpiTile* spend = page.tile(OverviewPage::SpendTile);
        const QString before = spend->value();
        QLineSeries* line = page.spendChart()->cumulativeSeries();
        const QPointF today = line->at(line->count() - 1);
        s.sim.advance(4 * 3600);
        QVERIFY(s.refresh());
        QCOMPARE(page.spendChart()->cumulativeSeries(), line);
        QVERIFY(line->at(line->count() - 1).x() > today.x());
        QCOMPARE(spend->value(), s.store.monthToDate(EntityRef::org()).format());
        QVERIFY2(spend->value() != before, "four simulated hours add spend");
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
