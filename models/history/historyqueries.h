#pragma once

#include "forecastaccuracy.h"
#include "historyrows.h"

#include "domain/money.h"
#include "domain/period.h"
#include "store/entityref.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

// The read queries of the history database on one open connection (see HistoryDb for their meaning).
// A failed query logs a warning and answers empty: a chart without history is better than a crash.
class HistoryQueries
{
public:
    explicit HistoryQueries(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QList<Money> dailySpend(const EntityRef& entity, QDate from, QDate to) const;
    QHash<QString, QList<Money>> dailySpendOfAll(EntityRef::Kind kind, QDate from, QDate to) const;
    QList<QPair<QString, Money>> spendByModel(const EntityRef& entity, const Period& month) const;
    Money monthTotal(const EntityRef& entity, const Period& month) const;
    QHash<QString, Money> monthTotals(EntityRef::Kind kind, const Period& month) const;
    QList<HistoryRows::EntityState> entityStates(const Period& month) const;
    ForecastAccuracy forecastAccuracy(const EntityRef& entity, const Period& month) const;
    QList<ForecastAccuracy> forecastAccuracyOfAll(const Period& month) const;
    QDateTime lastSynced() const;
    QDate firstRecordedDay() const;

private:
    QSqlDatabase m_db;
};
