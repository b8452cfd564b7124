#include "alertfixtures.h"

#include "alerts/alertsummary.h"
#include "tray/traycontroller.h"
#include "tray/trayicons.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace fixtures;

namespace {

Alert keyAlert(const QString& id, int threshold, bool suppressed = false)
{
    Alert a;
    a.id = QStringLiteral("alert-") + id;
    a.time = nov(10);
    a.entity = EntityRef::key(id);
    a.entityName = QStringLiteral("key-") + id;
    a.kind = Alert::Kind::Threshold;
    a.thresholdPercent = threshold;
    a.spend = Money::fromDollars(threshold);
    a.limit = Money::fromDollars(100);
    a.severity = Alert::severityFor(a.kind, threshold);
    a.message = QStringLiteral("Key %1 reached %2 %").arg(a.entityName).arg(threshold);
    a.suppressed = suppressed;
    return a;
}

Alert projectForecast(const QString& id)
{
    Alert a = keyAlert(id, 100);
    a.entity = EntityRef::project(id);
    a.kind = Alert::Kind::Forecast;
    a.severity = Alert::Severity::Warning;
    return a;
}

QStringList ids(const QList<Alert>& alerts)
{
    QStringList out;
    for (const Alert& a : alerts)
        out << a.id;
    return out;
}

// A controller that believes a tray is there (offscreen has none) and records what it showed.
struct Harness
{
    TrayController tray;
    QList<TrayController::Message> shown;
    bool available = true;

    Harness()
    {
        tray.setAvailabilityProbe([this] { return available; });
        tray.setNotifier([this](const TrayController::Message& m) { shown << m; });
        tray.setRetryPolicy(50, 10);
    }
};

} // namespace

class tst_TrayController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void withoutTrayEverythingGoesToTheFallback()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen
        TrayController tray;
        int notified = 0;
        tray.setNotifier([&](const TrayController::Message&) { ++notified; });
        tray.setRetryPolicy(3, 10);
        QSignalSpy availability(&tray, &TrayController::trayAvailabilityChanged);
        QSignalSpy fallback(&tray, &TrayController::fallbackAlerts);
        tray.start();
        QVERIFY(!tray.isTrayActive());
        QVERIFY(tray.isRetrying());
        QTRY_VERIFY(!tray.isRetrying()); // gave up after 3 attempts
        QVERIFY(!tray.isTrayActive());
        QVERIFY(!tray.trayIcon()->isVisible());

        QList<Alert> alerts;
        for (int i = 0; i < 6; ++i)
            alerts << keyAlert(QString::number(i), 80, i == 2);
        tray.showAlerts(alerts);
        tray.showAlerts({keyAlert(QStringLiteral("x"), 100)});
        QCOMPARE(fallback.count(), 2);
        const QList<Alert> first = fallback.at(0).at(0).value<QList<Alert>>();
        QCOMPARE(ids(first),
                 (QStringList{QStringLiteral("alert-0"), QStringLiteral("alert-1"), QStringLiteral("alert-3"),
                              QStringLiteral("alert-4"), QStringLiteral("alert-5")}));
        QCOMPARE(ids(fallback.at(1).at(0).value<QList<Alert>>()), QStringList{QStringLiteral("alert-x")});
        QCOMPARE(notified, 0);
        QCOMPARE(availability.count(), 0);
    }

    void suppressedOnlyShowsNothing()
    {
        TrayController tray;
        tray.setRetryPolicy(1, 10);
        QSignalSpy fallback(&tray, &TrayController::fallbackAlerts);
        tray.start();
        tray.showAlerts({keyAlert(QStringLiteral("a"), 80, true)});
        QCOMPARE(fallback.count(), 0);
    }

    void oneMessagePerAlertUpToThree()
    {
        Harness h;
        QSignalSpy availability(&h.tray, &TrayController::trayAvailabilityChanged);
        h.tray.start();
        QVERIFY(h.tray.isTrayActive());
        QCOMPARE(availability.count(), 1);
        QCOMPARE(availability.at(0).at(0).toBool(), true);
        h.tray.showAlerts(
            {keyAlert(QStringLiteral("a"), 50), keyAlert(QStringLiteral("b"), 80), keyAlert(QStringLiteral("c"), 100)});
        QCOMPARE(h.shown.size(), 3);
        QCOMPARE(h.shown[0].title, QStringLiteral("key-a at 50 % of its limit"));
        QCOMPARE(h.shown[0].text, QStringLiteral("Key key-a reached 50 %"));
        QCOMPARE(h.shown[0].icon, QSystemTrayIcon::Information);
        QCOMPARE(h.shown[1].icon, QSystemTrayIcon::Warning);
        QCOMPARE(h.shown[2].icon, QSystemTrayIcon::Critical);
        QCOMPARE(ids(h.shown[2].alerts), QStringList{QStringLiteral("alert-c")});
    }

    void burstIsCoalesced()
    {
        Harness h;
        h.tray.start();
        QList<Alert> alerts;
        for (int i = 0; i < 7; ++i)
            alerts << keyAlert(QString::number(i), 80);
        alerts << keyAlert(QStringLiteral("muted"), 80, true);
        h.tray.showAlerts(alerts);
        QCOMPARE(h.shown.size(), 1);
        QCOMPARE(h.shown[0].title, QStringLiteral("7 keys crossed 80 %"));
        QCOMPARE(h.shown[0].text, QStringLiteral("key-0, key-1, key-2, key-3, key-4 and 2 more"));
        QCOMPARE(h.shown[0].icon, QSystemTrayIcon::Warning);
        QCOMPARE(h.shown[0].alerts.size(), 7);
    }

    void fourIsABurst()
    {
        Harness h;
        h.tray.start();
        h.tray.showAlerts({keyAlert(QStringLiteral("a"), 90), keyAlert(QStringLiteral("b"), 90),
                           keyAlert(QStringLiteral("c"), 90), keyAlert(QStringLiteral("d"), 90)});
        QCOMPARE(h.shown.size(), 1);
        QCOMPARE(h.shown[0].title, QStringLiteral("4 keys crossed 90 %"));
        QCOMPARE(h.shown[0].text, QStringLiteral("key-a, key-b, key-c, key-d"));
    }

    void mixedBurstListsGroupsWorstFirst()
    {
        Harness h;
        h.tray.start();
        h.tray.showAlerts({keyAlert(QStringLiteral("a"), 80), keyAlert(QStringLiteral("b"), 80),
                           projectForecast(QStringLiteral("p")), keyAlert(QStringLiteral("c"), 100),
                           keyAlert(QStringLiteral("d"), 100), projectForecast(QStringLiteral("q"))});
        QCOMPARE(h.shown.size(), 1);
        QCOMPARE(h.shown[0].title, QStringLiteral("6 spending alerts"));
        QCOMPARE(h.shown[0].text, QStringLiteral("2 keys crossed 100 %\n2 projects projected to reach their limit\n"
                                                 "2 keys crossed 80 %"));
        QCOMPARE(h.shown[0].icon, QSystemTrayIcon::Critical);
    }

    void messageClickOpensWhatItWasAbout()
    {
        Harness h;
        h.tray.start();
        QSignalSpy entity(&h.tray, &TrayController::entityActivated);
        QSignalSpy page(&h.tray, &TrayController::alertsPageRequested);
        h.tray.showAlerts({keyAlert(QStringLiteral("a"), 80)});
        emit h.tray.trayIcon()->messageClicked();
        QCOMPARE(entity.count(), 1);
        QCOMPARE(entity.at(0).at(0).value<EntityRef>(), EntityRef::key(QStringLiteral("a")));
        QCOMPARE(page.count(), 0);

        QList<Alert> burst;
        for (int i = 0; i < 5; ++i)
            burst << keyAlert(QString::number(i), 90);
        h.tray.showAlerts(burst);
        emit h.tray.trayIcon()->messageClicked();
        QCOMPARE(page.count(), 1);
        QCOMPARE(entity.count(), 1);
    }

    void clickBeforeAnyMessageDoesNothing()
    {
        Harness h;
        h.tray.start();
        QSignalSpy entity(&h.tray, &TrayController::entityActivated);
        QSignalSpy page(&h.tray, &TrayController::alertsPageRequested);
        emit h.tray.trayIcon()->messageClicked();
        QCOMPARE(entity.count() + page.count(), 0);
    }

    void trayAppearingLateIsPickedUp()
    {
        Harness h;
        h.available = false;
        QSignalSpy availability(&h.tray, &TrayController::trayAvailabilityChanged);
        QSignalSpy fallback(&h.tray, &TrayController::fallbackAlerts);
        h.tray.start();
        QVERIFY(!h.tray.isTrayActive());
        h.tray.showAlerts({keyAlert(QStringLiteral("early"), 80)});
        QCOMPARE(fallback.count(), 1); // not lost while the tray host starts
        h.available = true;
        QTRY_VERIFY(h.tray.isTrayActive());
        QCOMPARE(availability.count(), 1);
        QCOMPARE(availability.at(0).at(0).toBool(), true);
        h.tray.showAlerts({keyAlert(QStringLiteral("late"), 80)});
        QCOMPARE(h.shown.size(), 1);
        QCOMPARE(fallback.count(), 1);
    }

    void trayLostFallsBack()
    {
        Harness h;
        h.tray.start();
        QVERIFY(h.tray.isTrayActive());
        QSignalSpy availability(&h.tray, &TrayController::trayAvailabilityChanged);
        QSignalSpy fallback(&h.tray, &TrayController::fallbackAlerts);
        h.available = false;
        h.tray.showAlerts({keyAlert(QStringLiteral("a"), 80)});
        QCOMPARE(availability.count(), 1);
        QCOMPARE(availability.at(0).at(0).toBool(), false);
        QCOMPARE(fallback.count(), 1);
        QVERIFY(h.shown.isEmpty());
        QVERIFY(h.tray.isRetrying());
    }

    void menuActions()
    {
        TrayController tray;
        QSignalSpy open(&tray, &TrayController::openRequested);
        QSignalSpy refresh(&tray, &TrayController::refreshRequested);
        QSignalSpy pause(&tray, &TrayController::pauseRequested);
        QSignalSpy quit(&tray, &TrayController::quitRequested);
        QVERIFY(tray.menu()->actions().contains(tray.openAction()));
        QVERIFY(tray.menu()->actions().contains(tray.quitAction()));
        tray.openAction()->trigger();
        tray.refreshAction()->trigger();
        tray.pauseAction()->trigger();
        tray.quitAction()->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(refresh.count(), 1);
        QCOMPARE(pause.count(), 1);
        QCOMPARE(pause.at(0).at(0).toInt(), 3600);
        QCOMPARE(quit.count(), 1);
        emit tray.trayIcon()->activated(QSystemTrayIcon::Trigger);
        QCOMPARE(open.count(), 2);
        emit tray.trayIcon()->activated(QSystemTrayIcon::Context);
        QCOMPARE(open.count(), 2);
    }

    void snoozeActions()
    {
        TrayController tray;
        QSignalSpy snooze(&tray, &TrayController::snoozeRequested);
        QVERIFY(tray.menu()->actions().contains(tray.snoozeTomorrowAction()));
        QVERIFY(tray.menu()->actions().contains(tray.snoozeResetAction()));
        tray.snoozeTomorrowAction()->trigger();
        tray.snoozeResetAction()->trigger();
        QCOMPARE(snooze.count(), 2);
        QCOMPARE(snooze.at(0).at(0).value<TrayController::SnoozeUntil>(), TrayController::SnoozeUntil::Tomorrow);
        QCOMPARE(snooze.at(1).at(0).value<TrayController::SnoozeUntil>(), TrayController::SnoozeUntil::Reset);
    }

    void noticeOnlyWithATray()
    {
        TrayController without;
        without.setAvailabilityProbe([] { return false; });
        QVERIFY(!without.showNotice(QStringLiteral("Quiet hours are over"), QStringLiteral("2 keys crossed 80 %")));
        Harness h;
        h.tray.start();
        QVERIFY(h.tray.isTrayActive());
        QVERIFY(h.tray.showNotice(QStringLiteral("Quiet hours are over"), QStringLiteral("2 keys crossed 80 %")));
        QCOMPARE(h.shown.size(), 1);
        QCOMPARE(h.shown.first().text, QStringLiteral("2 keys crossed 80 %"));
        QVERIFY(h.shown.first().alerts.isEmpty());
    }

    void summaryTooltipAndLevel()
    {
        AlertSettings settings;
        settings.forecastAlerts = false;
        settings.orgBudget = Limit::of(usd("6000"));
        const OrgSnapshot s =
            snapshot({key("a", "500", "410"), key("b", "1000", "850"), key("c", "0", "2950"), key("d", "100", "0")});
        const AlertSummary summary = AlertSummary::compute(s, settings, nov(10));
        QCOMPARE(summary.level, AlertSummary::Level::Warning);
        TrayController tray;
        tray.setSummary(summary);
        QCOMPARE(tray.level(), AlertSummary::Level::Warning);
        QCOMPARE(tray.toolTip(), QStringLiteral("Spendboard\n$4,210.00 of $6,000.00 this month · 2 keys over 80 %"));
        QCOMPARE(tray.trayIcon()->toolTip(), tray.toolTip());

        const OrgSnapshot over = snapshot({key("a", "500", "500"), key("b", "100", "85"), key("c", "100", "90")});
        const AlertSummary o = AlertSummary::compute(over, AlertSettings(), nov(10));
        QCOMPARE(o.level, AlertSummary::Level::Over);
        QCOMPARE(o.keysOver, 1);
        QCOMPARE(o.keysWarning, 2);
        const AlertSummary ok = AlertSummary::compute(snapshot({key("a", "500", "5")}), settings, nov(10));
        QCOMPARE(ok.level, AlertSummary::Level::Ok);
    }

    void iconsDifferInShapeNotOnlyColour()
    {
        auto alpha = [](AlertSummary::Level level) {
            return TrayIcons::icon(level).pixmap(32, 32).toImage().convertToFormat(QImage::Format_Alpha8);
        };
        const QImage ok = alpha(AlertSummary::Level::Ok);
        const QImage warning = alpha(AlertSummary::Level::Warning);
        const QImage over = alpha(AlertSummary::Level::Over);
        QVERIFY(!ok.isNull());
        QVERIFY(ok != warning);
        QVERIFY(warning != over);
        QVERIFY(ok != over);
    }
};

QTEST_MAIN(tst_TrayController)
#include "tst_traycontroller.moc"
