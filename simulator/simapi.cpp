#include "simapi.h"

#include "simclock.h"
#include "simgenerator.h"
#include "simjson.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace {
bool parseAccess(const QJsonValue& value, SimOrganization::Access* access)
{
    const QString text = value.toString();
    if (!value.isString())
        return false;
    if (text == QLatin1String("none"))
        *access = SimOrganization::Access::None;
    else if (text == QLatin1String("read"))
        *access = SimOrganization::Access::Read;
    else if (text == QLatin1String("write"))
        *access = SimOrganization::Access::Write;
    else
        return false;
    return true;
}

bool parseLabels(const QJsonValue& value, QMap<QString, QString>* labels)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString() || it.key().isEmpty())
            return false;
        labels->insert(it.key(), it.value().toString());
    }
    return true;
}

QByteArray newSecret()
{
    QByteArray secret = QByteArrayLiteral("sim-key-");
    for (int i = 0; i < 5; ++i)
        secret += QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
    return secret.left(8 + 48);
}
} // namespace

SimApi::SimApi(SimOrganization& org, SimClock& clock, Simulator::MoneyForm form)
    : m_org(org)
    , m_clock(clock)
    , m_encoder(org, form)
    , m_usage(org, m_encoder)
{}

void SimApi::sync()
{
    m_org.advanceTo(m_clock.nowSecs());
}

int SimApi::authenticate(const QHttpServerRequest& request, Need need, const QString& target, SimReply* reply) const
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray scheme = header.left(7).toLower();
    const QByteArray token = scheme == "bearer " ? header.mid(7).trimmed() : QByteArray();
    if (token.isEmpty()) {
        *reply =
            SimReply::error(401, QStringLiteral("Missing or empty Authorization header (expected: Bearer <api key>)"));
        return -1;
    }
    const int caller = m_org.findKeyBySecret(token);
    if (!m_org.isUsable(caller)) {
        *reply = SimReply::error(403, QStringLiteral("Invalid API key"));
        return -1;
    }
    if (!target.isEmpty() && resolveKey(caller, target) == caller)
        need = Need::Any;
    const SimOrganization::Access manage = m_org.key(caller).manage;
    if (need == Need::Read && manage == SimOrganization::Access::None) {
        *reply = SimReply::error(403, QStringLiteral("API key does not have read manage permissions"));
        return -1;
    }
    if (need == Need::Write && manage != SimOrganization::Access::Write) {
        *reply = SimReply::error(403, QStringLiteral("API key does not have write manage permissions"));
        return -1;
    }
    return caller;
}

int SimApi::resolveKey(int caller, const QString& id) const
{
    if (id == QLatin1String("self"))
        return caller;
    return m_org.findKey(id);
}

bool SimApi::parseObject(const QByteArray& body, QJsonObject* object, SimReply* reply)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *reply = SimReply::error(400, QStringLiteral("Request body must be a JSON object"));
        return false;
    }
    *object = doc.object();
    return true;
}

bool SimApi::parseLimit(const QJsonObject& object, bool required, qint64* micros, SimReply* reply)
{
    const QJsonValue value = object.value(QLatin1String("monthly_limit"));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            *reply = SimReply::error(400, QStringLiteral("monthly_limit is required"));
        *micros = 0;
        return !required;
    }
    if (!SimJson::parseMoney(value, micros)) {
        *reply = SimReply::error(400, QStringLiteral("monthly_limit must be a decimal number of dollars"));
        return false;
    }
    if (*micros < 0) {
        *reply = SimReply::error(400, QStringLiteral("monthly_limit must not be negative"));
        return false;
    }
    return true;
}

SimReply SimApi::keyNotFound()
{
    return SimReply::error(404, QStringLiteral("API key not found"));
}

SimReply SimApi::notFound()
{
    return SimReply::error(404, QStringLiteral("Not found"));
}

SimReply SimApi::authCheck() const
{
    return SimReply::json(200, QByteArrayLiteral("{\"valid\":true}"));
}

SimReply SimApi::listKeys() const
{
    return SimReply::json(200, m_encoder.keyList());
}

SimReply SimApi::createKey(int caller, const QByteArray& body)
{
    QJsonObject object;
    SimReply reply;
    if (!parseObject(body, &object, &reply))
        return reply;
    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return SimReply::error(400, QStringLiteral("name is required and must be a non-empty string"));
    if (name.toString().size() > 200)
        return SimReply::error(400, QStringLiteral("name must be at most 200 characters"));
    SimOrganization::Key key;
    if (!parseLimit(object, false, &key.limitMicros, &reply))
        return reply;
    key.manage = SimOrganization::Access::None;
    key.completions = SimOrganization::Access::Write;
    if (object.contains(QLatin1String("permissions"))) {
        const QJsonValue permissions = object.value(QLatin1String("permissions"));
        if (!permissions.isObject())
            return SimReply::error(400, QStringLiteral("permissions must be an object {manage, completions}"));
        const QJsonObject p = permissions.toObject();
        if ((p.contains(QLatin1String("manage")) && !parseAccess(p.value(QLatin1String("manage")), &key.manage)) ||
            (p.contains(QLatin1String("completions")) &&
             !parseAccess(p.value(QLatin1String("completions")), &key.completions)))
            return SimReply::error(
                400, QStringLiteral("permissions.manage and permissions.completions must be none, read or write"));
    }
    if (object.contains(QLatin1String("labels")) && !parseLabels(object.value(QLatin1String("labels")), &key.labels))
        return SimReply::error(400, QStringLiteral("labels must be an object of strings"));
    key.id = m_org.random().uuid();
    key.name = name.toString().trimmed();
    key.creator = m_org.key(caller).creator;
    key.createdAt = m_org.now();
    key.secret = newSecret();
    SimGenerator::assignTraffic(key, m_org.random(), true);
    const QString id = key.id;
    const QByteArray secret = key.secret;
    m_org.addKey(std::move(key));
    QByteArray out;
    SimJson json(&out);
    json.beginObject().key("api_key_id").value(id).key("api_key").value(QString::fromLatin1(secret)).endObject();
    return SimReply::json(201, out);
}

SimReply SimApi::getKey(int caller, const QString& id) const
{
    const int index = resolveKey(caller, id);
    if (index < 0)
        return keyNotFound();
    return SimReply::json(200, m_encoder.key(index));
}

SimReply SimApi::deleteKey(int caller, const QString& id)
{
    const int index = resolveKey(caller, id);
    if (index < 0)
        return keyNotFound();
    m_org.deleteKey(index);
    return SimReply::noContent();
}

SimReply SimApi::setKeyLimit(int caller, const QString& id, const QByteArray& body)
{
    const int index = resolveKey(caller, id);
    if (index < 0)
        return keyNotFound();
    QJsonObject object;
    SimReply reply;
    qint64 micros = 0;
    if (!parseObject(body, &object, &reply) || !parseLimit(object, true, &micros, &reply))
        return reply;
    m_org.setKeyLimit(index, micros);
    return SimReply::noContent();
}

SimReply SimApi::setKeyLabels(int caller, const QString& id, const QByteArray& body)
{
    const int index = resolveKey(caller, id);
    if (index < 0)
        return keyNotFound();
    QJsonObject object;
    SimReply reply;
    if (!parseObject(body, &object, &reply))
        return reply;
    QMap<QString, QString> labels;
    if (!parseLabels(object.value(QLatin1String("labels")), &labels))
        return SimReply::error(400, QStringLiteral("labels is required and must be an object of strings"));
    m_org.setKeyLabels(index, labels);
    return SimReply::noContent();
}

SimReply SimApi::setKeyExpiry(int caller, const QString& id, const QByteArray& body)
{
    const int index = resolveKey(caller, id);
    if (index < 0)
        return keyNotFound();
    if (m_org.isExpired(m_org.key(index)))
        return SimReply::error(400, QStringLiteral("API key expired; an expired key cannot be changed"));
    QJsonObject object;
    SimReply reply;
    if (!parseObject(body, &object, &reply))
        return reply;
    const QJsonValue value = object.value(QLatin1String("expires_at"));
    qint64 expiresAt = 0;
    if (!value.isUndefined() && !value.isNull()) {
        if (!value.isString() || !SimJson::parseRfc3339(value.toString(), &expiresAt))
            return SimReply::error(400, QStringLiteral("expires_at must be an RFC 3339 date-time or null"));
        expiresAt = qMax<qint64>(expiresAt, 1);
    }
    m_org.setKeyExpiry(index, expiresAt);
    return SimReply::noContent();
}

SimReply SimApi::keyUsage(int caller, const QString& id, const QHttpServerRequest& request) const
{
    const int index = resolveKey(caller, id);
    if (index < 0)
        return keyNotFound();
    SimUsage::Query query;
    QString error;
    if (!m_usage.parse(request.query(), &query, &error))
        return SimReply::error(400, error);
    return SimReply::json(200, m_usage.compute(query, index));
}

SimReply SimApi::organization() const
{
    return SimReply::json(200, m_encoder.organization());
}

SimReply SimApi::orgUsage(const QHttpServerRequest& request) const
{
    SimUsage::Query query;
    QString error;
    if (!m_usage.parse(request.query(), &query, &error))
        return SimReply::error(400, error);
    return SimReply::json(200, m_usage.compute(query, -1));
}

SimReply SimApi::listGroups() const
{
    return SimReply::json(200, m_encoder.groupList());
}

SimReply SimApi::createGroup(const QByteArray& body)
{
    QJsonObject object;
    SimReply reply;
    if (!parseObject(body, &object, &reply))
        return reply;
    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return SimReply::error(400, QStringLiteral("name is required and must be a non-empty string"));
    SimOrganization::Group group;
    if (!parseLimit(object, false, &group.limitMicros, &reply))
        return reply;
    group.id = m_org.random().uuid();
    group.name = name.toString().trimmed();
    m_org.addGroup(group);
    QByteArray out;
    SimJson(&out).beginObject().key("group_id").value(group.id).endObject();
    return SimReply::json(201, out);
}

SimReply SimApi::listProjects() const
{
    return SimReply::json(200, m_encoder.projectList());
}

SimReply SimApi::getProject(const QString& id) const
{
    const int index = m_org.findProject(id);
    if (index < 0)
        return SimReply::error(404, QStringLiteral("Project not found"));
    return SimReply::json(200, m_encoder.project(index));
}

SimReply SimApi::setProjectLimit(const QString& id, const QByteArray& body)
{
    const int index = m_org.findProject(id);
    if (index < 0)
        return SimReply::error(404, QStringLiteral("Project not found"));
    QJsonObject object;
    SimReply reply;
    qint64 micros = 0;
    if (!parseObject(body, &object, &reply) || !parseLimit(object, true, &micros, &reply))
        return reply;
    m_org.setProjectLimit(index, micros);
    return SimReply::noContent();
}
