#include "snooze.h"

#include "quiethours.h"

#include "domain/period.h"

QDateTime Snooze::untilTomorrow(const QDateTime& now, const QTimeZone& zone)
{
    const QDate tomorrow = now.toTimeZone(zone).date().addDays(1);
    return QuietHours::firstInstantAt(tomorrow, QTime(0, 0), zone);
}

QDateTime Snooze::untilReset(const QDateTime& now)
{
    return Period::containing(now).endUtc();
}
