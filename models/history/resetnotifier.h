#pragma once

#include "domain/clock.h"
#include "domain/period.h"

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTimeZone>

class AppSettings;

// Says once that the monthly limits have reset: at the first observation (a successful refresh) in a
// UTC month after the month last observed. That month is kept in AppSettings, so a restart neither
// repeats the notice nor misses one that came while the app was closed; the very first observation
// only remembers its month. With the notice switched off, months still advance silently (switching
// it on mid-month announces nothing stale). During quiet hours the notice waits, unannounced, for the
// first observation after them (a restart in between keeps it waiting).
class ResetNotifier final : public QObject
{
    Q_OBJECT
public:
    ResetNotifier(AppSettings* settings, const Clock& clock, QObject* parent = nullptr);

    // The zone of "(01:00 your time)"; the system's by default.
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }

    // Looks at the clock's month; true when it announced (limitsReset) a reset just now.
    bool observe(bool quietNow = false);

    // "Monthly limits have reset"
    static QString title();
    // "Spend counts from 1 Dec 00:00 UTC (01:00 your time)." (no local part in a UTC zone)
    static QString text(const Period& month, const QTimeZone& zone, const QLocale& locale = QLocale());
    // "Monthly limits have reset — spend counts from 1 Dec 00:00 UTC (01:00 your time)"
    static QString sentence(const Period& month, const QTimeZone& zone, const QLocale& locale = QLocale());

signals:
    void limitsReset(const QString& isoMonth, const QString& title, const QString& text, const QString& sentence);

private:
    AppSettings* m_settings;
    const Clock& m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
