#pragma once

#include <QDateTime>
#include <QTimeZone>

// When a snooze ends. Pure functions of now and the local zone.
class Snooze
{
public:
    // The next local midnight (the first instant of tomorrow where the user is), as UTC.
    static QDateTime untilTomorrow(const QDateTime& now, const QTimeZone& zone);
    // The next limit reset: 00:00 UTC on the 1st of the next month.
    static QDateTime untilReset(const QDateTime& now);
};
