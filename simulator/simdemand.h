#pragma once

#include <QtGlobal>

#include <array>

// How much a key *wants* to spend: a pure function of (key profile, UTC day, second of day). The
// organization caps it at the limits; without a cap, spend equals demand, whatever the steps in which
// simulated time advanced. Within a day, demand follows an hourly shape (business hours, flatter on
// weekends); the cumulative function is exact in integer micro-dollars so that the pieces always add
// up to the day's total.
class SimDemand final
{
public:
    struct Profile
    {
        qint64 baseDailyMicros = 0; // average weekday demand
        quint64 salt = 0;           // per-key noise
        int weekendPercent = 35;    // weekend demand relative to weekdays
    };

    static constexpr qint64 kSecondsPerDay = 86400;
    static constexpr int kHours = 24;

    static qint64 dayDemand(const Profile& profile, qint64 day);
    // Demand of the day up to secondOfDay (0..86400), given the day's total.
    static qint64 cumulative(qint64 dayTotal, qint64 day, int secondOfDay);
    static qint64 between(const Profile& profile, qint64 day, int fromSecond, int toSecond);
    static std::array<qint64, kHours> hourly(qint64 dayTotal, qint64 day);

    static bool isWeekend(qint64 day);
    static qint64 dayOf(qint64 secs)
    {
        return secs >= 0 ? secs / kSecondsPerDay : -((-secs + kSecondsPerDay - 1) / kSecondsPerDay);
    }
};
