#include "historyschema.h"

#include "historylogging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

int HistorySchema::version(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool HistorySchema::run(QSqlDatabase& db, const QStringList& statements, QString* error)
{
    QSqlQuery q(db);
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool HistorySchema::createVersion1(QSqlDatabase& db, QString* error)
{
    // Days are ISO dates ("2026-11-05", UTC); amounts are integer micro-dollars; NULL limit = no limit.
    return run(db,
               {QStringLiteral("CREATE TABLE daily_usage (entity_kind TEXT NOT NULL, entity_id TEXT NOT NULL, "
                               "day TEXT NOT NULL, spend_micros INTEGER NOT NULL, requests INTEGER NOT NULL "
                               "DEFAULT 0, PRIMARY KEY (entity_kind, entity_id, day)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE model_usage (entity_kind TEXT NOT NULL, entity_id TEXT NOT NULL, "
                               "day TEXT NOT NULL, model TEXT NOT NULL, spend_micros INTEGER NOT NULL, "
                               "requests INTEGER NOT NULL DEFAULT 0, "
                               "PRIMARY KEY (entity_kind, entity_id, day, model)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE entity_snapshot (entity_kind TEXT NOT NULL, entity_id TEXT NOT NULL, "
                               "day TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', project_id TEXT NOT NULL "
                               "DEFAULT '', project_name TEXT NOT NULL DEFAULT '', limit_micros INTEGER, "
                               "spend_micros INTEGER NOT NULL, PRIMARY KEY (entity_kind, entity_id, day)) "
                               "WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE sync (id INTEGER PRIMARY KEY CHECK (id = 1), "
                               "last_synced_ms INTEGER NOT NULL)"),
                QStringLiteral("PRAGMA user_version = 1")},
               error);
}

bool HistorySchema::migrateTo2(QSqlDatabase& db, QString* error)
{
    // Version 2 keeps token counts and the forecasts made each day, and stores entities once: usage rows
    // refer to them by integer and days are Julian day numbers, which makes a year of 10 000 keys about
    // four times smaller than version 1's text keys (and its integrity check as much faster).
    const QString jd = QStringLiteral("CAST(julianday(%1) + 0.5 AS INTEGER)");
    const QString entityOf = QStringLiteral("(SELECT id FROM entity WHERE kind = %1.entity_kind AND ext_id = "
                                            "%1.entity_id)");
    return run(
        db,
        {QStringLiteral("CREATE TABLE entity (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, ext_id TEXT NOT NULL, "
                        "UNIQUE (kind, ext_id))"),
         QStringLiteral("INSERT INTO entity (kind, ext_id) SELECT entity_kind, entity_id FROM daily_usage UNION "
                        "SELECT entity_kind, entity_id FROM model_usage UNION SELECT entity_kind, entity_id FROM "
                        "entity_snapshot"),
         QStringLiteral("CREATE TABLE usage_day (entity INTEGER NOT NULL, day INTEGER NOT NULL, spend_micros "
                        "INTEGER NOT NULL, requests INTEGER NOT NULL DEFAULT 0, tokens INTEGER NOT NULL DEFAULT 0, "
                        "PRIMARY KEY (entity, day)) WITHOUT ROWID"),
         QStringLiteral("INSERT INTO usage_day (entity, day, spend_micros, requests) SELECT %1, %2, spend_micros, "
                        "requests FROM daily_usage u")
             .arg(entityOf.arg(QLatin1String("u")), jd.arg(QStringLiteral("u.day"))),
         QStringLiteral("CREATE INDEX usage_day_by_day ON usage_day (day)"),
         QStringLiteral("CREATE TABLE model_day (entity INTEGER NOT NULL, day INTEGER NOT NULL, model TEXT NOT NULL, "
                        "spend_micros INTEGER NOT NULL, requests INTEGER NOT NULL DEFAULT 0, tokens INTEGER NOT NULL "
                        "DEFAULT 0, PRIMARY KEY (entity, day, model)) WITHOUT ROWID"),
         QStringLiteral("INSERT INTO model_day (entity, day, model, spend_micros, requests) SELECT %1, %2, model, "
                        "spend_micros, requests FROM model_usage m")
             .arg(entityOf.arg(QLatin1String("m")), jd.arg(QStringLiteral("m.day"))),
         QStringLiteral("CREATE TABLE entity_state (entity INTEGER NOT NULL, day INTEGER NOT NULL, name TEXT NOT NULL "
                        "DEFAULT '', project_id TEXT NOT NULL DEFAULT '', project_name TEXT NOT NULL DEFAULT '', "
                        "limit_micros INTEGER, spend_micros INTEGER NOT NULL, PRIMARY KEY (entity, day)) "
                        "WITHOUT ROWID"),
         QStringLiteral("INSERT INTO entity_state SELECT %1, %2, name, project_id, project_name, limit_micros, "
                        "spend_micros FROM entity_snapshot s")
             .arg(entityOf.arg(QLatin1String("s")), jd.arg(QStringLiteral("s.day"))),
         QStringLiteral("CREATE TABLE forecast (entity INTEGER NOT NULL, made_on INTEGER NOT NULL, month TEXT NOT "
                        "NULL, forecast_micros INTEGER NOT NULL, limit_micros INTEGER, PRIMARY KEY (entity, made_on)) "
                        "WITHOUT ROWID"),
         QStringLiteral("CREATE INDEX forecast_by_month ON forecast (month)"), QStringLiteral("DROP TABLE daily_usage"),
         QStringLiteral("DROP TABLE model_usage"), QStringLiteral("DROP TABLE entity_snapshot"),
         QStringLiteral("PRAGMA user_version = 2")},
        error);
}

bool HistorySchema::migrate(QSqlDatabase& db, QString* error)
{
    QString why;
    int from = version(db, &why);
    if (from < 0) {
        if (error)
            *error = tr("The history database cannot be read: %1").arg(why);
        return false;
    }
    if (from > kCurrentVersion) {
        if (error)
            *error = tr("The history database was written by a newer version of Spendboard (schema %1; this "
                        "version reads up to %2).")
                         .arg(from)
                         .arg(kCurrentVersion);
        return false;
    }
    while (from < kCurrentVersion) {
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        const bool ok = from == 0 ? createVersion1(db, &why) : migrateTo2(db, &why);
        if (!ok || !db.commit()) {
            if (why.isEmpty())
                why = db.lastError().text();
            db.rollback();
            if (error)
                *error = tr("The history database could not be upgraded from schema %1: %2").arg(from).arg(why);
            return false;
        }
        qCInfo(lcHistory) << "history schema migrated from" << from << "to" << from + 1;
        ++from;
    }
    return true;
}
