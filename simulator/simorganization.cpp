#include "simorganization.h"

#include <QDate>

namespace {
int monthOfDay(qint64 day)
{
    const QDate date = QDate::fromJulianDay(2440588 + day); // 2440588 = 1970-01-01
    return date.year() * 12 + date.month() - 1;
}
} // namespace

SimOrganization::SimOrganization(quint64 seed, bool projectsEnabled)
    : m_seed(seed)
    , m_projectsEnabled(projectsEnabled)
    , m_random(SimRandom::hash(seed, 0x0ac3eULL))
{}

qint64 SimOrganization::balanceMicros() const
{
    return qMax<qint64>(0, m_balanceMicros - (m_ledger.totalSpendAll() - m_balanceBaseSpend));
}

void SimOrganization::setBalanceMicros(qint64 micros)
{
    m_balanceMicros = micros;
    m_balanceBaseSpend = m_ledger.totalSpendAll();
}

void SimOrganization::startAt(qint64 secs)
{
    m_now = secs;
    m_day = -1;
    enterDay(SimDemand::dayOf(secs));
}

void SimOrganization::advanceTo(qint64 secs)
{
    // A jump of more than a ring's worth of days only needs the last days replayed: older ones would be
    // recycled anyway and monthly spend restarts at a month boundary within them.
    const qint64 maxJump = qint64(SimLedger::kRingDays) * SimDemand::kSecondsPerDay;
    if (secs - m_now > maxJump) {
        const qint64 skipTo = (SimDemand::dayOf(secs) - SimLedger::kRingDays + 1) * SimDemand::kSecondsPerDay;
        if (skipTo > m_now) {
            m_now = skipTo;
            enterDay(SimDemand::dayOf(skipTo));
        }
    }
    while (m_now < secs) {
        const qint64 day = SimDemand::dayOf(m_now);
        if (day != m_day)
            enterDay(day);
        const qint64 dayStart = day * SimDemand::kSecondsPerDay;
        const qint64 until = qMin(secs, dayStart + SimDemand::kSecondsPerDay);
        accrue(day, int(m_now - dayStart), int(until - dayStart));
        m_now = until;
    }
    const qint64 day = SimDemand::dayOf(m_now);
    if (day != m_day)
        enterDay(day);
}

void SimOrganization::enterDay(qint64 day)
{
    m_day = day;
    m_ledger.beginDay(day);
    const int month = monthOfDay(day);
    if (month == m_month)
        return;
    m_month = month;
    for (Key& key : m_keys)
        key.monthSpendMicros = 0;
    for (Project& project : m_projects)
        project.monthSpendMicros = 0;
    for (Group& group : m_groups)
        group.monthSpendMicros = 0;
}

void SimOrganization::accrue(qint64 day, int fromSecond, int toSecond)
{
    const qint64 dayStart = day * SimDemand::kSecondsPerDay;
    for (size_t i = 0; i < m_keys.size(); ++i) {
        Key& key = m_keys[i];
        if (key.deleted || key.revoked || key.completions == Access::None || key.demand.baseDailyMicros <= 0)
            continue;
        int from = fromSecond;
        int to = toSecond;
        if (key.createdAt > dayStart + from)
            from = int(qMin<qint64>(key.createdAt - dayStart, to));
        if (key.expiresAt > 0 && key.expiresAt < dayStart + to)
            to = int(qMax<qint64>(key.expiresAt - dayStart, from));
        if (from >= to)
            continue;
        qint64 spend = SimDemand::between(key.demand, day, from, to);
        if (key.limitMicros > 0)
            spend = qMin(spend, qMax<qint64>(0, key.limitMicros - key.monthSpendMicros));
        Project* project = key.project >= 0 ? &m_projects[size_t(key.project)] : nullptr;
        if (project && project->limitMicros > 0)
            spend = qMin(spend, qMax<qint64>(0, project->limitMicros - project->monthSpendMicros));
        if (spend <= 0)
            continue;
        m_ledger.record(int(i), day, spend);
        key.monthSpendMicros += spend;
        if (project)
            project->monthSpendMicros += spend;
        if (key.group >= 0)
            m_groups[size_t(key.group)].monthSpendMicros += spend;
    }
}

int SimOrganization::addUser(const User& user)
{
    m_users.push_back(user);
    return int(m_users.size()) - 1;
}

int SimOrganization::addProject(const Project& project)
{
    m_projects.push_back(project);
    return int(m_projects.size()) - 1;
}

int SimOrganization::addGroup(const Group& group)
{
    m_groups.push_back(group);
    return int(m_groups.size()) - 1;
}

int SimOrganization::addKey(Key key)
{
    const int index = int(m_keys.size());
    m_ledger.addKey(key.costPerRequestMicros);
    m_keyById.insert(key.id, index);
    if (!key.secret.isEmpty())
        m_keyBySecret.insert(key.secret, index);
    if (key.project >= 0)
        ++m_projects[size_t(key.project)].keyCount;
    key.jsonCache.clear();
    m_keys.push_back(std::move(key));
    ++m_liveKeys;
    return index;
}

void SimOrganization::reserveKeys(int count)
{
    m_keys.reserve(size_t(count));
    m_keyById.reserve(count);
    m_ledger.reserve(count);
}

int SimOrganization::findProject(const QString& id) const
{
    for (size_t i = 0; i < m_projects.size(); ++i) {
        if (m_projects[i].id == id)
            return int(i);
    }
    return -1;
}

bool SimOrganization::isUsable(int index) const
{
    if (index < 0 || index >= int(m_keys.size()))
        return false;
    const Key& k = m_keys[size_t(index)];
    return !k.deleted && !k.revoked && !isExpired(k);
}

void SimOrganization::setKeyLimit(int index, qint64 micros)
{
    Key& key = m_keys[size_t(index)];
    key.limitMicros = micros;
    key.jsonCache.clear();
}

void SimOrganization::setKeyLabels(int index, const QMap<QString, QString>& labels)
{
    Key& key = m_keys[size_t(index)];
    key.labels = labels;
    key.jsonCache.clear();
}

void SimOrganization::setKeyExpiry(int index, qint64 expiresAt)
{
    Key& key = m_keys[size_t(index)];
    key.expiresAt = expiresAt;
    key.jsonCache.clear();
}

void SimOrganization::setKeySecret(int index, const QByteArray& secret)
{
    Key& key = m_keys[size_t(index)];
    if (!key.secret.isEmpty())
        m_keyBySecret.remove(key.secret);
    key.secret = secret;
    if (!secret.isEmpty())
        m_keyBySecret.insert(secret, index);
}

void SimOrganization::deleteKey(int index)
{
    Key& key = m_keys[size_t(index)];
    if (key.deleted)
        return;
    key.deleted = true;
    key.jsonCache.clear();
    m_keyById.remove(key.id);
    if (!key.secret.isEmpty())
        m_keyBySecret.remove(key.secret);
    if (key.project >= 0)
        --m_projects[size_t(key.project)].keyCount;
    --m_liveKeys;
}

void SimOrganization::revokeKey(int index)
{
    m_keys[size_t(index)].revoked = true;
}

void SimOrganization::setProjectLimit(int index, qint64 micros)
{
    m_projects[size_t(index)].limitMicros = micros;
}
