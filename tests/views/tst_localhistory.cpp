// LocalHistory joined to a store loaded from the simulator: every successful refresh is recorded,
// the history reaches back beyond the API's window, and after the server has stopped the Overview
// still charts spend per day from it and the status says when it was last synced.
#include "simsession.h"

#include "charts/charttwin.h"
#include "charts/dailychart.h"
#include "charts/historychart.h"
#include "charts/spendchart.h"
#include "domain/forecast.h"
#include "history/localhistory.h"
#include "pages/dailyspendpanel.h"
#include "pages/overviewpage.h"
#include "store/usageindex.h"
#include "widgets/kpitile.h"
#include "widgets/refreshstatus.h"

#include <QBarSet>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>

namespace {

Money sum(const QList<Money>& days)
{
    Money total;
    for (const Money& m : days)
        total += m;
    return total;
}

} // namespace

class TestLocalHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void recordsEachRefresh()
    {
        QTemporaryDir dir;
        SimSession s;
        LocalHistory history(&s.store);
        QVERIFY(history.open(dir.filePath(QStringLiteral("history.sqlite")), nullptr, HistoryDb::IntegrityCheck::Now));
        QVERIFY(!history.hasData());
        QSignalSpy recorded(&history, &LocalHistory::recorded);
        QVERIFY(s.start());
        QVERIFY(recorded.wait(20000));
        QCOMPARE(history.lastSynced(), s.store.lastSuccess());

        // What the database holds for the store's window equals what the store shows.
        const EntityRef org = EntityRef::org();
        const QList<Money> window = s.store.usageWindow(org);
        const QDate first = s.store.currentPeriod().firstDay().addDays(-UsageIndex::kPreviousDays);
        const QList<Money> stored = history.database()->dailySpend(org, first, first.addDays(window.size() - 1));
        QCOMPARE(stored, window);
        const ApiKey& key = s.store.keys().first();
        QCOMPARE(history.database()->monthTotal(EntityRef::key(key.id), s.store.currentPeriod()),
                 sum(s.store.dailySpend(EntityRef::key(key.id))));

        // A failed refresh records nothing.
        s.sim.stop();
        QVERIFY(!s.refresh());
        QVERIFY(!recorded.wait(300));
        QCOMPARE(recorded.count(), 1);
    }

    void reachesBackBeyondTheApiWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        Simulator::Options spring = SimSession::defaults();
        spring.startTime = QDateTime(QDate(2026, 5, 20), QTime(12, 0), QTimeZone::utc());
        Money may20;
        {
            SimSession s(spring);
            LocalHistory history(&s.store);
            QVERIFY(history.open(path));
            QSignalSpy recorded(&history, &LocalHistory::recorded);
            QVERIFY(s.start());
            QVERIFY(recorded.wait(20000));
            may20 = s.store.dailySpend(EntityRef::org()).value(19);
            QVERIFY(may20 > Money());
        }
        SimSession s; // 24 Nov 2026: 188 days later, far outside the API's 100-day window
        LocalHistory history(&s.store);
        QVERIFY(history.open(path));
        QSignalSpy recorded(&history, &LocalHistory::recorded);
        QVERIFY(s.start());
        QVERIFY(recorded.wait(20000));
        QCOMPARE(history.firstDay(), QDate(2026, 4, 24)); // May's window began 7 days before the month
        const LocalHistory::Series all = history.dailySpend(EntityRef::org(), QDate());
        QCOMPARE(all.from, QDate(2026, 4, 24));
        QCOMPARE(all.daily.size(), int(QDate(2026, 4, 24).daysTo(QDate(2026, 11, 24))) + 1);
        QCOMPARE(all.daily.at(int(all.from.daysTo(QDate(2026, 5, 20)))), may20);
        // Today comes from the store (the freshest value).
        QCOMPARE(all.daily.last(), s.store.dailySpend(EntityRef::org()).last());

        ViewContext context;
        context.store = &s.store;
        context.history = &history;
        OverviewPage page(context);
        page.resize(1100, 700);
        DailySpendPanel* panel = page.dailySpendPanel();
        panel->setRange(DailySpendPanel::AllHistory);
        QVERIFY(panel->isShowingData());
        QCOMPARE(panel->historyChart()->lineSeries()->count(), all.daily.size());
        QCOMPARE(panel->historyChart()->amounts(), all.daily);
        QVERIFY2(panel->note()->text().startsWith(QStringLiteral("History from 4/24/26")),
                 qPrintable(panel->note()->text()));
        panel->setRange(DailySpendPanel::Last90Days);
        QCOMPARE(panel->historyChart()->amounts().size(), 90);
    }

    void chartsWithTheSimulatorStopped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QUrl url;
        QString key;
        QList<Money> month;
        QList<Money> weekBefore;
        Forecast online;
        QDateTime onlineAsOf;
        {
            SimSession s;
            LocalHistory history(&s.store);
            QVERIFY(history.open(path));
            QSignalSpy recorded(&history, &LocalHistory::recorded);
            QVERIFY(s.start());
            QVERIFY(recorded.wait(20000));
            month = s.store.dailySpend(EntityRef::org());
            weekBefore = s.store.usageWindow(EntityRef::org()).mid(0, UsageIndex::kPreviousDays);
            online = s.store.forecast(EntityRef::org());
            onlineAsOf = s.store.asOf();
            url = s.sim.url();
            key = s.sim.adminKey();
        } // the simulator stops here

        // The app starts again (no cache) and the server cannot be reached.
        SimSession offline;
        offline.api.setBaseUrl(url);
        offline.api.setApiKey(key);
        LocalHistory history(&offline.store);
        QVERIFY(history.open(path));
        ViewContext context;
        context.store = &offline.store;
        context.history = &history;
        OverviewPage page(context);
        page.resize(1100, 700);
        RefreshStatus status(&offline.store);
        status.setHistory(&history);
        QVERIFY(!offline.refresh());
        QVERIFY(!offline.store.hasData());

        // The spend tile says what was last recorded for the month.
        QCOMPARE(page.tile(OverviewPage::SpendTile)->value(), sum(month).format());
        QVERIFY(page.tile(OverviewPage::SpendTile)->subtitle().startsWith(QStringLiteral("at the last sync")));
        // The forecast tile: the forecast of the recorded days of the month (and the week before it), as of
        // the last sync, computed here from the values recorded while online.
        ForecastInput in;
        in.period = Period::containing(history.lastSynced());
        in.nowUtc = history.lastSynced();
        in.monthToDate = sum(month);
        in.dailySpend = month;
        in.previousDays = weekBefore;
        const Forecast expected = computeForecast(in);
        QVERIFY(expected.endOfMonth > sum(month));
        KpiTile* forecast = page.tile(OverviewPage::ForecastTile);
        QCOMPARE(forecast->value(), expected.endOfMonth.format(QLocale(), 0));
        QVERIFY2(forecast->subtitle().startsWith(QStringLiteral("from local history, likely ")),
                 qPrintable(forecast->subtitle()));
        QVERIFY2(forecast->toolTip().contains(QStringLiteral("up to the last sync")), qPrintable(forecast->toolTip()));
        // The same forecast the app showed online at that instant.
        QCOMPARE(history.lastSynced(), onlineAsOf);
        QCOMPARE(expected.endOfMonth, online.endOfMonth);
        QCOMPARE(expected.low, online.low);
        QCOMPARE(expected.high, online.high);

        // The month-to-date chart shows the recorded month and its forecast line; its twin says where from.
        QVERIFY(!page.spendChart()->isShowingPlaceholder());
        QCOMPARE(page.spendChart()->data().monthToDate, sum(month));
        QCOMPARE(page.spendChart()->data().forecast.endOfMonth, expected.endOfMonth);
        QCOMPARE(page.spendChart()->forecastSeries()->count(), 2);
        QCOMPARE(page.spendChart()->cumulativeSeries()->count(), month.size() + 1);
        QVERIFY2(page.spendTwin()->summary().contains(QStringLiteral("From the usage history on this computer")),
                 qPrintable(page.spendTwin()->summary()));
        // For a look at the offline Overview: ${build}/screenshots/overview-offline.png
        const QString shots =
            qEnvironmentVariable("SPENDBOARD_TEST_BINARY_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
        QDir().mkpath(shots);
        page.grab().save(shots + QStringLiteral("/overview-offline.png"));
        // Spend per day shows the month from the history too.
        QVERIFY(!page.dailyChart()->isShowingPlaceholder());
        QCOMPARE(page.dailyChart()->amounts(), month);
        QCOMPARE(page.dailyChart()->barSet()->count(), 30);
        QVERIFY2(page.dailySpendPanel()->note()->text().contains(QStringLiteral("last synced ")),
                 qPrintable(page.dailySpendPanel()->note()->text()));
        QVERIFY2(status.text().startsWith(QStringLiteral("offline — last synced")), qPrintable(status.text()));
        page.dailySpendPanel()->setRange(DailySpendPanel::Last12Months);
        QVERIFY(page.dailySpendPanel()->isShowingData());
        // Twelve months reach back to the first recorded day; the month so far is the one recorded.
        const LocalHistory::Series all = history.dailySpend(EntityRef::org(), QDate());
        QCOMPARE(page.dailySpendPanel()->historyChart()->amounts(), all.daily);
        QCOMPARE(all.daily.mid(all.daily.size() - month.size()), month);
    }

    void offlineForecastEarlyInTheMonthUsesTheWeekBefore()
    {
        // On 2 Dec only one day of the month is complete: the forecast leans on the last week of November,
        // which the history must supply exactly as the store did online.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        Simulator::Options early = SimSession::defaults();
        early.startTime = QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc());
        QUrl url;
        QString key;
        Forecast online;
        QList<Money> month;
        {
            SimSession s(early);
            LocalHistory history(&s.store);
            QVERIFY(history.open(path));
            QSignalSpy recorded(&history, &LocalHistory::recorded);
            QVERIFY(s.start());
            QVERIFY(recorded.wait(20000));
            online = s.store.forecast(EntityRef::org());
            month = s.store.dailySpend(EntityRef::org());
            url = s.sim.url();
            key = s.sim.adminKey();
        }
        QCOMPARE(month.size(), 2);
        SimSession offline(early);
        offline.api.setBaseUrl(url);
        offline.api.setApiKey(key);
        LocalHistory history(&offline.store);
        QVERIFY(history.open(path));
        ViewContext context;
        context.store = &offline.store;
        context.history = &history;
        OverviewPage page(context);
        QVERIFY(!offline.refresh());
        QCOMPARE(page.tile(OverviewPage::ForecastTile)->value(), online.endOfMonth.format(QLocale(), 0));

        // Without the week before, the forecast would differ: the test would notice it missing.
        ForecastInput monthOnly;
        monthOnly.period = Period::ofMonth(2026, 12);
        monthOnly.nowUtc = history.lastSynced();
        monthOnly.monthToDate = sum(month);
        monthOnly.dailySpend = month;
        QVERIFY(computeForecast(monthOnly).endOfMonth != online.endOfMonth);
        QCOMPARE(page.spendChart()->data().forecast.low, online.low);
    }
};

QTEST_MAIN(TestLocalHistory)
#include "tst_localhistory.moc"
