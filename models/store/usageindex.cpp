#include "usageindex.h"

#include "domain/digest.h"

#include <algorithm>

namespace {

const QString kKeyField = QStringLiteral("api_key_id");
const QString kProjectField = QStringLiteral("project_id");
const QString kModelField = QStringLiteral("model_used");

} // namespace

void UsageIndex::addAt(QHash<QString, Days>& hash, const QString& id, int day, int dayCount, Money spend)
{
    auto it = hash.find(id);
    if (it == hash.end())
        it = hash.insert(id, Days{QList<Money>(dayCount), 0});
    it->money[day] += spend;
}

quint64 UsageIndex::digestOf(const QList<Money>& days)
{
    static_assert(sizeof(Money) == sizeof(qint64), "a window is digested as its bytes");
    return Digest().addBytes(days.constData(), days.size() * qsizetype(sizeof(Money))).value();
}

UsageIndex UsageIndex::build(const OrgSnapshot& snapshot, const QDateTime& asOf)
{
    UsageIndex index;
    index.m_period = Period::containing(asOf);
    index.m_firstDay = index.m_period.firstDay().addDays(-kPreviousDays);
    index.m_dayCount = kPreviousDays + index.m_period.dayIndex(asOf);
    index.m_org.money = QList<Money>(index.m_dayCount);
    index.m_zeros.money = QList<Money>(index.m_dayCount);
    index.m_keys.reserve(snapshot.keys.size());

    for (const UsageBucket& bucket : snapshot.dailyByKey) {
        const int day = index.dayOffset(bucket.start);
        if (day < 0)
            continue;
        index.m_org.money[day] += bucket.totals.spend;
        for (const UsageGroup& group : bucket.groups) {
            const QString keyId = group.values.value(kKeyField);
            if (!keyId.isEmpty())
                addAt(index.m_keys, keyId, day, index.m_dayCount, group.counters.spend);
            const QString projectId = group.values.value(kProjectField);
            if (!projectId.isEmpty())
                addAt(index.m_projects, projectId, day, index.m_dayCount, group.counters.spend);
        }
    }

    for (QHash<QString, Days>* hash : {&index.m_keys, &index.m_projects})
        for (Days& d : *hash)
            d.digest = digestOf(d.money);
    index.m_org.digest = digestOf(index.m_org.money);
    index.m_zeros.digest = digestOf(index.m_zeros.money);

    QHash<QString, Money> models;
    for (const UsageBucket& bucket : snapshot.dailyByModel) {
        if (!index.m_period.contains(bucket.start.toUTC()))
            continue;
        for (const UsageGroup& group : bucket.groups)
            models[group.values.value(kModelField)] += group.counters.spend;
    }
    index.m_orgModels.reserve(models.size());
    for (auto it = models.cbegin(); it != models.cend(); ++it)
        index.m_orgModels.append({it.key(), it.value()});
    std::sort(index.m_orgModels.begin(), index.m_orgModels.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return index;
}

int UsageIndex::dayOffset(const QDateTime& bucketStart) const
{
    const qint64 day = m_firstDay.daysTo(bucketStart.toUTC().date());
    return day >= 0 && day < m_dayCount ? int(day) : -1;
}

const UsageIndex::Days& UsageIndex::days(const EntityRef& e) const
{
    const QHash<QString, Days>* hash = nullptr;
    switch (e.kind) {
    case EntityRef::Kind::Organization:
        return m_org;
    case EntityRef::Kind::Project:
        hash = &m_projects;
        break;
    case EntityRef::Kind::Key:
        hash = &m_keys;
        break;
    }
    if (hash) {
        const auto it = hash->constFind(e.id);
        if (it != hash->cend())
            return *it;
    }
    return m_zeros;
}

QList<Money> UsageIndex::window(const EntityRef& e) const
{
    return days(e).money;
}

Forecast UsageIndex::forecast(const EntityRef& e, Money monthToDate, Limit limit, const QDateTime& asOf) const
{
    const QList<Money> days = window(e);
    ForecastInput in;
    in.period = m_period;
    in.nowUtc = asOf;
    in.monthToDate = monthToDate;
    in.dailySpend = days.mid(kPreviousDays);
    in.previousDays = days.mid(0, kPreviousDays);
    in.limit = limit;
    return computeForecast(in);
}
