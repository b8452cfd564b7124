#pragma once

#include "domain/money.h"
#include "domain/period.h"
#include "store/entityref.h"
#include "store/orgsnapshot.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One snapshot flattened into the rows the history database stores. Pure (no database), so the
// grouping is testable on its own and can run on a worker thread.
class HistoryRows
{
public:
    // Usage of one entity on one UTC day (daily_usage).
    struct Usage
    {
        EntityRef entity;
        QDate day;
        Money spend;
        qint64 requests = 0;
        qint64 tokens = 0;
    };
    // Usage of one entity and model on one UTC day (model_usage).
    struct ModelUsage
    {
        EntityRef entity;
        QDate day;
        QString model;
        Money spend;
        qint64 requests = 0;
        qint64 tokens = 0;
    };
    // The state of an entity on the day of the snapshot (entity_snapshot), for month close.
    struct EntityState
    {
        EntityRef entity;
        QDate day;
        QString name;
        QString projectId;
        QString projectName;
        Limit limit;
        Money spend; // month to date
    };
    // The end-of-month forecast made on `madeOn` (forecast), to measure its accuracy later.
    struct ForecastMade
    {
        EntityRef entity;
        QDate madeOn;
        Period month;
        Money endOfMonth;
        Limit limit;
    };

    // `usageFrom`: leave out the usage and model rows of earlier days (already recorded); the entity
    // states and forecasts still use every day. Invalid = all days.
    static HistoryRows fromSnapshot(const OrgSnapshot& snapshot, const QDate& usageFrom = QDate());

    // Stable names of entity kinds in the database: "org", "project", "key".
    static QString kindName(EntityRef::Kind kind);
    static std::optional<EntityRef::Kind> kindFromName(const QString& name);
    // The id column: never NULL (the organization's id is the empty string).
    static QString idColumn(const EntityRef& entity) { return entity.id.isNull() ? QStringLiteral("") : entity.id; }

    QList<Usage> usage;
    QList<ModelUsage> models;
    QList<EntityState> entities;
    QList<ForecastMade> forecasts;
    QDateTime syncedAt; // the snapshot's fetchedAt (UTC); invalid = unknown

    int rowCount() const { return int(usage.size() + models.size() + entities.size() + forecasts.size()); }
};
