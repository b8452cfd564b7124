#pragma once

#include "domain/forecast.h"
#include "domain/money.h"
#include "domain/period.h"
#include "store/entityref.h"

#include <QDateTime>
#include <QList>

class LocalHistory;

// The end-of-month forecast of an entity from the local usage history alone, for when the server has
// not answered (offline at start): the month of the last sync, its recorded daily buckets (and the
// week before it, as the live forecast uses) fed to computeForecast as of that sync. Invalid when
// nothing was ever recorded.
struct HistoryForecast
{
    Period period;
    QDateTime asOf;            // the last sync (UTC)
    QList<Money> dailySpend;   // the month's days up to asOf's day, index 0 = the 1st
    QList<Money> previousDays; // the week before the month, most recent last
    Money monthToDate;
    Forecast forecast;

    bool isValid() const { return asOf.isValid(); }

    static HistoryForecast compute(const LocalHistory& history, const EntityRef& entity, Limit limit = Limit::none());
};
