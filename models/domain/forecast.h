#pragma once

#include "money.h"
#include "period.h"

#include <QDate>
#include <QList>

#include <optional>

// End-of-month forecast of one entity's spend. Pure function of its inputs; no clock inside.
struct ForecastInput
{
    Period period;
    QDateTime nowUtc;          // inside `period`
    Money monthToDate;         // spend so far this month
    QList<Money> dailySpend;   // spend per UTC day of this month, index 0 = the 1st, up to today (today partial)
    QList<Money> previousDays; // optional: spend of the days before the month started, most recent last
    Limit limit;
};

struct Forecast
{
    Money endOfMonth; // expected spend at month end
    Money low;        // band
    Money high;
    Money dailyBurn; // expected spend per day from now on
    // When the limit will be reached at the expected burn; nullopt when no limit or not before month end.
    // Equal to nowUtc when already at or over the limit.
    std::optional<QDateTime> limitReachedAt;
    bool alreadyOver = false;

    bool reachesLimitThisMonth() const { return limitReachedAt.has_value(); }
};

// Burn rate = weighted mean of the last 7 complete days (weights 1..7, recent heaviest) blended with the
// month-to-date average (weights described in forecast.cpp); band from the spread of those days.
Forecast computeForecast(const ForecastInput& input);
