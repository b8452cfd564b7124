#pragma once

#include <QDate>
#include <QDateTime>

// A calendar month in UTC: limits reset at 00:00 UTC on the 1st.
class Period
{
public:
    Period() = default;
    static Period containing(const QDateTime& instant); // converted to UTC first
    static Period ofMonth(int year, int month);
    // "YYYY-MM"; invalid Period on bad input.
    static Period fromIsoMonth(const QString& text);

    bool isValid() const { return m_first.isValid(); }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_first.addMonths(1).addDays(-1); }
    int daysInMonth() const { return m_first.daysInMonth(); }
    QDateTime startUtc() const;
    QDateTime endUtc() const; // exclusive: start of the next month
    bool contains(const QDateTime& instant) const;
    Period next() const { return ofMonth(m_first.addMonths(1).year(), m_first.addMonths(1).month()); }
    Period previous() const { return ofMonth(m_first.addMonths(-1).year(), m_first.addMonths(-1).month()); }
    QString isoMonth() const; // "2026-11"

    // 1-based day index of `instant` within the month (1..daysInMonth), clamped.
    int dayIndex(const QDateTime& instant) const;
    // Milliseconds elapsed since start, clamped to [0, length].
    qint64 elapsedMs(const QDateTime& instant) const;
    qint64 lengthMs() const;

    bool operator==(const Period& o) const { return m_first == o.m_first; }
    bool operator!=(const Period& o) const { return m_first != o.m_first; }

private:
    QDate m_first;
};
