#pragma once

#include "alertsettings.h"
#include "domain/forecast.h"
#include "store/orgsnapshot.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

// Supplies the forecast of one entity. The app may pass OrgStore::forecast; without a provider the
// engine computes it from the snapshot (SnapshotSeries). Only endOfMonth/dailyBurn/limitReachedAt are
// used, and the limit date is recomputed from dailyBurn when the provider did not know the limit (the
// organization budget is an alert setting, not a server limit).
using ForecastProvider = std::function<Forecast(const EntityRef&)>;

// One entity the alert engine looks at, with the numbers it is judged by.
struct AlertSubject
{
    Q_DECLARE_TR_FUNCTIONS(AlertSubject)

public:
    EntityRef entity;
    QString key;   // Alert::entityKey(entity)
    QString name;  // display name
    Money spend;   // month to date
    Limit limit;   // keys/projects: their monthly limit; organization: the budget from the settings
    Money balance; // organization only
    // When spend is projected to reach the limit this month (only with a limit, forecasts on, not yet over).
    std::optional<QDateTime> limitReachedAt;

    // The organization first (always, for the balance and the budget), then projects, then keys.
    static QList<AlertSubject> collect(const OrgSnapshot& snapshot, const AlertSettings& settings,
                                       const QDateTime& nowUtc, const ForecastProvider& provider = {});
    // The projected date, from a forecast, a limit and the month-to-date spend (see ForecastProvider).
    static std::optional<QDateTime> projectedLimitDate(const Forecast& forecast, Money spend, Limit limit,
                                                       const QDateTime& nowUtc);
};
