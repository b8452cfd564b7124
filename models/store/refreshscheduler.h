#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class OrgStore;

// Drives OrgStore::refresh(): every interval seconds (minimum 15), at once on refreshNow(), with
// backoff after failures (interval doubled per failure up to 10 minutes, never sooner than a
// Retry-After), paused while the network is down and refreshed at once when it comes back. One
// single-shot timer, re-armed after each refresh finishes: nothing fires while a refresh runs or
// while paused, so refreshes never overlap and an idle app does not wake up without reason.
class RefreshScheduler final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinIntervalSecs = 15;
    static constexpr int kDefaultIntervalSecs = 60;
    static constexpr int kMaxBackoffSecs = 600;

    explicit RefreshScheduler(OrgStore* store, QObject* parent = nullptr);
    ~RefreshScheduler() override;
    Q_DISABLE_COPY_MOVE(RefreshScheduler)

    void setIntervalSecs(int secs); // clamped to kMinIntervalSecs
    int intervalSecs() const { return m_intervalSecs; }

    // Test seam: real milliseconds per scheduled second (default 1000). A test sets 1 so the 15 s
    // minimum, the backoff and Retry-After all keep their proportions but run a thousand times faster.
    void setMillisecondsPerSecond(int ms);
    // Watch reachability with QNetworkInformation (default on; tests turn it off and call setOnline()).
    void setNetworkMonitoring(bool enabled);

    // Starts with an immediate refresh (unless offline). stop() cancels the timer (a running refresh finishes).
    void start();
    void stop();
    bool isActive() const { return m_active; }

    // The user asked: refresh at once. False when a refresh is already running.
    bool refreshNow();

    bool isOnline() const { return m_online; }
    bool isPaused() const { return m_active && !m_online; }
    int consecutiveFailures() const { return m_failures; }
    // The delay (in scheduled seconds) of the armed timer; -1 when none is armed.
    int scheduledDelaySecs() const { return m_timer.isActive() ? m_scheduledSecs : -1; }
    // The delay that follows a refresh outcome (exposed for tests and the status bar).
    int delayAfter(bool ok, int failures, int retryAfterSecs) const;

public slots:
    void setOnline(bool online);

signals:
    // The next refresh is due in `delaySecs` (after a success, a failure or an interval change).
    void scheduled(int delaySecs);
    void pausedChanged(bool paused);

private:
    void onRefreshStarted();
    void onRefreshFinished(bool ok);
    void trigger();
    void arm(int secs);
    void startMonitoring();

    QPointer<OrgStore> m_store;
    QTimer m_timer;
    int m_intervalSecs = kDefaultIntervalSecs;
    int m_msPerSecond = 1000;
    int m_scheduledSecs = 0;
    int m_failures = 0;
    bool m_active = false;
    bool m_online = true;
    bool m_monitoring = true;
    bool m_monitoringStarted = false;
};
