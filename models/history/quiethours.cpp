#include "quiethours.h"

QDateTime QuietHours::firstInstantAt(QDate date, QTime time, const QTimeZone& zone)
{
    const QDateTime wall(date, time, zone);
    if (wall.isValid()) {
        const QDateTime local = wall.toTimeZone(zone);
        if (local.date() == date && local.time() == time)
            return wall.toUTC();
    }
    // `time` does not exist that day (Qt 6.4 makes such a QDateTime invalid): the clock jumps over it,
    // and the jump is the first instant at or after it. It lies within a day of the wall time read as
    // UTC, and transitions are months apart, so the first one after "wall as UTC - 15 h" is it.
    const QDateTime probe = QDateTime(date, time, QTimeZone::utc()).addSecs(-15 * 3600);
    const QTimeZone::OffsetData jump = zone.nextTransition(probe);
    if (jump.atUtc.isValid())
        return jump.atUtc.toUTC();
    return QDateTime(date, time, QTimeZone::utc()).addSecs(-zone.standardTimeOffset(probe));
}

bool QuietHours::isQuiet(const QDateTime& instant, const QTimeZone& zone) const
{
    if (!isEnabled())
        return false;
    const QTime t = instant.toTimeZone(zone).time();
    if (spansMidnight())
        return t >= m_start || t < m_end;
    return t >= m_start && t < m_end;
}

QDateTime QuietHours::nextQuietEnd(const QDateTime& instant, const QTimeZone& zone) const
{
    if (!isEnabled())
        return {};
    // The window in force now, or else the next one to begin: its end is the first end after its start.
    const QDateTime from = isQuiet(instant, zone) ? instant : nextQuietStart(instant, zone);
    for (QDate day = from.toTimeZone(zone).date();; day = day.addDays(1)) {
        const QDateTime end = firstInstantAt(day, m_end, zone);
        if (end > from)
            return end;
    }
}

QDateTime QuietHours::nextQuietStart(const QDateTime& instant, const QTimeZone& zone) const
{
    if (!isEnabled())
        return {};
    const QDate today = instant.toTimeZone(zone).date();
    for (QDate day = today;; day = day.addDays(1)) {
        const QDateTime start = firstInstantAt(day, m_start, zone);
        if (start > instant)
            return start;
    }
}
