#include "alert.h"

#include <QJsonValue>

namespace {

QString str(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

QString Alert::entityKey(const EntityRef& entity)
{
    switch (entity.kind) {
    case EntityRef::Kind::Organization:
        return QStringLiteral("org");
    case EntityRef::Kind::Project:
        return QStringLiteral("project:") + entity.id;
    case EntityRef::Kind::Key:
        return QStringLiteral("key:") + entity.id;
    }
    return {};
}

std::optional<EntityRef> Alert::entityFromKey(const QString& key)
{
    if (key == QLatin1String("org"))
        return EntityRef::org();
    if (key.startsWith(QLatin1String("project:")) && key.size() > 8)
        return EntityRef::project(key.mid(8));
    if (key.startsWith(QLatin1String("key:")) && key.size() > 4)
        return EntityRef::key(key.mid(4));
    return std::nullopt;
}

QString Alert::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Threshold:
        return str("threshold");
    case Kind::Forecast:
        return str("forecast");
    case Kind::Balance:
        return str("balance");
    case Kind::Budget:
        return str("budget");
    }
    return {};
}

std::optional<Alert::Kind> Alert::kindFromName(const QString& name)
{
    for (Kind k : {Kind::Threshold, Kind::Forecast, Kind::Balance, Kind::Budget}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString Alert::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return str("info");
    case Severity::Warning:
        return str("warning");
    case Severity::Critical:
        return str("critical");
    }
    return {};
}

std::optional<Alert::Severity> Alert::severityFromName(const QString& name)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Critical}) {
        if (severityName(s) == name)
            return s;
    }
    return std::nullopt;
}

Alert::Severity Alert::severityFor(Kind kind, int thresholdPercent)
{
    switch (kind) {
    case Kind::Balance:
        return Severity::Critical;
    case Kind::Forecast:
        return Severity::Warning;
    case Kind::Threshold:
    case Kind::Budget:
        break;
    }
    if (thresholdPercent >= 100)
        return Severity::Critical;
    if (thresholdPercent >= 80)
        return Severity::Warning;
    return Severity::Info;
}

QJsonObject Alert::toJson() const
{
    QJsonObject o;
    o.insert(str("id"), id);
    o.insert(str("time"), time.toUTC().toString(Qt::ISODateWithMs));
    o.insert(str("entity"), entityKey());
    o.insert(str("name"), entityName);
    o.insert(str("kind"), kindName(kind));
    o.insert(str("threshold"), thresholdPercent);
    o.insert(str("spend"), spend.toDecimalString());
    o.insert(str("limit"), limit.toDecimalString());
    if (forecastDate.isValid())
        o.insert(str("forecastDate"), forecastDate.toString(Qt::ISODate));
    o.insert(str("severity"), severityName(severity));
    o.insert(str("message"), message);
    o.insert(str("acknowledged"), acknowledged);
    o.insert(str("suppressed"), suppressed);
    return o;
}

std::optional<Alert> Alert::fromJson(const QJsonObject& o)
{
    Alert a;
    a.id = o.value(str("id")).toString();
    a.time = QDateTime::fromString(o.value(str("time")).toString(), Qt::ISODateWithMs);
    const auto entity = entityFromKey(o.value(str("entity")).toString());
    const auto kind = kindFromName(o.value(str("kind")).toString());
    const auto severity = severityFromName(o.value(str("severity")).toString());
    const auto spend = Money::fromJson(o.value(str("spend")));
    const auto limit = Money::fromJson(o.value(str("limit")));
    if (a.id.isEmpty() || !a.time.isValid() || !entity || !kind || !severity || !spend || !limit)
        return std::nullopt;
    a.time = a.time.toUTC();
    a.entity = *entity;
    a.entityName = o.value(str("name")).toString();
    a.kind = *kind;
    a.thresholdPercent = o.value(str("threshold")).toInt();
    a.spend = *spend;
    a.limit = *limit;
    if (o.contains(str("forecastDate")))
        a.forecastDate = QDate::fromString(o.value(str("forecastDate")).toString(), Qt::ISODate);
    a.severity = *severity;
    a.message = o.value(str("message")).toString();
    a.acknowledged = o.value(str("acknowledged")).toBool();
    a.suppressed = o.value(str("suppressed")).toBool();
    return a;
}
