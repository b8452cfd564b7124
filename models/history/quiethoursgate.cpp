#include "quiethoursgate.h"

#include <algorithm>

namespace {

// Wake at least this often while alerts wait, so a changed system clock or a suspended machine
// cannot hold the summary back for long.
constexpr qint64 kMaxSleepMs = 15 * 60 * 1000;

} // namespace

QuietHoursGate::QuietHoursGate(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QuietHoursGate::check);
}

void QuietHoursGate::setQuietHours(const QuietHours& hours, const QTimeZone& zone)
{
    m_hours = hours;
    m_zone = zone;
    check(); // switched off, or the new window is already over: announce now
}

bool QuietHoursGate::isQuietNow() const
{
    return m_hours.isEnabled() && m_hours.isQuiet(m_clock.nowUtc(), m_zone);
}

QList<Alert> QuietHoursGate::pass(const QList<Alert>& alerts)
{
    QList<Alert> shown;
    const bool quiet = isQuietNow();
    for (const Alert& a : alerts) {
        if (a.suppressed)
            continue;
        if (!quiet) {
            shown.append(a);
            continue;
        }
        m_buffer.add(a);
        m_pending.append(a);
    }
    if (quiet && !m_pending.isEmpty())
        schedule();
    return shown;
}

void QuietHoursGate::check()
{
    if (m_pending.isEmpty()) {
        m_timer.stop();
        m_nextCheck = QDateTime();
        return;
    }
    if (isQuietNow()) {
        schedule();
        return;
    }
    m_timer.stop();
    m_nextCheck = QDateTime();
    const QString summary = m_buffer.takeSummary();
    const QList<Alert> alerts = std::exchange(m_pending, {});
    emit quietHoursEnded(summary, alerts);
}

void QuietHoursGate::schedule()
{
    const QDateTime now = m_clock.nowUtc();
    const QDateTime end = m_hours.nextQuietEnd(now, m_zone);
    const qint64 ms = end.isValid() ? std::clamp<qint64>(now.msecsTo(end), 0, kMaxSleepMs) : kMaxSleepMs;
    m_nextCheck = now.addMSecs(ms);
    m_timer.start(std::chrono::milliseconds(ms));
}
