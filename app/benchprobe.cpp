#include "benchprobe.h"

#include "store/orgstore.h"
#include "window/mainwindow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <ctime>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

constexpr int kSettleMs = 300; // a shown page lays out and its charts paint on the next turns
constexpr int kQuietMs = 5000; // after the last page: longer than returnFreedMemory()'s quiet time

QString receiverName(const QObject* o)
{
    QString name = QString::fromLatin1(o->metaObject()->className());
    if (!o->objectName().isEmpty())
        name += u'#' + o->objectName();
    // Timers owned as members have no parent: their interval tells them apart.
    if (const auto* timer = qobject_cast<const QTimer*>(o))
        name += QStringLiteral(" (%1 ms)").arg(timer->interval());
    if (const QObject* p = o->parent()) {
        name += QStringLiteral(" in ") + QString::fromLatin1(p->metaObject()->className());
        if (!p->objectName().isEmpty())
            name += u'#' + p->objectName();
    }
    return name;
}

} // namespace

BenchProbe::Mode BenchProbe::modeFromEnvironment()
{
    const QByteArray mode = qgetenv("SPENDBOARD_BENCH_PROBE");
    if (mode == "first-paint")
        return Mode::FirstPaint;
    if (mode == "pages")
        return Mode::Pages;
    if (mode == "idle")
        return Mode::Idle;
    return Mode::None;
}

BenchProbe::BenchProbe(Mode mode, MainWindow* window, OrgStore* store, QObject* parent)
    : QObject(parent)
    , m_mode(mode)
    , m_window(window)
    , m_store(store)
{
    m_clock.start();
    if (mode == Mode::FirstPaint)
        m_waitingForPaint = true;
    else
        connect(store, &OrgStore::refreshFinished, this, &BenchProbe::onRefreshFinished);
    QCoreApplication::instance()->installEventFilter(this);
}

long BenchProbe::rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

double BenchProbe::cpuMs()
{
#ifdef Q_OS_UNIX
    timespec ts{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) == 0)
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#endif
    return -1;
}

bool BenchProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (m_counting && event->type() == QEvent::Timer)
        ++m_timerEvents[receiverName(watched)];
    if (m_waitingForPaint && m_windowPaintMs < 0 && event->type() == QEvent::Paint && m_window) {
        // The first paint of the window at all (the cached data may follow from its worker).
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && widget->window() == m_window)
            m_windowPaintMs = m_clock.elapsed();
    }
    if (m_waitingForPaint && event->type() == QEvent::Paint && m_window && m_store->hasData()) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && widget->window() == m_window) {
            m_waitingForPaint = false;
            // The whole paint pass (every widget, then the flush) runs before the next event.
            QTimer::singleShot(0, this, [this] {
                done(QStringLiteral("bench first-paint ms-since-start %1 keys %2 rss-kb %3 window-paint-ms %4")
                         .arg(m_clock.elapsed())
                         .arg(m_store->keys().size())
                         .arg(rssKb())
                         .arg(m_windowPaintMs));
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

void BenchProbe::onRefreshFinished(bool ok)
{
    if (m_counting)
        ++m_refreshes;
    if (!ok || m_loaded)
        return;
    m_loaded = true;
    if (m_mode == Mode::Pages) {
        m_page = -1;
        // Let the models take the refresh in (big organizations build their rows on a worker).
        QTimer::singleShot(kSettleMs, this, [this] { visitPage(0); });
    } else if (m_mode == Mode::Idle) {
        // The refresh's own follow-ups (cache write, model builds) settle first.
        QTimer::singleShot(2000, this, &BenchProbe::startIdle);
    }
}

void BenchProbe::visitPage(int page)
{
    if (!m_window)
        return;
    if (page > MainWindow::PageCount) {
        // RSS right after the last page, and once the app has been quiet for a while (the trim it asks
        // for after a refresh, see returnFreedMemory, has run by then): what it holds while left open.
        const long atLastPage = rssKb();
        bool ok = false;
        const int quietMs = qEnvironmentVariableIntValue("SPENDBOARD_BENCH_QUIET_MS", &ok);
        QTimer::singleShot(ok && quietMs >= 0 ? quietMs : kQuietMs, this, [this, atLastPage] {
            const long settled = rssKb();
            // Diagnosis beside the figure: the heap in use, and RSS once the allocator gave back what it
            // keeps free (glibc only; -1 elsewhere).
            long heapKb = -1;
            long trimmedKb = -1;
#ifdef __GLIBC__
            const struct mallinfo2 info = mallinfo2();
            heapKb = long((info.uordblks + info.hblkhd) / 1024); // in the arenas and in own mappings
            malloc_trim(0);
            trimmedKb = rssKb();
#endif
            done(QStringLiteral("bench pages rss-kb %1 keys %2 ms-since-start %3 heap-kb %4 trimmed-rss-kb %5 "
                                "settled-rss-kb %6")
                     .arg(atLastPage)
                     .arg(m_store->keys().size())
                     .arg(m_clock.elapsed())
                     .arg(heapKb)
                     .arg(trimmedKb)
                     .arg(settled));
        });
        return;
    }
    m_page = page;
    // Every page, then the overview again (the page the next start shows).
    m_window->setCurrentPage(page == MainWindow::PageCount ? MainWindow::OverviewId : MainWindow::PageId(page));
    QTimer::singleShot(kSettleMs, this, [this] { visitPage(m_page + 1); });
}

void BenchProbe::startIdle()
{
    bool ok = false;
    int secs = qEnvironmentVariableIntValue("SPENDBOARD_BENCH_SECONDS", &ok);
    if (!ok || secs <= 0)
        secs = 60;
    m_timerEvents.clear();
    m_refreshes = 0;
    m_cpuAtStart = cpuMs();
    m_idleClock.start();
    m_counting = true;
    std::printf("bench idle-start\n");
    std::fflush(stdout);
    // A named timer, so its one event is told apart from the app's own in the counts.
    auto* end = new QTimer(this);
    end->setObjectName(QStringLiteral("benchProbeEnd"));
    end->setSingleShot(true);
    connect(end, &QTimer::timeout, this, &BenchProbe::finishIdle);
    end->start(secs * 1000);
}

void BenchProbe::finishIdle()
{
    m_counting = false;
    const double cpu = cpuMs() - m_cpuAtStart;
    const qint64 wall = m_idleClock.elapsed();
    QString line = QStringLiteral("bench idle wall-ms %1 cpu-ms %2 refreshes %3 keys %4 rss-kb %5")
                       .arg(wall)
                       .arg(cpu, 0, 'f', 1)
                       .arg(m_refreshes)
                       .arg(m_store->keys().size())
                       .arg(rssKb());
    QStringList receivers = m_timerEvents.keys();
    std::sort(receivers.begin(), receivers.end(),
              [this](const QString& a, const QString& b) { return m_timerEvents[a] > m_timerEvents[b]; });
    for (const QString& r : std::as_const(receivers))
        line += QStringLiteral("\nbench timer %1 %2").arg(m_timerEvents.value(r)).arg(r);
    done(line);
}

void BenchProbe::done(const QString& line)
{
    if (m_finished)
        return;
    m_finished = true;
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    // Diagnosis only: the process's mappings at the probe, for what RSS is made of.
    const QString smaps = qEnvironmentVariable("SPENDBOARD_BENCH_SMAPS");
    if (!smaps.isEmpty()) {
        QFile in(QStringLiteral("/proc/self/smaps"));
        QFile out(smaps);
        if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly))
            out.write(in.readAll());
    }
    // Diagnosis only: leave without freeing anything, so a heap profiler's "leaked" report is the heap
    // in use at the probe (heaptrack: SPENDBOARD_BENCH_HARD_EXIT=1).
    if (qEnvironmentVariableIsSet("SPENDBOARD_BENCH_HARD_EXIT"))
        std::_Exit(0);
    QCoreApplication::exit(0);
}
