#include "historyrows.h"

#include "domain/forecast.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace {

const QString kKeyField = QStringLiteral("api_key_id");
const QString kProjectField = QStringLiteral("project_id");
const QString kModelField = QStringLiteral("model_used");
constexpr int kPreviousDays = 7;

qint64 tokensOf(const UsageCounters& c)
{
    return c.totalTokens != 0 ? c.totalTokens : c.inputTokens + c.outputTokens;
}

void accumulate(UsageCounters& into, const UsageCounters& c)
{
    into.spend += c.spend;
    into.requests += c.requests;
    into.totalTokens += tokensOf(c);
}

// Buckets grouped by UTC day (a day normally has one bucket; several are summed).
QMap<QDate, QList<const UsageBucket*>> bucketsByDay(const UsageSeries& series)
{
    QMap<QDate, QList<const UsageBucket*>> days;
    for (const UsageBucket& bucket : series) {
        const QDate day = bucket.start.toUTC().date();
        if (day.isValid())
            days[day].append(&bucket);
    }
    return days;
}

// Per-day spend of every entity over the forecast window [month start - 7 days, day of asOf].
struct Window
{
    QDate first;
    int size = 0;
    QHash<QString, QList<Money>> keys;
    QHash<QString, QList<Money>> projects;
    QList<Money> org;

    void add(QHash<QString, QList<Money>>& hash, const QString& id, int offset, Money spend)
    {
        auto it = hash.find(id);
        if (it == hash.end())
            it = hash.insert(id, QList<Money>(size));
        (*it)[offset] += spend;
    }
};

Forecast forecastOf(const Period& period, const QDateTime& asOf, const QList<Money>& window, Money monthToDate,
                    Limit limit)
{
    ForecastInput in;
    in.period = period;
    in.nowUtc = asOf;
    in.monthToDate = monthToDate;
    in.previousDays = window.mid(0, kPreviousDays);
    in.dailySpend = window.mid(kPreviousDays);
    in.limit = limit;
    return computeForecast(in);
}

bool anySpend(const QList<Money>& days)
{
    for (Money m : days) {
        if (!m.isZero())
            return true;
    }
    return false;
}

} // namespace

QString HistoryRows::kindName(EntityRef::Kind kind)
{
    switch (kind) {
    case EntityRef::Kind::Organization:
        return QStringLiteral("org");
    case EntityRef::Kind::Project:
        return QStringLiteral("project");
    case EntityRef::Kind::Key:
        return QStringLiteral("key");
    }
    return QString();
}

std::optional<EntityRef::Kind> HistoryRows::kindFromName(const QString& name)
{
    if (name == QLatin1String("org"))
        return EntityRef::Kind::Organization;
    if (name == QLatin1String("project"))
        return EntityRef::Kind::Project;
    if (name == QLatin1String("key"))
        return EntityRef::Kind::Key;
    return std::nullopt;
}

HistoryRows HistoryRows::fromSnapshot(const OrgSnapshot& snapshot, const QDate& usageFrom)
{
    HistoryRows rows;
    rows.syncedAt = snapshot.fetchedAt.isValid() ? snapshot.fetchedAt.toUTC() : QDateTime();
    const bool haveAsOf = rows.syncedAt.isValid();
    const Period period = haveAsOf ? Period::containing(rows.syncedAt) : Period();

    Window window;
    if (haveAsOf) {
        window.first = period.firstDay().addDays(-kPreviousDays);
        window.size = kPreviousDays + period.dayIndex(rows.syncedAt);
        window.org = QList<Money>(window.size);
    }

    // Daily usage: the organization from the bucket totals, keys and projects summed over the groups.
    const auto usageDays = bucketsByDay(snapshot.dailyByKey);
    if (!usageFrom.isValid()) {
        // At most one row per group (a key or project on a day) plus the organization's: usage is sparse,
        // so this is ~70 000 rows at 10 000 keys, where days x entities would reserve 20 MB.
        qsizetype groups = 0;
        for (const UsageBucket& bucket : snapshot.dailyByKey)
            groups += bucket.groups.size();
        const qsizetype perDay = 1 + snapshot.projects.size();
        rows.usage.reserve(std::min(groups * 2, groups + qsizetype(usageDays.size()) * perDay) + usageDays.size());
    }
    for (auto day = usageDays.cbegin(); day != usageDays.cend(); ++day) {
        UsageCounters org;
        QHash<QString, UsageCounters> keys;
        QHash<QString, UsageCounters> projects;
        for (const UsageBucket* bucket : day.value()) {
            accumulate(org, bucket->totals);
            for (const UsageGroup& group : bucket->groups) {
                const QString keyId = group.values.value(kKeyField);
                if (!keyId.isEmpty())
                    accumulate(keys[keyId], group.counters);
                const QString projectId = group.values.value(kProjectField);
                if (!projectId.isEmpty())
                    accumulate(projects[projectId], group.counters);
            }
        }
        const qint64 offset = haveAsOf ? window.first.daysTo(day.key()) : -1;
        const bool inWindow = offset >= 0 && offset < window.size;
        const bool write = !usageFrom.isValid() || day.key() >= usageFrom;
        if (write)
            rows.usage.append({EntityRef::org(), day.key(), org.spend, org.requests, org.totalTokens});
        if (inWindow)
            window.org[int(offset)] += org.spend;
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            if (write)
                rows.usage.append({EntityRef::key(it.key()), day.key(), it->spend, it->requests, it->totalTokens});
            if (inWindow)
                window.add(window.keys, it.key(), int(offset), it->spend);
        }
        for (auto it = projects.cbegin(); it != projects.cend(); ++it) {
            if (write)
                rows.usage.append({EntityRef::project(it.key()), day.key(), it->spend, it->requests, it->totalTokens});
            if (inWindow)
                window.add(window.projects, it.key(), int(offset), it->spend);
        }
    }

    // Per-model usage: the organization always; keys and projects when the groups name them.
    const auto modelDays = bucketsByDay(snapshot.dailyByModel);
    for (auto day = modelDays.cbegin(); day != modelDays.cend(); ++day) {
        if (usageFrom.isValid() && day.key() < usageFrom)
            continue;
        QMap<QPair<EntityRef::Kind, QPair<QString, QString>>, UsageCounters> perModel;
        for (const UsageBucket* bucket : day.value()) {
            for (const UsageGroup& group : bucket->groups) {
                const QString model = group.values.value(kModelField);
                accumulate(perModel[{EntityRef::Kind::Organization, {QString(), model}}], group.counters);
                const QString keyId = group.values.value(kKeyField);
                if (!keyId.isEmpty())
                    accumulate(perModel[{EntityRef::Kind::Key, {keyId, model}}], group.counters);
                const QString projectId = group.values.value(kProjectField);
                if (!projectId.isEmpty())
                    accumulate(perModel[{EntityRef::Kind::Project, {projectId, model}}], group.counters);
            }
        }
        for (auto it = perModel.cbegin(); it != perModel.cend(); ++it) {
            const EntityRef entity{it.key().first, it.key().second.first};
            rows.models.append({entity, day.key(), it.key().second.second, it->spend, it->requests, it->totalTokens});
        }
    }

    if (!haveAsOf)
        return rows;

    // Entity states and forecasts as of the snapshot.
    const QDate today = rows.syncedAt.date();
    const QList<Money> zeros(window.size);
    Money orgMonthToDate;
    if (!snapshot.dailyByKey.isEmpty()) {
        for (int i = kPreviousDays; i < window.size; ++i)
            orgMonthToDate += window.org[i];
    } else {
        for (const ApiKey& key : snapshot.keys)
            orgMonthToDate += key.spend;
    }
    rows.entities.reserve(snapshot.keys.size() + snapshot.projects.size() + 1);
    rows.forecasts.reserve(snapshot.keys.size() + snapshot.projects.size() + 1);
    auto addForecast = [&](const EntityRef& entity, const QList<Money>& days, Money monthToDate, Limit limit) {
        if (monthToDate.isZero() && !anySpend(days))
            return; // nothing to forecast; keeps idle keys out of the table
        const Forecast f = forecastOf(period, rows.syncedAt, days, monthToDate, limit);
        rows.forecasts.append({entity, today, period, f.endOfMonth, limit});
    };

    rows.entities.append(
        {EntityRef::org(), today, snapshot.organization.name, QString(), QString(), Limit::none(), orgMonthToDate});
    addForecast(EntityRef::org(), window.org, orgMonthToDate, Limit::none());
    for (const Project& project : snapshot.projects) {
        const EntityRef entity = EntityRef::project(project.id);
        rows.entities.append({entity, today, project.name, QString(), QString(), project.limit, project.spend});
        addForecast(entity, window.projects.value(project.id, zeros), project.spend, project.limit);
    }
    for (const ApiKey& key : snapshot.keys) {
        const EntityRef entity = EntityRef::key(key.id);
        rows.entities.append({entity, today, key.name, key.projectId, key.projectName, key.limit, key.spend});
        addForecast(entity, window.keys.value(key.id, zeros), key.spend, key.limit);
    }
    return rows;
}
