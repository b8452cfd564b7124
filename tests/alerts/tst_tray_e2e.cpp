// End to end on a real X server with a system-tray host (tests/tools/with-tray.sh: Xvfb + openbox +
// trayer): the monitor's alerts go through the real QSystemTrayIcon, and a restart on the same state
// file shows nothing again.

#include "alertfixtures.h"

#include "alerts/alertsummary.h"
#include "alerts/thresholdmonitor.h"
#include "tray/traycontroller.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fixtures;

namespace {

AlertSettings settings()
{
    AlertSettings s;
    s.forecastAlerts = false;
    return s;
}

QStringList titles(const QList<TrayController::Message>& messages)
{
    QStringList out;
    for (const TrayController::Message& m : messages)
        out << m.title;
    return out;
}

// Six more keys (c..h) at `spend` of a $100 limit.
QList<ApiKey> crowd(const char* spend)
{
    QList<ApiKey> keys;
    for (const char* id : {"c", "d", "e", "f", "g", "h"})
        keys << key(id, "100", spend);
    return keys;
}

} // namespace

class tst_TrayE2E : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 20000);
    }

    void alertsReachTheRealTrayOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString statePath = dir.filePath(QStringLiteral("profile/alerts.json"));
        const OrgSnapshot last = snapshot({key("a", "100", "100"), key("b", "100", "55")} + crowd("81"));

        {
            ThresholdMonitor monitor;
            monitor.setSettings(settings());
            monitor.setStatePath(statePath);
            TrayController tray;
            QList<TrayController::Message> shown;
            tray.setNotifier([&](const TrayController::Message& m) { shown << m; });
            QSignalSpy fallback(&tray, &TrayController::fallbackAlerts);
            QSignalSpy availability(&tray, &TrayController::trayAvailabilityChanged);
            connect(&monitor, &ThresholdMonitor::alertsRaised, &tray, &TrayController::showAlerts);

            tray.start();
            QTRY_VERIFY(tray.isTrayActive());
            QCOMPARE(availability.count(), 1);
            QVERIFY(tray.trayIcon()->isVisible());
            // Embedded in trayer: the icon has a place on the screen.
            QTRY_VERIFY(tray.trayIcon()->geometry().isValid() && !tray.trayIcon()->geometry().isEmpty());

            FixedClock clock(nov(10, 9));
            auto step = [&](const OrgSnapshot& s) {
                OrgSnapshot copy = s;
                copy.fetchedAt = clock.nowUtc();
                monitor.evaluate(copy, clock.nowUtc());
                tray.setSummary(AlertSummary::compute(copy, monitor.settings(), clock.nowUtc()));
                clock.advanceSecs(300);
            };

            step(snapshot({key("a", "100", "40"), key("b", "100", "10")} + crowd("10")));
            QVERIFY(shown.isEmpty());
            QCOMPARE(tray.level(), AlertSummary::Level::Ok);

            step(snapshot({key("a", "100", "85"), key("b", "100", "10")} + crowd("10")));
            QCOMPARE(titles(shown), QStringList{QStringLiteral("key-a at 80 % of its limit")});
            QCOMPARE(shown.last().icon, QSystemTrayIcon::Warning);
            QCOMPARE(tray.level(), AlertSummary::Level::Warning);

            step(snapshot({key("a", "100", "85"), key("b", "100", "10")} + crowd("10"))); // same data
            QCOMPARE(shown.size(), 1);

            step(snapshot({key("a", "100", "100"), key("b", "100", "55")} + crowd("10")));
            QCOMPARE(titles(shown.mid(1)), (QStringList{QStringLiteral("key-a at 100 % of its limit"),
                                                        QStringLiteral("key-b at 50 % of its limit")}));
            QCOMPARE(tray.level(), AlertSummary::Level::Over);

            step(last); // six keys cross 80 % in one refresh: one message
            QCOMPARE(shown.size(), 4);
            QCOMPARE(shown.last().title, QStringLiteral("6 keys crossed 80 %"));
            QCOMPARE(shown.last().alerts.size(), 6);
            QVERIFY(tray.toolTip().contains(QStringLiteral("1 keys at their limit")));

            QCOMPARE(fallback.count(), 0);
        }

        // "Restart": a new monitor and tray on the same state file see the same data and say nothing.
        ThresholdMonitor monitor;
        monitor.setSettings(settings());
        QVERIFY(monitor.setStatePath(statePath));
        TrayController tray;
        QList<TrayController::Message> shown;
        tray.setNotifier([&](const TrayController::Message& m) { shown << m; });
        QSignalSpy fallback(&tray, &TrayController::fallbackAlerts);
        connect(&monitor, &ThresholdMonitor::alertsRaised, &tray, &TrayController::showAlerts);
        tray.start();
        QTRY_VERIFY(tray.isTrayActive());
        OrgSnapshot again = last;
        again.fetchedAt = nov(10, 11);
        QVERIFY(monitor.evaluate(again, nov(10, 11)).isEmpty());
        QVERIFY(shown.isEmpty());
        QCOMPARE(fallback.count(), 0);
        QCOMPARE(monitor.state().history().size(), 9); // what the first run raised: 1 + 2 + 6
    }
};

QTEST_MAIN(tst_TrayE2E)
#include "tst_tray_e2e.moc"
