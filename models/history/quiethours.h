#pragma once

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

// A daily window of local time in which alerts are collected instead of shown (e.g. 20:00-08:00,
// spanning midnight). Pure: the instant and the local zone are inputs. start == end: no quiet hours.
class QuietHours
{
public:
    QuietHours() = default;
    QuietHours(QTime start, QTime end)
        : m_start(start)
        , m_end(end)
    {}

    bool isEnabled() const { return m_start.isValid() && m_end.isValid() && m_start != m_end; }
    QTime start() const { return m_start; }
    QTime end() const { return m_end; }
    bool spansMidnight() const { return isEnabled() && m_end < m_start; }

    bool isQuiet(const QDateTime& instant, const QTimeZone& zone) const;
    // The instant (UTC) the quiet hours in force at `instant` end, or, when they are not in force, the
    // end of the next quiet window. Invalid when disabled.
    QDateTime nextQuietEnd(const QDateTime& instant, const QTimeZone& zone) const;
    // The instant (UTC) the next quiet window starts (after `instant`). Invalid when disabled.
    QDateTime nextQuietStart(const QDateTime& instant, const QTimeZone& zone) const;

    // The first instant (UTC) at which the local clock in `zone` shows `time` or later on `date`: the
    // wall time itself, or, when a DST jump skips it, the moment of the jump.
    static QDateTime firstInstantAt(QDate date, QTime time, const QTimeZone& zone);

private:
    QTime m_start;
    QTime m_end;
};
