#include "snapshotseries.h"

namespace {

constexpr int kPreviousDays = 7;

const QString& apiKeyField()
{
    static const QString s = QStringLiteral("api_key_id");
    return s;
}

const QString& projectField()
{
    static const QString s = QStringLiteral("project_id");
    return s;
}

QString projectOfKey(const OrgSnapshot& snapshot, const QString& keyId)
{
    for (const ApiKey& k : snapshot.keys) {
        if (k.id == keyId)
            return k.projectId;
    }
    return {};
}

} // namespace

Money SnapshotSeries::bucketSpend(const OrgSnapshot& snapshot, const UsageBucket& bucket, const EntityRef& entity)
{
    Money sum;
    switch (entity.kind) {
    case EntityRef::Kind::Organization:
        if (!bucket.totals.spend.isZero() || bucket.groups.isEmpty())
            return bucket.totals.spend;
        for (const UsageGroup& g : bucket.groups)
            sum += g.counters.spend;
        return sum;
    case EntityRef::Kind::Key:
        for (const UsageGroup& g : bucket.groups) {
            if (g.values.value(apiKeyField()) == entity.id)
                sum += g.counters.spend;
        }
        return sum;
    case EntityRef::Kind::Project:
        for (const UsageGroup& g : bucket.groups) {
            const QString* p = g.values.find(projectField());
            const QString project = p ? *p : projectOfKey(snapshot, g.values.value(apiKeyField()));
            if (project == entity.id)
                sum += g.counters.spend;
        }
        return sum;
    }
    return sum;
}

QList<Money> SnapshotSeries::dailySpend(const OrgSnapshot& snapshot, const EntityRef& entity, const QDateTime& nowUtc)
{
    const Period period = Period::containing(nowUtc);
    QList<Money> out(period.dayIndex(nowUtc));
    for (const UsageBucket& b : snapshot.dailyByKey) {
        const QDate day = b.start.toUTC().date();
        if (day < period.firstDay() || day > nowUtc.toUTC().date())
            continue;
        const qsizetype index = period.firstDay().daysTo(day);
        if (index >= 0 && index < out.size())
            out[index] += bucketSpend(snapshot, b, entity);
    }
    return out;
}

QList<Money> SnapshotSeries::previousDays(const OrgSnapshot& snapshot, const EntityRef& entity, const QDateTime& nowUtc)
{
    const Period period = Period::containing(nowUtc);
    const QDate from = period.firstDay().addDays(-kPreviousDays);
    QList<Money> out(kPreviousDays);
    bool any = false;
    for (const UsageBucket& b : snapshot.dailyByKey) {
        const QDate day = b.start.toUTC().date();
        if (day < from || day >= period.firstDay())
            continue;
        out[from.daysTo(day)] += bucketSpend(snapshot, b, entity);
        any = true;
    }
    if (!any)
        return {};
    // Drop leading days the series does not cover so they do not count as zero-spend days.
    QDate first = period.firstDay();
    for (const UsageBucket& b : snapshot.dailyByKey) {
        const QDate day = b.start.toUTC().date();
        if (day >= from && day < first)
            first = day;
    }
    return out.mid(from.daysTo(first));
}

Money SnapshotSeries::monthToDate(const OrgSnapshot& snapshot, const EntityRef& entity, const QDateTime& nowUtc)
{
    switch (entity.kind) {
    case EntityRef::Kind::Key:
        for (const ApiKey& k : snapshot.keys) {
            if (k.id == entity.id)
                return k.spend;
        }
        return {};
    case EntityRef::Kind::Project:
        for (const Project& p : snapshot.projects) {
            if (p.id == entity.id)
                return p.spend;
        }
        return {};
    case EntityRef::Kind::Organization:
        break;
    }
    const Period period = Period::containing(nowUtc);
    Money fromUsage;
    bool any = false;
    for (const UsageBucket& b : snapshot.dailyByKey) {
        if (period.contains(b.start.toUTC())) {
            fromUsage += bucketSpend(snapshot, b, entity);
            any = true;
        }
    }
    if (any)
        return fromUsage;
    Money sum;
    for (const ApiKey& k : snapshot.keys)
        sum += k.spend;
    return sum;
}

Forecast SnapshotSeries::forecast(const OrgSnapshot& snapshot, const EntityRef& entity, Money monthToDate, Limit limit,
                                  const QDateTime& nowUtc)
{
    ForecastInput in;
    in.period = Period::containing(nowUtc);
    in.nowUtc = nowUtc.toUTC();
    in.monthToDate = monthToDate;
    in.dailySpend = dailySpend(snapshot, entity, nowUtc);
    in.previousDays = previousDays(snapshot, entity, nowUtc);
    in.limit = limit;
    return computeForecast(in);
}
