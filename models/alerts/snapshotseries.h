#pragma once

#include "domain/forecast.h"
#include "store/orgsnapshot.h"

#include <QList>

// Per-entity daily spend and forecasts computed straight from an OrgSnapshot's `dailyByKey` series
// (buckets grouped by api_key_id and, when the server has projects, project_id). The alert engine uses
// it when the app gives no forecast provider, so the engine and `spendboard check` need no OrgStore.
class SnapshotSeries
{
public:
    // Spend per UTC day of the month containing nowUtc, index 0 = the 1st, up to today (inclusive).
    static QList<Money> dailySpend(const OrgSnapshot& snapshot, const EntityRef& entity, const QDateTime& nowUtc);
    // Up to 7 days before the month started, most recent last.
    static QList<Money> previousDays(const OrgSnapshot& snapshot, const EntityRef& entity, const QDateTime& nowUtc);
    // Keys and projects: their monthly spend as the server reported it. Organization: the sum of this
    // month's usage buckets, or the sum of the keys' monthly spend when the series has no bucket this month.
    static Money monthToDate(const OrgSnapshot& snapshot, const EntityRef& entity, const QDateTime& nowUtc);
    static Forecast forecast(const OrgSnapshot& snapshot, const EntityRef& entity, Money monthToDate, Limit limit,
                             const QDateTime& nowUtc);

private:
    static Money bucketSpend(const OrgSnapshot& snapshot, const UsageBucket& bucket, const EntityRef& entity);
};
