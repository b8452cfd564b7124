#pragma once

#include "store/entityref.h"

#include "domain/forecast.h"
#include "domain/money.h"
#include "domain/period.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointF>
#include <QPointer>

class OrgStore;

// Chart data for one entity, built from OrgStore in bulk (for QXYSeries::replace): x is milliseconds
// since the epoch (UTC), y is dollars for display (the exact amounts ride along as Money).
// Rebuilt when the snapshot changes; changed() then tells the chart.
class SpendSeries final : public QObject
{
    Q_OBJECT
public:
    struct Data
    {
        EntityRef entity;
        QString name;
        Period period;
        QDateTime asOf;
        Money monthToDate;
        // Month to date: (month start, 0), then one point per day at the end of that day (today: asOf).
        QList<QPointF> cumulative;
        // One bucket per day of the month up to today, x = start of the day.
        QList<QPointF> daily;
        QList<Money> dailyExact;
        QList<QPair<QString, Money>> byModel; // descending; organization only
        Limit limit;
        QList<QPointF> limitLine; // month start -> month end at the limit; empty without a limit
        Forecast forecast;
        QList<QPointF> forecastLine; // (asOf, month to date) -> (month end, expected)
        QList<QPointF> forecastLow;  // same start -> (month end, low)
        QList<QPointF> forecastHigh; // same start -> (month end, high)
    };

    struct TopKey
    {
        QString id;
        QString name;
        Money spend;
        Limit limit;
        qint64 progress = -1; // basis points of the limit, -1 = no limit
    };

    explicit SpendSeries(OrgStore* store, QObject* parent = nullptr);
    ~SpendSeries() override;

    void setEntity(const EntityRef& entity);
    EntityRef entity() const { return m_entity; }
    const Data& data() const { return m_data; }

    static Data build(const OrgStore& store, const EntityRef& entity);
    // The same from spend per day of `period` (index 0 = the 1st, up to asOf's day) and a forecast made
    // elsewhere (the local history while offline).
    static Data fromDays(const EntityRef& entity, const QString& name, const Period& period, const QDateTime& asOf,
                         const QList<Money>& daily, Limit limit, const Forecast& forecast);
    // The n keys with the highest spend this month (ties by name), with their share of their limit.
    static QList<TopKey> topKeys(const OrgStore& store, int n);

signals:
    void changed();

private:
    void rebuild();

    QPointer<OrgStore> m_store;
    EntityRef m_entity;
    Data m_data;
};
