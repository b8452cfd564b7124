// RefreshScheduler: interval floor, never overlapping, backoff after failures honouring Retry-After,
// paused while offline. Time runs 1000x faster through the scheduler's seam (1 ms per scheduled second).
#include "simulatorclock.h"

#include "store/orgstore.h"
#include "store/refreshscheduler.h"

#include "api/managementapi.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

struct Rig
{
    explicit Rig(bool reachable, Simulator::Options options = {})
        : sim(options)
        , clock(sim)
    {
        QVERIFY(sim.start());
        api.setBaseUrl(reachable ? sim.url() : QUrl(QStringLiteral("http://127.0.0.1:1")));
        api.setApiKey(sim.adminKey());
        ManagementApi::Options o = api.options();
        o.maxAttempts = 1; // failures reach the scheduler at once
        o.transferTimeoutMs = 5000;
        api.setOptions(o);
        scheduler.setNetworkMonitoring(false);
        scheduler.setMillisecondsPerSecond(1);
    }

    Simulator sim;
    QNetworkAccessManager nam;
    ManagementApi api{&nam};
    SimulatorClock clock;
    OrgStore store{&api, clock};
    RefreshScheduler scheduler{&store};
};

Simulator::Options smallOrg()
{
    Simulator::Options o;
    o.keys = 12;
    o.projects = 3;
    o.speed = 0;
    return o;
}

} // namespace

class tst_RefreshScheduler : public QObject
{
    Q_OBJECT

private slots:
    void intervalHasAFloor()
    {
        FixedClock clock(QDateTime::currentDateTimeUtc());
        OrgStore store(nullptr, clock);
        RefreshScheduler s(&store);
        QCOMPARE(s.intervalSecs(), RefreshScheduler::kDefaultIntervalSecs);
        s.setIntervalSecs(5);
        QCOMPARE(s.intervalSecs(), 15);
        s.setIntervalSecs(0);
        QCOMPARE(s.intervalSecs(), 15);
        s.setIntervalSecs(120);
        QCOMPARE(s.intervalSecs(), 120);
    }

    void backoffFormula()
    {
        FixedClock clock(QDateTime::currentDateTimeUtc());
        OrgStore store(nullptr, clock);
        RefreshScheduler s(&store);
        s.setIntervalSecs(60);
        QCOMPARE(s.delayAfter(true, 0, 0), 60);
        QCOMPARE(s.delayAfter(false, 1, 0), 120);
        QCOMPARE(s.delayAfter(false, 2, 0), 240);
        QCOMPARE(s.delayAfter(false, 3, 0), 480);
        QCOMPARE(s.delayAfter(false, 4, 0), 600); // capped at 10 minutes
        QCOMPARE(s.delayAfter(false, 40, 0), 600);
        QCOMPARE(s.delayAfter(false, 1, 900), 900); // Retry-After wins when longer
        QCOMPARE(s.delayAfter(false, 1, 5), 120);
        s.setIntervalSecs(3600); // an interval above the cap is never shortened by a failure
        QCOMPARE(s.delayAfter(false, 1, 0), 3600);
    }

    void refreshesPeriodicallyWithoutOverlap()
    {
        Rig rig(true, smallOrg());
        rig.sim.setLatencyMs(5);
        int running = 0;
        int overlaps = 0;
        int started = 0;
        int finished = 0;
        connect(&rig.store, &OrgStore::refreshStarted, this, [&] {
            if (running++ > 0)
                ++overlaps;
            ++started;
            // Nothing is armed while a refresh runs.
            QCOMPARE(rig.scheduler.scheduledDelaySecs(), -1);
        });
        connect(&rig.store, &OrgStore::refreshFinished, this, [&](bool ok) {
            QVERIFY(ok);
            --running;
            ++finished;
        });
        // The user hammers "refresh" meanwhile; a running refresh refuses.
        int refused = 0;
        QTimer hammer;
        connect(&hammer, &QTimer::timeout, this, [&] {
            if (rig.store.isRefreshing() && !rig.scheduler.refreshNow())
                ++refused;
        });
        hammer.start(1);
        QSignalSpy scheduled(&rig.scheduler, &RefreshScheduler::scheduled);
        rig.scheduler.setIntervalSecs(15);
        rig.scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished >= 8, 30000);
        hammer.stop();
        rig.scheduler.stop();
        QCOMPARE(overlaps, 0);
        QVERIFY(started - finished <= 1);
        QVERIFY(refused > 0);
        QVERIFY(scheduled.size() >= 7);
        for (const auto& args : scheduled)
            QCOMPARE(args.first().toInt(), 15);
        QCOMPARE(rig.scheduler.consecutiveFailures(), 0);
        QCOMPARE(rig.store.keys().size(), rig.sim.keyCount());
    }

    void backsOffAfterFailuresThenRecovers()
    {
        Rig rig(false, smallOrg());
        QSignalSpy scheduled(&rig.scheduler, &RefreshScheduler::scheduled);
        QSignalSpy errors(&rig.store, &OrgStore::errorOccurred);
        rig.scheduler.setIntervalSecs(15);
        rig.scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 7, 30000);
        const QList<int> expected{30, 60, 120, 240, 480, 600, 600};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(scheduled.at(i).first().toInt(), expected.at(i));
        QVERIFY(rig.scheduler.consecutiveFailures() >= 7);
        QCOMPARE(errors.first().first().value<ApiError>().kind(), ApiError::Kind::Network);
        QVERIFY(rig.store.isStale());

        // The server becomes reachable: the next scheduled refresh succeeds and the interval is back.
        QSignalSpy finished(&rig.store, &OrgStore::refreshFinished);
        rig.api.setBaseUrl(rig.sim.url());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().first().toBool(), 30000);
        QCOMPARE(rig.scheduler.consecutiveFailures(), 0);
        QCOMPARE(scheduled.last().first().toInt(), 15);
        QVERIFY(!rig.store.isStale());
    }

    void honoursRetryAfter()
    {
        Simulator::Options o = smallOrg();
        Rig rig(true, o);
        // Detecting capabilities and the first refresh fit in the budget; the second refresh is refused.
        rig.sim.setRateLimitPerMinute(12);
        QSignalSpy finished(&rig.store, &OrgStore::refreshFinished);
        QSignalSpy scheduled(&rig.scheduler, &RefreshScheduler::scheduled);
        rig.scheduler.setIntervalSecs(15);
        rig.scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !finished.last().first().toBool(), 30000);
        const ApiError error = rig.store.lastError();
        QCOMPARE(error.kind(), ApiError::Kind::RateLimited);
        QVERIFY(error.retryAfterSecs() > 0);
        QTRY_VERIFY(scheduled.size() == finished.size());
        const int delay = scheduled.last().first().toInt();
        QVERIFY2(delay >= error.retryAfterSecs(), qPrintable(QString::number(delay)));
        QCOMPARE(delay, std::max(rig.scheduler.delayAfter(false, rig.scheduler.consecutiveFailures(), 0),
                                 error.retryAfterSecs()));
        rig.scheduler.stop();
    }

    void pausedWhileOfflineAndRefreshesOnReturn()
    {
        Rig rig(true, smallOrg());
        QSignalSpy started(&rig.store, &OrgStore::refreshStarted);
        QSignalSpy finished(&rig.store, &OrgStore::refreshFinished);
        QSignalSpy paused(&rig.scheduler, &RefreshScheduler::pausedChanged);
        rig.scheduler.setIntervalSecs(3600); // only the events under test cause refreshes
        rig.scheduler.setOnline(false);
        rig.scheduler.start();
        QVERIFY(rig.scheduler.isPaused());
        QCOMPARE(started.size(), 0);
        QCOMPARE(rig.scheduler.scheduledDelaySecs(), -1);
        QCOMPARE(paused.size(), 1);

        rig.scheduler.setOnline(true); // back: refresh at once
        QCOMPARE(started.size(), 1);
        QVERIFY(!rig.scheduler.isPaused());
        QVERIFY(finished.wait(10000));
        QCOMPARE(rig.scheduler.scheduledDelaySecs(), 3600);

        rig.scheduler.setOnline(false); // down again: the armed timer is dropped
        QCOMPARE(rig.scheduler.scheduledDelaySecs(), -1);
        QCOMPARE(paused.last().first().toBool(), true);
    }

    void intervalChangeRearms()
    {
        Rig rig(true, smallOrg());
        QSignalSpy finished(&rig.store, &OrgStore::refreshFinished);
        rig.scheduler.setIntervalSecs(3600);
        rig.scheduler.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(rig.scheduler.scheduledDelaySecs(), 3600);
        rig.scheduler.setIntervalSecs(20);
        QCOMPARE(rig.scheduler.scheduledDelaySecs(), 20);
        QVERIFY(finished.wait(10000)); // fires after 20 ms in test time
        rig.scheduler.stop();
        QCOMPARE(rig.scheduler.scheduledDelaySecs(), -1);
    }
};

QTEST_GUILESS_MAIN(tst_RefreshScheduler)
#include "tst_refreshscheduler.moc"
