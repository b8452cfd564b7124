// Benchmark 8 of BENCHMARKS.md: the longest time the event loop is not serviced (a timer probe every
// 1 ms) during a real refresh of 10 000 keys from spendboard-sim out of process (as a real server: its
// JSON encoding does not count against this loop). Floor: the same probe on an idle loop. Measured
// twice: the store alone, and the store with what the app keeps on this thread besides the widgets
// (the key table model and the organization's chart series). The window's own share is measured by
// the app's probe (bench_app).
// Usage: bench_refresh [RUNS=5]
#include "benchutil.h"

#include "api/managementapi.h"
#include "itemmodels/apikeytablemodel.h"
#include "itemmodels/spendseries.h"
#include "store/orgstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

// Which deliveries made the stalls: every event that took longer than 3 ms on this thread, by receiver
// class and event type (SPENDBOARD_BENCH_TRACE=1 prints them).
class TracingApp : public QCoreApplication
{
public:
    using QCoreApplication::QCoreApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_trace)
            return QCoreApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        const QByteArray cls = receiver->metaObject()->className();
        const int type = event->type();
        const bool r = QCoreApplication::notify(receiver, event);
        const qint64 us = t.nsecsElapsed() / 1000;
        const double cpu = threadCpuMs() - cpu0;
        if (cpu > 2.0)
            std::fprintf(stderr, "   slow event: %s type %d %.1f ms (CPU %.1f ms)\n", cls.constData(), type,
                         us / 1000.0, cpu);
        return r;
    }
    bool m_trace = qEnvironmentVariableIntValue("SPENDBOARD_BENCH_TRACE") == 1;
};

// Longest gap between 1 ms ticks from start() until finished() (and then `tailMs` more: follow-up
// work queued by the refresh, e.g. a model merge from its worker).
double probe(const std::function<void()>& start, const std::function<bool()>& finished, int tailMs = 0)
{
    QElapsedTimer t;
    t.start();
    qint64 last = 0, worst = 0;
    QTimer tick;
    tick.setInterval(1);
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = t.nsecsElapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    tick.start();
    start();
    while (!finished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QElapsedTimer tail;
    tail.start();
    while (tail.elapsed() < tailMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return double(worst) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    TracingApp app(argc, argv);
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("spendboard.*.debug=false\nspendboard.*.info=false"));
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    QProcess server;
    QUrl url;
    QString adminKey;
    if (!startSimProcess(
            server, QStringLiteral(SPENDBOARD_SIM_PATH),
            {QStringLiteral("--keys"), QStringLiteral("10000"), QStringLiteral("--money"), QStringLiteral("strings")},
            &url, &adminKey)) {
        std::fprintf(stderr, "spendboard-sim did not start\n");
        return 2;
    }
    QNetworkAccessManager nam;
    ManagementApi api(&nam);
    api.setBaseUrl(url);
    api.setApiKey(adminKey);

    auto measure = [&](bool withModels, QList<double>* stalls, QList<double>* idle, QList<double>* durations) {
        OrgStore live(&api, Clock::system());
        std::unique_ptr<ApiKeyTableModel> model;
        std::unique_ptr<SpendSeries> series;
        if (withModels) {
            model = std::make_unique<ApiKeyTableModel>(&live);
            series = std::make_unique<SpendSeries>(&live);
        }
        bool done = false;
        QObject::connect(&live, &OrgStore::refreshFinished, [&](bool ok) {
            done = true;
            if (!ok)
                std::fprintf(stderr, "refresh failed: %s\n", qPrintable(live.lastError().technicalText()));
        });
        // The first refresh (capabilities, full usage window) and then the ones that follow.
        for (int i = 0; i <= runs; ++i) {
            done = false;
            QElapsedTimer took;
            const double stall = probe(
                [&] {
                    took.start();
                    live.refresh();
                },
                [&] { return done && (!model || !model->isUpdating()); }, 200);
            const double ms = double(took.elapsed());
            const double still = probe([] {}, [] { return true; }, 500);
            if (i == 0) {
                std::printf("   first refresh (%s): stall %.2f ms, took %.0f ms, keys %lld\n",
                            withModels ? "with models" : "store only", stall, ms, qint64(live.keys().size()));
                continue;
            }
            stalls->append(stall);
            idle->append(still);
            durations->append(ms);
        }
    };
    QList<double> storeStalls, storeIdle, storeTook, modelStalls, modelIdle, modelTook;
    measure(false, &storeStalls, &storeIdle, &storeTook);
    report("8a. longest stall during refresh, store", median(storeStalls), "ms", median(storeIdle), "idle loop",
           "<= 16 ms");
    measure(true, &modelStalls, &modelIdle, &modelTook);
    report("8b. the same with key model + series", median(modelStalls), "ms", median(modelIdle), "idle loop",
           "<= 16 ms");
    std::printf("   refresh took %.0f / %.0f ms (median of %d after the first)\n", median(storeTook), median(modelTook),
                runs);
    server.terminate();
    server.waitForFinished(5000);
    return 0;
}
