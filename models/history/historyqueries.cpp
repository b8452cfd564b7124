#include "historyqueries.h"

#include "historylogging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {

qint64 jd(QDate day)
{
    return day.toJulianDay();
}

QDate dayOf(const QVariant& v)
{
    return QDate::fromJulianDay(v.toLongLong());
}

Limit limitOf(const QVariant& v)
{
    return v.isNull() ? Limit::none() : Limit::of(Money::fromMicros(v.toLongLong()));
}

class Query
{
public:
    Query(const QSqlDatabase& db, const QString& sql)
        : m_q(db)
    {
        m_q.setForwardOnly(true);
        m_prepared = m_q.prepare(sql);
    }
    Query& bind(const QVariant& v)
    {
        m_q.addBindValue(v);
        return *this;
    }
    // Executes; logs and answers false on failure.
    bool exec()
    {
        if (m_prepared && m_q.exec())
            return true;
        qCWarning(lcHistory) << "history query failed:" << m_q.lastQuery() << m_q.lastError().text();
        return false;
    }
    bool next() { return m_q.next(); }
    QVariant value(int i) const { return m_q.value(i); }

private:
    QSqlQuery m_q;
    bool m_prepared = false;
};

} // namespace

QList<Money> HistoryQueries::dailySpend(const EntityRef& entity, QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || from > to)
        return {};
    QList<Money> days(from.daysTo(to) + 1);
    Query q(m_db, QStringLiteral("SELECT u.day, u.spend_micros FROM usage_day u JOIN entity e ON e.id = u.entity "
                                 "WHERE e.kind = ? AND e.ext_id = ? AND u.day BETWEEN ? AND ?"));
    q.bind(HistoryRows::kindName(entity.kind)).bind(HistoryRows::idColumn(entity)).bind(jd(from)).bind(jd(to));
    if (!q.exec())
        return days;
    while (q.next()) {
        const qint64 at = from.daysTo(dayOf(q.value(0)));
        if (at >= 0 && at < days.size())
            days[at] = Money::fromMicros(q.value(1).toLongLong());
    }
    return days;
}

QHash<QString, QList<Money>> HistoryQueries::dailySpendOfAll(EntityRef::Kind kind, QDate from, QDate to) const
{
    QHash<QString, QList<Money>> out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    const qint64 size = from.daysTo(to) + 1;
    Query q(m_db, QStringLiteral("SELECT e.ext_id, u.day, u.spend_micros FROM usage_day u JOIN entity e ON e.id = "
                                 "u.entity WHERE e.kind = ? AND u.day BETWEEN ? AND ?"));
    q.bind(HistoryRows::kindName(kind)).bind(jd(from)).bind(jd(to));
    if (!q.exec())
        return out;
    while (q.next()) {
        const qint64 at = from.daysTo(dayOf(q.value(1)));
        if (at < 0 || at >= size)
            continue;
        auto it = out.find(q.value(0).toString());
        if (it == out.end())
            it = out.insert(q.value(0).toString(), QList<Money>(size));
        (*it)[at] = Money::fromMicros(q.value(2).toLongLong());
    }
    return out;
}

QList<QPair<QString, Money>> HistoryQueries::spendByModel(const EntityRef& entity, const Period& month) const
{
    QList<QPair<QString, Money>> out;
    Query q(m_db, QStringLiteral("SELECT m.model, SUM(m.spend_micros) FROM model_day m JOIN entity e ON e.id = "
                                 "m.entity WHERE e.kind = ? AND e.ext_id = ? AND m.day BETWEEN ? AND ? GROUP BY "
                                 "m.model ORDER BY 2 DESC, 1"));
    q.bind(HistoryRows::kindName(entity.kind))
        .bind(HistoryRows::idColumn(entity))
        .bind(jd(month.firstDay()))
        .bind(jd(month.lastDay()));
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), Money::fromMicros(q.value(1).toLongLong())});
    return out;
}

Money HistoryQueries::monthTotal(const EntityRef& entity, const Period& month) const
{
    Query q(m_db, QStringLiteral("SELECT COALESCE(SUM(u.spend_micros), 0) FROM usage_day u JOIN entity e ON e.id = "
                                 "u.entity WHERE e.kind = ? AND e.ext_id = ? AND u.day BETWEEN ? AND ?"));
    q.bind(HistoryRows::kindName(entity.kind))
        .bind(HistoryRows::idColumn(entity))
        .bind(jd(month.firstDay()))
        .bind(jd(month.lastDay()));
    if (!q.exec() || !q.next())
        return Money();
    return Money::fromMicros(q.value(0).toLongLong());
}

QHash<QString, Money> HistoryQueries::monthTotals(EntityRef::Kind kind, const Period& month) const
{
    QHash<QString, Money> out;
    Query q(m_db, QStringLiteral("SELECT e.ext_id, SUM(u.spend_micros) FROM usage_day u JOIN entity e ON e.id = "
                                 "u.entity WHERE e.kind = ? AND u.day BETWEEN ? AND ? GROUP BY u.entity"));
    q.bind(HistoryRows::kindName(kind)).bind(jd(month.firstDay())).bind(jd(month.lastDay()));
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), Money::fromMicros(q.value(1).toLongLong()));
    return out;
}

QList<HistoryRows::EntityState> HistoryQueries::entityStates(const Period& month) const
{
    QList<HistoryRows::EntityState> out;
    Query q(m_db, QStringLiteral("SELECT e.kind, e.ext_id, s.day, s.name, s.project_id, s.project_name, "
                                 "s.limit_micros, s.spend_micros FROM entity_state s JOIN entity e ON e.id = s.entity "
                                 "JOIN (SELECT entity, MAX(day) AS last FROM entity_state WHERE day BETWEEN ? AND ? "
                                 "GROUP BY entity) l ON s.entity = l.entity AND s.day = l.last "
                                 "ORDER BY e.kind, e.ext_id"));
    q.bind(jd(month.firstDay())).bind(jd(month.lastDay()));
    if (!q.exec())
        return out;
    while (q.next()) {
        const auto kind = HistoryRows::kindFromName(q.value(0).toString());
        if (!kind)
            continue;
        out.append({EntityRef{*kind, q.value(1).toString()}, dayOf(q.value(2)), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), limitOf(q.value(6)),
                    Money::fromMicros(q.value(7).toLongLong())});
    }
    return out;
}

ForecastAccuracy HistoryQueries::forecastAccuracy(const EntityRef& entity, const Period& month) const
{
    ForecastAccuracy acc;
    acc.entity = entity;
    acc.month = month;
    acc.actual = monthTotal(entity, month);
    const QDateTime synced = lastSynced();
    acc.complete = synced.isValid() && synced.date() > month.lastDay();
    Query q(m_db, QStringLiteral("SELECT f.made_on, f.forecast_micros, f.limit_micros FROM forecast f JOIN entity e "
                                 "ON e.id = f.entity WHERE e.kind = ? AND e.ext_id = ? AND f.month = ? ORDER BY "
                                 "f.made_on"));
    q.bind(HistoryRows::kindName(entity.kind)).bind(HistoryRows::idColumn(entity)).bind(month.isoMonth());
    if (q.exec()) {
        while (q.next())
            acc.forecasts.append(
                {dayOf(q.value(0)), Money::fromMicros(q.value(1).toLongLong()), limitOf(q.value(2)), Money(), -1});
    }
    acc.computeErrors();
    return acc;
}

QList<ForecastAccuracy> HistoryQueries::forecastAccuracyOfAll(const Period& month) const
{
    const QDateTime synced = lastSynced();
    const bool complete = synced.isValid() && synced.date() > month.lastDay();
    QHash<QString, Money> totals[3];
    for (EntityRef::Kind kind : {EntityRef::Kind::Organization, EntityRef::Kind::Project, EntityRef::Kind::Key})
        totals[int(kind)] = monthTotals(kind, month);

    QList<ForecastAccuracy> out;
    Query q(m_db, QStringLiteral("SELECT e.kind, e.ext_id, f.made_on, f.forecast_micros, f.limit_micros FROM "
                                 "forecast f JOIN entity e ON e.id = f.entity WHERE f.month = ? ORDER BY e.kind, "
                                 "e.ext_id, f.made_on"));
    q.bind(month.isoMonth());
    if (!q.exec())
        return out;
    while (q.next()) {
        const auto kind = HistoryRows::kindFromName(q.value(0).toString());
        if (!kind)
            continue;
        const EntityRef entity{*kind, q.value(1).toString()};
        if (out.isEmpty() || out.last().entity != entity) {
            ForecastAccuracy acc;
            acc.entity = entity;
            acc.month = month;
            acc.actual = totals[int(*kind)].value(entity.id);
            acc.complete = complete;
            out.append(acc);
        }
        out.last().forecasts.append(
            {dayOf(q.value(2)), Money::fromMicros(q.value(3).toLongLong()), limitOf(q.value(4)), Money(), -1});
    }
    for (ForecastAccuracy& acc : out)
        acc.computeErrors();
    return out;
}

QDateTime HistoryQueries::lastSynced() const
{
    Query q(m_db, QStringLiteral("SELECT last_synced_ms FROM sync WHERE id = 1"));
    if (!q.exec() || !q.next())
        return {};
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone::utc());
}

QDate HistoryQueries::firstRecordedDay() const
{
    Query q(m_db, QStringLiteral("SELECT MIN(day) FROM usage_day"));
    if (!q.exec() || !q.next() || q.value(0).isNull()) // MIN of no rows is NULL
        return {};
    return dayOf(q.value(0));
}
