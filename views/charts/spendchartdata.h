#pragma once

#include "domain/forecast.h"
#include "domain/money.h"
#include "domain/period.h"

#include <QDateTime>
#include <QList>
#include <QPointF>

#include <optional>

class OrgStore;
struct EntityRef;

// What the cumulative spend chart shows for one entity: exact amounts plus their chart coordinates
// (x = ms since epoch, y = dollars as double for drawing only).
struct SpendChartData
{
    Period period;
    QDateTime now;               // the instant of the last point (when the server answered)
    QList<QDateTime> pointTimes; // cumulative points: month start, each day end, now
    QList<Money> pointAmounts;   // exact cumulative spend at those instants
    Limit limit;
    std::optional<Forecast> forecast; // only for the current month with data

    bool isEmpty() const { return pointTimes.isEmpty(); }
    Money monthToDate() const { return pointAmounts.isEmpty() ? Money() : pointAmounts.last(); }

    QList<QPointF> cumulativePoints() const;
    // The largest amount the chart must show (spend, forecast high, limit).
    Money peak() const;

    // Built from the store's derived series for the entity.
    static SpendChartData fromStore(const OrgStore& store, const EntityRef& entity);
    // Cumulative points from daily spend (index 0 = the 1st) ending at `monthToDate` at `now`. The
    // running sum never exceeds monthToDate, so the line stays monotone when the two sources differ.
    static SpendChartData build(const Period& period, const QDateTime& now, const QList<Money>& daily,
                                Money monthToDate, Limit limit, std::optional<Forecast> forecast);
};
