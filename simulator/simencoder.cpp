#include "simencoder.h"

#include "simjson.h"

const char* SimEncoder::accessName(SimOrganization::Access access)
{
    switch (access) {
    case SimOrganization::Access::Read:
        return "read";
    case SimOrganization::Access::Write:
        return "write";
    case SimOrganization::Access::None:
        break;
    }
    return "none";
}

bool SimEncoder::moneyAsString(Field field, quint64 salt) const
{
    switch (m_form) {
    case Simulator::MoneyForm::Numbers:
        return false;
    case Simulator::MoneyForm::Strings:
        return true;
    case Simulator::MoneyForm::Mixed:
        break;
    }
    return (SimRandom::hash(m_org.seed(), quint64(field), salt) & 1) != 0;
}

void SimEncoder::writeKeyCommon(SimJson& json, int index) const
{
    const SimOrganization::Key& k = m_org.key(index);
    json.key("id").value(k.id).key("name").value(k.name);
    json.key("monthly_limit").money(k.limitMicros, moneyAsString(Field::KeyLimit, quint64(index)));
    json.key("permissions")
        .beginObject()
        .key("manage")
        .value(accessName(k.manage))
        .key("completions")
        .value(accessName(k.completions))
        .endObject();
    json.key("labels").beginObject();
    for (auto it = k.labels.cbegin(); it != k.labels.cend(); ++it)
        json.key(it.key()).value(it.value());
    json.endObject();
    const SimOrganization::User& creator = m_org.users()[size_t(k.creator)];
    json.key("created_by").beginObject().key("id").value(creator.id).key("email").value(creator.email).endObject();
    if (m_org.projectsEnabled() && k.project >= 0) {
        const SimOrganization::Project& p = m_org.projects()[size_t(k.project)];
        json.key("project").beginObject().key("id").value(p.id).key("name").value(p.name).endObject();
    }
    if (k.expiresAt > 0)
        json.key("expires_at").value(QString::fromLatin1(SimJson::rfc3339(k.expiresAt)));
}

const QByteArray& SimEncoder::keyListPrefix(int index) const
{
    const SimOrganization::Key& k = m_org.key(index);
    if (k.jsonCache.isEmpty()) {
        SimJson json(&k.jsonCache);
        json.beginObject();
        writeKeyCommon(json, index);
        // left open: the list appends monthly_spend and the closing brace
    }
    return k.jsonCache;
}

QByteArray SimEncoder::keyList() const
{
    QByteArray out;
    const auto& keys = m_org.keys();
    out.reserve(int(keys.size()) * 420 + 16);
    out.append("{\"keys\":[");
    bool first = true;
    for (int i = 0; i < int(keys.size()); ++i) {
        if (keys[size_t(i)].deleted)
            continue;
        if (!first)
            out.append(',');
        first = false;
        out.append(keyListPrefix(i));
        out.append(",\"monthly_spend\":");
        const qint64 spend = keys[size_t(i)].monthSpendMicros;
        if (moneyAsString(Field::KeySpend, quint64(i)))
            out.append('"').append(SimJson::moneyString(spend)).append('"');
        else
            out.append(SimJson::moneyNumber(spend));
        out.append('}');
    }
    out.append("]}");
    return out;
}

QByteArray SimEncoder::key(int index) const
{
    const SimOrganization::Key& k = m_org.key(index);
    QByteArray out;
    SimJson json(&out);
    json.beginObject();
    writeKeyCommon(json, index);
    json.key("logging").value(k.logging);
    json.key("monthly_spend").money(k.monthSpendMicros, moneyAsString(Field::KeySpend, quint64(index)));
    if (k.group >= 0) {
        const SimOrganization::Group& g = m_org.groups()[size_t(k.group)];
        json.key("group").beginObject().key("id").value(g.id).key("name").value(g.name).endObject();
    }
    json.endObject();
    return out;
}

void SimEncoder::writeProject(SimJson& json, int index) const
{
    const SimOrganization::Project& p = m_org.projects()[size_t(index)];
    json.beginObject();
    json.key("id").value(p.id).key("name").value(p.name);
    json.key("kind").value(p.isPrivate ? "private" : "shared");
    if (p.isPrivate && p.owner >= 0) {
        const SimOrganization::User& owner = m_org.users()[size_t(p.owner)];
        json.key("owner").beginObject().key("id").value(owner.id).key("email").value(owner.email).endObject();
    }
    json.key("monthly_limit").money(p.limitMicros, moneyAsString(Field::ProjectLimit, quint64(index)));
    json.key("monthly_spend").money(p.monthSpendMicros, moneyAsString(Field::ProjectSpend, quint64(index)));
    json.key("key_count").value(p.keyCount);
    json.endObject();
}

QByteArray SimEncoder::projectList() const
{
    QByteArray out;
    SimJson json(&out);
    json.beginObject().key("projects").beginArray();
    for (int i = 0; i < int(m_org.projects().size()); ++i)
        writeProject(json, i);
    json.endArray().endObject();
    return out;
}

QByteArray SimEncoder::project(int index) const
{
    QByteArray out;
    SimJson json(&out);
    writeProject(json, index);
    return out;
}

QByteArray SimEncoder::groupList() const
{
    QByteArray out;
    SimJson json(&out);
    json.beginObject().key("groups").beginArray();
    for (int i = 0; i < int(m_org.groups().size()); ++i) {
        const SimOrganization::Group& g = m_org.groups()[size_t(i)];
        json.beginObject().key("id").value(g.id).key("name").value(g.name);
        json.key("monthly_limit").money(g.limitMicros, moneyAsString(Field::GroupLimit, quint64(i)));
        json.key("monthly_spend").money(g.monthSpendMicros, moneyAsString(Field::GroupSpend, quint64(i)));
        json.endObject();
    }
    json.endArray().endObject();
    return out;
}

QByteArray SimEncoder::organization() const
{
    QByteArray out;
    SimJson json(&out);
    json.beginObject().key("name").value(m_org.name());
    json.key("balance").money(m_org.balanceMicros(), moneyAsString(Field::Balance, 0));
    json.endObject();
    return out;
}
