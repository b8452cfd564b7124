#pragma once

#include "domain/period.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

// When the monthly limits reset, said clearly: limits reset at 00:00 UTC on the 1st, which is some
// other hour (and sometimes another date) where the user is. Pure: the period, now and the local zone
// are inputs.
class ResetInfo
{
    Q_DECLARE_TR_FUNCTIONS(ResetInfo)
public:
    ResetInfo(const Period& period, const QDateTime& now, const QTimeZone& localZone,
              const QLocale& locale = QLocale());

    QDateTime startUtc() const { return m_period.startUtc(); }
    QDateTime resetUtc() const { return m_period.endUtc(); }
    QDateTime resetLocal() const { return resetUtc().toTimeZone(m_zone); }
    // Elapsed seconds until the reset (absolute time, so a DST change in between counts as it really
    // passes); 0 once the reset has happened.
    qint64 secondsUntilReset() const;
    bool localDateDiffers() const { return resetLocal().date() != resetUtc().date(); }
    bool localIsUtc() const { return m_zone.offsetFromUtc(resetUtc()) == 0 && m_zone.offsetFromUtc(startUtc()) == 0; }

    // "6 d 4 h", "3 h 12 min", "12 min", "less than a minute" (rounded down).
    QString timeUntilText() const;
    // "resets in 6 d 4 h"; "reset on 1 Dec 00:00 UTC" once it has happened.
    QString resetsInText() const;
    // "1 Dec 00:00 UTC".
    QString resetUtcText() const;
    // "01:00 your time", or with the local date when it is not the UTC date: "Mon 30 Nov 19:00 your time".
    QString resetLocalText() const;
    // "Limits reset in 6 d 4 h, on 1 Dec 00:00 UTC (01:00 your time)." (no local part in a UTC zone).
    QString sentence() const;
    // "Spend this month (since 1 Nov 00:00 UTC)".
    QString sinceLabel() const;

private:
    QString utcText(const QDateTime& instant) const;

    Period m_period;
    QDateTime m_now;
    QTimeZone m_zone;
    QLocale m_locale;
};
