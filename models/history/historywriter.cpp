#include "historywriter.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant limitValue(const Limit& limit)
{
    return limit.hasLimit() ? QVariant(limit.amount().micros()) : QVariant(QMetaType::fromType<qint64>());
}

// Text columns are NOT NULL: a null QString would bind as NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

class Statement
{
public:
    Statement(const QSqlDatabase& db, const QString& sql)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_ok = m_query.prepare(sql);
    }
    bool ok(QSqlError* error) const
    {
        if (!m_ok)
            *error = m_query.lastError();
        return m_ok;
    }
    Statement& bind(int i, const QVariant& v)
    {
        m_query.bindValue(i, v);
        return *this;
    }
    bool exec(QSqlError* error)
    {
        if (m_query.exec())
            return true;
        *error = m_query.lastError();
        return false;
    }
    QSqlQuery& query() { return m_query; }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

// The integer ids of entities (table `entity`), loaded once per write and extended as new ones appear.
class EntityIds
{
public:
    explicit EntityIds(const QSqlDatabase& db)
        : m_insert(db, QStringLiteral("INSERT INTO entity (kind, ext_id) VALUES (?, ?)"))
        , m_db(db)
    {}

    bool load(QSqlError* error)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, kind, ext_id FROM entity"))) {
            *error = q.lastError();
            return false;
        }
        while (q.next()) {
            if (const auto kind = HistoryRows::kindFromName(q.value(1).toString()))
                m_ids[int(*kind)].insert(q.value(2).toString(), q.value(0).toLongLong());
        }
        return m_insert.ok(error);
    }

    // 0 on failure (SQLite rowids start at 1).
    qint64 idOf(const EntityRef& entity, QSqlError* error)
    {
        QHash<QString, qint64>& ids = m_ids[int(entity.kind)];
        const QString ext = HistoryRows::idColumn(entity);
        const auto it = ids.constFind(ext);
        if (it != ids.cend())
            return *it;
        m_insert.bind(0, HistoryRows::kindName(entity.kind)).bind(1, ext);
        if (!m_insert.exec(error))
            return 0;
        const qint64 id = m_insert.query().lastInsertId().toLongLong();
        ids.insert(ext, id);
        return id;
    }

private:
    Statement m_insert;
    QSqlDatabase m_db;
    QHash<QString, qint64> m_ids[3];
};

} // namespace

bool HistoryWriter::write(const HistoryRows& rows, QString* errorText)
{
    m_lastError = QSqlError();
    QSqlError* error = &m_lastError;
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError();
        if (errorText)
            *errorText = m_lastError.text();
        return false;
    }
    bool ok = true;
    {
        // Unchanged usage rows are found but not rewritten (most of a snapshot repeats the previous one).
        Statement usage(m_db, QStringLiteral("INSERT INTO usage_day (entity, day, spend_micros, requests, tokens) "
                                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, day) DO UPDATE SET "
                                             "spend_micros = excluded.spend_micros, requests = excluded.requests, "
                                             "tokens = excluded.tokens WHERE spend_micros <> excluded.spend_micros "
                                             "OR requests <> excluded.requests OR tokens <> excluded.tokens"));
        Statement models(m_db, QStringLiteral("INSERT INTO model_day (entity, day, model, spend_micros, requests, "
                                              "tokens) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, day, model) DO "
                                              "UPDATE SET spend_micros = excluded.spend_micros, requests = "
                                              "excluded.requests, tokens = excluded.tokens WHERE spend_micros <> "
                                              "excluded.spend_micros OR requests <> excluded.requests OR tokens <> "
                                              "excluded.tokens"));
        Statement entities(m_db, QStringLiteral("INSERT INTO entity_state (entity, day, name, project_id, "
                                                "project_name, limit_micros, spend_micros) VALUES (?, ?, ?, ?, ?, ?, "
                                                "?) ON CONFLICT (entity, day) DO UPDATE SET name = excluded.name, "
                                                "project_id = excluded.project_id, project_name = "
                                                "excluded.project_name, limit_micros = excluded.limit_micros, "
                                                "spend_micros = excluded.spend_micros"));
        Statement forecasts(m_db, QStringLiteral("INSERT INTO forecast (entity, made_on, month, forecast_micros, "
                                                 "limit_micros) VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, made_on) "
                                                 "DO UPDATE SET month = excluded.month, forecast_micros = "
                                                 "excluded.forecast_micros, limit_micros = excluded.limit_micros"));
        Statement sync(m_db, QStringLiteral("INSERT INTO sync (id, last_synced_ms) VALUES (1, ?) ON CONFLICT (id) "
                                            "DO UPDATE SET last_synced_ms = MAX(last_synced_ms, "
                                            "excluded.last_synced_ms)"));
        EntityIds ids(m_db);
        ok = usage.ok(error) && models.ok(error) && entities.ok(error) && forecasts.ok(error) && sync.ok(error) &&
             ids.load(error);

        for (qsizetype i = 0; ok && i < rows.usage.size(); ++i) {
            const HistoryRows::Usage& r = rows.usage[i];
            const qint64 id = ids.idOf(r.entity, error);
            ok = id != 0 && usage.bind(0, id)
                                .bind(1, r.day.toJulianDay())
                                .bind(2, r.spend.micros())
                                .bind(3, r.requests)
                                .bind(4, r.tokens)
                                .exec(error);
        }
        for (qsizetype i = 0; ok && i < rows.models.size(); ++i) {
            const HistoryRows::ModelUsage& r = rows.models[i];
            const qint64 id = ids.idOf(r.entity, error);
            ok = id != 0 && models.bind(0, id)
                                .bind(1, r.day.toJulianDay())
                                .bind(2, text(r.model))
                                .bind(3, r.spend.micros())
                                .bind(4, r.requests)
                                .bind(5, r.tokens)
                                .exec(error);
        }
        for (qsizetype i = 0; ok && i < rows.entities.size(); ++i) {
            const HistoryRows::EntityState& r = rows.entities[i];
            const qint64 id = ids.idOf(r.entity, error);
            ok = id != 0 && entities.bind(0, id)
                                .bind(1, r.day.toJulianDay())
                                .bind(2, text(r.name))
                                .bind(3, text(r.projectId))
                                .bind(4, text(r.projectName))
                                .bind(5, limitValue(r.limit))
                                .bind(6, r.spend.micros())
                                .exec(error);
        }
        for (qsizetype i = 0; ok && i < rows.forecasts.size(); ++i) {
            const HistoryRows::ForecastMade& r = rows.forecasts[i];
            const qint64 id = ids.idOf(r.entity, error);
            ok = id != 0 && forecasts.bind(0, id)
                                .bind(1, r.madeOn.toJulianDay())
                                .bind(2, r.month.isoMonth())
                                .bind(3, r.endOfMonth.micros())
                                .bind(4, limitValue(r.limit))
                                .exec(error);
        }
        if (ok && rows.syncedAt.isValid())
            ok = sync.bind(0, rows.syncedAt.toMSecsSinceEpoch()).exec(error);
    }
    if (ok && m_db.commit())
        return true;
    if (ok)
        m_lastError = m_db.lastError();
    m_db.rollback();
    if (errorText)
        *errorText = m_lastError.text();
    return false;
}
