#include "spendchartdata.h"

#include "store/orgstore.h"

QList<QPointF> SpendChartData::cumulativePoints() const
{
    QList<QPointF> out;
    out.reserve(pointTimes.size());
    for (qsizetype i = 0; i < pointTimes.size(); ++i)
        out.append(QPointF(double(pointTimes[i].toMSecsSinceEpoch()), pointAmounts[i].toDollarsForDisplay()));
    return out;
}

Money SpendChartData::peak() const
{
    Money m = monthToDate();
    if (forecast) {
        m = std::max(m, forecast->high);
        m = std::max(m, forecast->endOfMonth);
    }
    if (limit.hasLimit())
        m = std::max(m, limit.amount());
    return m;
}

SpendChartData SpendChartData::build(const Period& period, const QDateTime& now, const QList<Money>& daily,
                                     Money monthToDate, Limit limit, std::optional<Forecast> forecast)
{
    SpendChartData d;
    d.period = period;
    d.limit = limit;
    d.forecast = forecast;
    if (!period.isValid() || !now.isValid())
        return d;
    const QDateTime start = period.startUtc();
    const QDateTime last = std::clamp(now.toUTC(), start, period.endUtc());
    d.now = last;
    d.pointTimes.append(start);
    d.pointAmounts.append(Money());
    const int today = period.dayIndex(last); // 1-based
    Money running;
    for (int i = 0; i < today - 1 && i < daily.size(); ++i) {
        running += daily[i];
        d.pointTimes.append(start.addDays(i + 1));
        d.pointAmounts.append(std::min(running, monthToDate));
    }
    if (last > d.pointTimes.last()) {
        d.pointTimes.append(last);
        d.pointAmounts.append(monthToDate);
    } else {
        d.pointAmounts.last() = monthToDate;
    }
    return d;
}

SpendChartData SpendChartData::fromStore(const OrgStore& store, const EntityRef& entity)
{
    if (!store.hasData())
        return SpendChartData{store.currentPeriod(), {}, {}, {}, store.limitOf(entity), std::nullopt};
    const Period period = store.currentPeriod();
    QDateTime now = store.lastSuccess();
    if (!period.contains(now))
        now = store.clock().nowUtc();
    return build(period, now, store.dailySpend(entity), store.monthToDate(entity), store.limitOf(entity),
                 store.forecast(entity));
}
