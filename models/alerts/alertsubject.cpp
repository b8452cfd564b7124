#include "alertsubject.h"

#include "alert.h"
#include "snapshotseries.h"

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

std::optional<QDateTime> AlertSubject::projectedLimitDate(const Forecast& forecast, Money spend, Limit limit,
                                                          const QDateTime& nowUtc)
{
    if (!limit.hasLimit() || spend >= limit.amount())
        return std::nullopt;
    if (forecast.limitReachedAt && !forecast.alreadyOver)
        return forecast.limitReachedAt;
    if (forecast.dailyBurn <= Money())
        return std::nullopt;
    const Period period = Period::containing(nowUtc);
    const qint64 remainingMs = period.lengthMs() - period.elapsedMs(nowUtc);
    const qint64 msToCap = Money::mulDiv(limit.amount() - spend, kDayMs, forecast.dailyBurn.micros()).micros();
    if (msToCap >= remainingMs)
        return std::nullopt;
    return nowUtc.toUTC().addMSecs(msToCap);
}

QList<AlertSubject> AlertSubject::collect(const OrgSnapshot& snapshot, const AlertSettings& settings,
                                          const QDateTime& nowUtc, const ForecastProvider& provider)
{
    QList<AlertSubject> out;
    out.reserve(1 + snapshot.projects.size() + snapshot.keys.size());

    AlertSubject org;
    org.entity = EntityRef::org();
    org.name = snapshot.organization.name.isEmpty() ? tr("Organization") : snapshot.organization.name;
    org.spend = SnapshotSeries::monthToDate(snapshot, org.entity, nowUtc);
    org.limit = settings.orgBudget;
    org.balance = snapshot.organization.balance;
    out.append(org);

    for (const Project& p : snapshot.projects) {
        AlertSubject s;
        s.entity = EntityRef::project(p.id);
        s.name = p.name.isEmpty() ? p.id : p.name;
        s.spend = p.spend;
        s.limit = p.limit;
        out.append(s);
    }
    for (const ApiKey& k : snapshot.keys) {
        AlertSubject s;
        s.entity = EntityRef::key(k.id);
        s.name = k.name.isEmpty() ? k.id : k.name;
        s.spend = k.spend;
        s.limit = k.limit;
        out.append(s);
    }

    for (AlertSubject& s : out) {
        s.key = Alert::entityKey(s.entity);
        if (!settings.forecastAlerts || !s.limit.hasLimit() || s.spend >= s.limit.amount())
            continue;
        const Forecast f =
            provider ? provider(s.entity) : SnapshotSeries::forecast(snapshot, s.entity, s.spend, s.limit, nowUtc);
        s.limitReachedAt = projectedLimitDate(f, s.spend, s.limit, nowUtc);
    }
    return out;
}
