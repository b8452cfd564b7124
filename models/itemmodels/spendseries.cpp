#include "spendseries.h"

#include "spendstatus.h"

#include "store/orgstore.h"

#include <algorithm>

SpendSeries::SpendSeries(OrgStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    connect(store, &OrgStore::snapshotChanged, this, &SpendSeries::rebuild);
    rebuild();
}

SpendSeries::~SpendSeries() = default;

void SpendSeries::setEntity(const EntityRef& entity)
{
    if (entity == m_entity)
        return;
    m_entity = entity;
    rebuild();
}

void SpendSeries::rebuild()
{
    if (!m_store)
        return;
    m_data = build(*m_store, m_entity);
    emit changed();
}

SpendSeries::Data SpendSeries::build(const OrgStore& store, const EntityRef& entity)
{
    Data d = fromDays(entity, store.entityName(entity), store.currentPeriod(), store.asOf(), store.dailySpend(entity),
                      store.limitOf(entity), store.forecast(entity));
    d.monthToDate = store.monthToDate(entity);
    d.byModel = store.spendByModel(entity);
    const QPointF now(double(d.asOf.toMSecsSinceEpoch()), d.monthToDate.toDollarsForDisplay());
    d.forecastLine.first() = now;
    d.forecastLow.first() = now;
    d.forecastHigh.first() = now;
    return d;
}

SpendSeries::Data SpendSeries::fromDays(const EntityRef& entity, const QString& name, const Period& period,
                                        const QDateTime& asOf, const QList<Money>& daily, Limit limit,
                                        const Forecast& forecast)
{
    Data d;
    d.entity = entity;
    d.name = name;
    d.asOf = asOf;
    d.period = period;
    d.limit = limit;
    d.forecast = forecast;

    const qint64 monthStart = d.period.startUtc().toMSecsSinceEpoch();
    const qint64 monthEnd = d.period.endUtc().toMSecsSinceEpoch();
    const qint64 asOfMs = d.asOf.toMSecsSinceEpoch();
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;

    d.dailyExact = daily;
    d.cumulative.reserve(d.dailyExact.size() + 1);
    d.daily.reserve(d.dailyExact.size());
    d.cumulative.append(QPointF(double(monthStart), 0.0));
    Money running;
    for (int i = 0; i < d.dailyExact.size(); ++i) {
        const qint64 dayStart = monthStart + i * kDayMs;
        running += d.dailyExact.at(i);
        d.daily.append(QPointF(double(dayStart), d.dailyExact.at(i).toDollarsForDisplay()));
        const qint64 x = std::min(dayStart + kDayMs, std::max(asOfMs, dayStart));
        d.cumulative.append(QPointF(double(x), running.toDollarsForDisplay()));
    }
    d.monthToDate = running;

    if (d.limit.hasLimit()) {
        const double y = d.limit.amount().toDollarsForDisplay();
        d.limitLine = {QPointF(double(monthStart), y), QPointF(double(monthEnd), y)};
    }
    const QPointF now(double(asOfMs), d.monthToDate.toDollarsForDisplay());
    d.forecastLine = {now, QPointF(double(monthEnd), d.forecast.endOfMonth.toDollarsForDisplay())};
    d.forecastLow = {now, QPointF(double(monthEnd), d.forecast.low.toDollarsForDisplay())};
    d.forecastHigh = {now, QPointF(double(monthEnd), d.forecast.high.toDollarsForDisplay())};
    return d;
}

QList<SpendSeries::TopKey> SpendSeries::topKeys(const OrgStore& store, int n)
{
    QList<const ApiKey*> keys;
    keys.reserve(store.keys().size());
    for (const ApiKey& k : store.keys())
        keys.append(&k);
    const auto count = std::clamp<qsizetype>(n, 0, keys.size());
    std::partial_sort(keys.begin(), keys.begin() + count, keys.end(), [](const ApiKey* a, const ApiKey* b) {
        return a->spend != b->spend ? a->spend > b->spend : a->name < b->name;
    });
    QList<TopKey> out;
    out.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const ApiKey* k = keys.at(i);
        out.append({k->id, k->name, k->spend, k->limit, SpendStatus::progress(k->limit, k->spend)});
    }
    return out;
}
