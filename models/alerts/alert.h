#pragma once

#include "domain/money.h"
#include "store/entityref.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// One alert the engine raised: what crossed what, when, and the text shown to the user.
struct Alert
{
    enum class Kind { Threshold, Forecast, Balance, Budget };
    enum class Severity { Info, Warning, Critical };

    QString id;     // unique (UUID)
    QDateTime time; // UTC, the evaluation time that raised it
    EntityRef entity;
    QString entityName; // display name at the time of the alert
    Kind kind = Kind::Threshold;
    int thresholdPercent = 0; // Threshold/Budget: the threshold crossed; Forecast: 100; Balance: 0
    // Threshold/Budget/Forecast: month-to-date spend and the monthly limit (or budget).
    // Balance: spend = the organization balance, limit = the floor it fell below.
    Money spend;
    Money limit;
    QDate forecastDate; // when the limit is projected to be reached; invalid = none
    Severity severity = Severity::Info;
    QString message; // translated at the time the alert was raised
    bool acknowledged = false;
    // Raised while the entity was snoozed or muted or alerts were paused: recorded in the history,
    // never shown as a tray message.
    bool suppressed = false;

    // "org", "project:<id>", "key:<id>": the stable key of an entity in state files and exports.
    static QString entityKey(const EntityRef& entity);
    static std::optional<EntityRef> entityFromKey(const QString& key);
    static QString kindName(Kind kind); // "threshold", "forecast", "balance", "budget"
    static std::optional<Kind> kindFromName(const QString& name);
    static QString severityName(Severity severity); // "info", "warning", "critical"
    static std::optional<Severity> severityFromName(const QString& name);
    // Info below 80 %, Warning from 80 % and for forecasts, Critical from 100 % and for the balance.
    static Severity severityFor(Kind kind, int thresholdPercent);

    QString entityKey() const { return entityKey(entity); }

    QJsonObject toJson() const;
    // nullopt when a required field is missing or malformed.
    static std::optional<Alert> fromJson(const QJsonObject& object);

    bool operator==(const Alert& o) const
    {
        return id == o.id && time == o.time && entity == o.entity && entityName == o.entityName && kind == o.kind &&
               thresholdPercent == o.thresholdPercent && spend == o.spend && limit == o.limit &&
               forecastDate == o.forecastDate && severity == o.severity && message == o.message &&
               acknowledged == o.acknowledged && suppressed == o.suppressed;
    }
    bool operator!=(const Alert& o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(Alert)
