#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class MainWindow;
class OrgStore;

// Measurement hooks for tests/bench (benchmarks 5, 6 and 7 of BENCHMARKS.md), off unless the
// environment variable SPENDBOARD_BENCH_PROBE names a mode. Each mode prints one line starting with
// "bench " on stdout and ends the app through the event loop (exit code 0):
//   first-paint  the first paint of the main window showing data (the cache): "bench first-paint ..."
//                with the first paint of the window at all (window-paint-ms; the cache loads on a worker)
//   pages        after the first successful refresh, every page shown and painted, then the overview
//                again: "bench pages rss-kb N ..." (RSS then; settled-rss-kb: 5 s later, the app quiet
//                (SPENDBOARD_BENCH_QUIET_MS); the
//                heap in use and RSS after malloc_trim)
//   idle         after the first successful refresh, SPENDBOARD_BENCH_SECONDS (default 60) of doing
//                nothing: process CPU time, refreshes, RSS at the end and timer events by receiver:
//                "bench idle ..."
// Not a user feature: no option, no translated text.
class BenchProbe final : public QObject
{
    Q_OBJECT
public:
    enum class Mode { None, FirstPaint, Pages, Idle };
    static Mode modeFromEnvironment();

    BenchProbe(Mode mode, MainWindow* window, OrgStore* store, QObject* parent = nullptr);

    // VmRSS of this process in KiB (-1 when unknown).
    static long rssKb();
    // CPU time of this process (all threads) in milliseconds.
    static double cpuMs();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onRefreshFinished(bool ok);
    void visitPage(int page);
    void startIdle();
    void finishIdle();
    void done(const QString& line);

    Mode m_mode;
    QPointer<MainWindow> m_window;
    OrgStore* m_store;
    QElapsedTimer m_clock; // since the probe was made (Application::start, after the window was built)
    bool m_waitingForPaint = false;
    qint64 m_windowPaintMs = -1; // first paint of the window, with or without data
    bool m_finished = false;
    bool m_loaded = false;
    int m_page = -1;
    // idle
    bool m_counting = false;
    double m_cpuAtStart = 0;
    QElapsedTimer m_idleClock;
    int m_refreshes = 0;
    QHash<QString, int> m_timerEvents;
};
