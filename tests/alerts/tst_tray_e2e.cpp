// End to end on a real X server with a system-tray host (tests/tools/with-tray.sh: Xvfb + openbox +
// trayer): the monitor's alerts go through the real QSystemTrayIcon, and a restart on the same state
// file shows nothing again.

#include "alertfixtures.h"

#include "alerts/alertsummary.h"
#include "alerts/thresholdmonitor.h"
#include "api/managementapi.h"
#include "simulator.h"
#include "store/orgstore.h"
#include "tray/traycontroller.h"

#include <QApplication>
#include <QNetworkAccessManager>
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

// The store's clock is the simulator's (pinned: speed 0, so spends stand still between requests).
class SimulatorClock final : public Clock
{
public:
    explicit SimulatorClock(const Simulator& sim)
        : m_sim(sim)
    {}
    QDateTime nowUtc() const override { return m_sim.simulatedNow(); }

private:
    const Simulator& m_sim;
};

// Rounds up to whole cents (limits are sent as dollars and cents).
Money ceilToCents(Money m)
{
    return Money::fromMicros((m.micros() + 9'999) / 10'000 * 10'000);
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
        const OrgSnapshot last = snapshot(QList<ApiKey>{key("a", "100", "100"), key("b", "100", "55")} + crowd("81"));

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

            step(snapshot(QList<ApiKey>{key("a", "100", "40"), key("b", "100", "10")} + crowd("10")));
            QVERIFY(shown.isEmpty());
            QCOMPARE(tray.level(), AlertSummary::Level::Ok);

            step(snapshot(QList<ApiKey>{key("a", "100", "85"), key("b", "100", "10")} + crowd("10")));
            QCOMPARE(titles(shown), QStringList{QStringLiteral("key-a at 80 % of its limit")});
            QCOMPARE(shown.last().icon, QSystemTrayIcon::Warning);
            QCOMPARE(tray.level(), AlertSummary::Level::Warning);

            step(snapshot(QList<ApiKey>{key("a", "100", "85"), key("b", "100", "10")} + crowd("10"))); // same data
            QCOMPARE(shown.size(), 1);

            step(snapshot(QList<ApiKey>{key("a", "100", "100"), key("b", "100", "55")} + crowd("10")));
            QCOMPARE(titles(shown.mid(1)), (QStringList{QStringLiteral("key-a at 100 % of its limit"),
                                                        QStringLiteral("key-b at 50 % of its limit")}));
            QCOMPARE(tray.level(), AlertSummary::Level::Over);

            step(last); // six keys cross 80 % in one refresh: one message
            QCOMPARE(shown.size(), 4);
            QCOMPARE(shown.last().title, QStringLiteral("6 keys crossed 80 %"));
            QCOMPARE(shown.last().alerts.size(), 6);
            QVERIFY(tray.toolTip().contains(QStringLiteral("at their limit")));

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

    // The whole chain in-process: simulator (HTTP on loopback) -> ManagementApi -> OrgStore ->
    // ThresholdMonitor -> TrayController -> the real tray. Limit writes through the store make one key
    // cross 80 % and then 100 %; each crossing is exactly one message, a restart shows none.
    void simulatorKeyCrossesThresholds()
    {
        Simulator::Options options;
        options.keys = 12;
        options.projects = 2;
        options.seed = 11;
        options.speed = 0;
        options.startTime = nov(14, 12);
        Simulator sim(options);
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        QNetworkAccessManager nam;
        ManagementApi api(&nam);
        api.setBaseUrl(sim.url());
        api.setApiKey(sim.adminKey());
        SimulatorClock clock(sim);
        OrgStore store(&api, clock);

        QTemporaryDir dir;
        const QString statePath = dir.filePath(QStringLiteral("alerts.json"));
        auto monitor = std::make_unique<ThresholdMonitor>();
        monitor->setSettings(settings());
        monitor->setStatePath(statePath);
        auto tray = std::make_unique<TrayController>();
        QList<TrayController::Message> shown;
        tray->setNotifier([&](const TrayController::Message& m) { shown << m; });
        QSignalSpy fallback(tray.get(), &TrayController::fallbackAlerts);
        auto wire = [&] {
            connect(monitor.get(), &ThresholdMonitor::alertsRaised, tray.get(), &TrayController::showAlerts);
        };
        wire();
        connect(&store, &OrgStore::snapshotChanged, monitor.get(),
                [&] { monitor->evaluate(store.snapshot(), store.asOf()); });
        tray->start();
        QTRY_VERIFY(tray->isTrayActive());

        QSignalSpy finished(&store, &OrgStore::refreshFinished);
        QVERIFY(store.refresh());
        QVERIFY(finished.wait(30'000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(!store.keys().isEmpty());

        // The key that spent most this month.
        ApiKey target = store.keys().first();
        for (const ApiKey& k : store.keys()) {
            if (k.spend > target.spend)
                target = k;
        }
        const Money spend = target.spend;
        QVERIFY2(spend >= Money::fromDollars(1), qPrintable(spend.toDecimalString()));

        auto setLimit = [&](Money amount) {
            std::optional<bool> ok;
            const Limit seen = store.key(target.id)->limit;
            store.setKeyLimit(target.id, Limit::of(amount), seen, this, [&](Result<ApiKey> r) { ok = r.ok(); });
            QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 30'000);
            QVERIFY(*ok);
            QCOMPARE(store.key(target.id)->limit, Limit::of(amount));
        };

        // Far above the spend: whatever fired for this key on the first refresh re-arms.
        setLimit(ceilToCents(spend * 10));
        shown.clear();

        // 85 % of the limit: one 80 % message about this key.
        const Money at85 = ceilToCents(Money::mulDiv(spend, 100, 85));
        QVERIFY(Money::reachesPercent(spend, at85, 80) && !Money::reachesPercent(spend, at85, 90));
        setLimit(at85);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown[0].title, target.name + QStringLiteral(" at 80 % of its limit"));
        QCOMPARE(shown[0].alerts.first().entity, EntityRef::key(target.id));
        QCOMPARE(shown[0].alerts.first().spend, spend);

        // A refresh returning the same data says nothing.
        finished.clear();
        QVERIFY(store.refresh());
        QVERIFY(finished.wait(30'000));
        QCOMPARE(shown.size(), 1);

        // At the spend (rounded down to cents): one 100 % message.
        setLimit(Money::fromMicros(spend.micros() / 10'000 * 10'000));
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown[1].title, target.name + QStringLiteral(" at 100 % of its limit"));
        QCOMPARE(shown[1].icon, QSystemTrayIcon::Critical);
        QCOMPARE(fallback.count(), 0);

        // Restart: a new monitor and tray on the same state file, the same data: nothing.
        monitor = std::make_unique<ThresholdMonitor>();
        monitor->setSettings(settings());
        QVERIFY(monitor->setStatePath(statePath));
        tray = std::make_unique<TrayController>();
        tray->setNotifier([&](const TrayController::Message& m) { shown << m; });
        wire();
        tray->start();
        QTRY_VERIFY(tray->isTrayActive());
        QVERIFY(monitor->evaluate(store.snapshot(), store.asOf()).isEmpty());
        QCOMPARE(shown.size(), 2);
    }
};

QTEST_MAIN(tst_TrayE2E)
#include "tst_tray_e2e.moc"
