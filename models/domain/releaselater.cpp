#include "releaselater.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <atomic>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// Returning pages has a price: the next allocations fault them in again (measured: a 10 000-key
// merge took 31 ms of CPU instead of 11 when every release trimmed). At most once a minute keeps the
// all-day RSS down without paying that on every refresh.
std::atomic<int> g_settleMs{3000};
std::atomic<int> g_minIntervalMs{60'000};
std::atomic<int> g_returns{0};

// Lives on the GUI thread: one single-shot timer, restarted by every request.
class Trimmer final : public QObject
{
public:
    explicit Trimmer(QObject* parent)
        : QObject(parent)
    {
        setObjectName(QStringLiteral("returnFreedMemory"));
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Trimmer::fire);
    }

    void request() { m_timer.start(std::max(g_settleMs.load(), msUntilAllowed())); }

private:
    int msUntilAllowed() const
    {
        if (!m_last.isValid())
            return 0;
        return int(std::max<qint64>(0, g_minIntervalMs.load() - m_last.elapsed()));
    }

    void fire()
    {
        if (const int wait = msUntilAllowed(); wait > 0) {
            m_timer.start(wait);
            return;
        }
        m_last.start();
        QThreadPool::globalInstance()->start([] {
#if defined(__GLIBC__)
            malloc_trim(0);
#endif
            g_returns.fetch_add(1);
        });
    }

    QTimer m_timer;
    QElapsedTimer m_last;
};

QPointer<Trimmer> g_trimmer; // GUI thread only

} // namespace

void returnFreedMemory()
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return;
    QMetaObject::invokeMethod(
        app,
        [app] {
            if (!g_trimmer)
                g_trimmer = new Trimmer(app);
            g_trimmer->request();
        },
        Qt::QueuedConnection);
}

void setFreedMemoryTiming(int settleMs, int minIntervalMs)
{
    g_settleMs = settleMs;
    g_minIntervalMs = minIntervalMs;
}

int freedMemoryReturns()
{
    return g_returns.load();
}
