#pragma once

#include "simdemand.h"
#include "simledger.h"
#include "simrandom.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>

#include <array>
#include <vector>

// The synthetic organization: users, projects, groups and keys, and the spend they accrue as simulated
// time advances. Time only moves forward, in segments that never cross a UTC day; each segment adds to
// every live key min(demand, headroom), where headroom is what is left under the key's limit and under its
// project's limit (0 = no limit). Monthly spend resets at the first UTC day of a month.
class SimOrganization final
{
public:
    enum class Access : quint8 { None, Read, Write };

    struct User
    {
        QString id;
        QString email;
    };

    struct Project
    {
        QString id;
        QString name;
        bool isPrivate = false;
        int owner = -1; // user index, private projects only
        qint64 limitMicros = 0;
        qint64 monthSpendMicros = 0;
        int keyCount = 0; // live keys
    };

    struct Group
    {
        QString id;
        QString name;
        qint64 limitMicros = 0;
        qint64 monthSpendMicros = 0;
    };

    struct ModelShare
    {
        int model = 0; // index into SimNames::models()
        int weight = 0;
    };

    struct Key
    {
        QString id;
        QString name;
        qint64 limitMicros = 0;
        Access manage = Access::None;
        Access completions = Access::Write;
        QMap<QString, QString> labels;
        int creator = 0;  // user index
        int project = -1; // project index
        int group = -1;   // group index
        bool logging = true;
        qint64 createdAt = 0; // seconds since epoch
        qint64 expiresAt = 0; // 0 = never
        bool deleted = false;
        bool revoked = false;
        QByteArray secret; // only management keys and keys created through the API have one
        // Traffic
        SimDemand::Profile demand;
        int costPerRequestMicros = 10000;
        int inputTokensPerRequest = 800;
        int outputTokensPerRequest = 300;
        std::array<ModelShare, 3> models{};
        int modelCount = 1;
        // State
        qint64 monthSpendMicros = 0;
        mutable QByteArray jsonCache; // list-item JSON without monthly_spend; cleared on every change
    };

    SimOrganization(quint64 seed, bool projectsEnabled);

    quint64 seed() const { return m_seed; }
    bool projectsEnabled() const { return m_projectsEnabled; }
    SimRandom& random() { return m_random; }

    QString name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }
    QString emailDomain() const { return m_domain; }
    void setEmailDomain(const QString& domain) { m_domain = domain; }
    qint64 balanceMicros() const;
    void setBalanceMicros(qint64 micros);

    // Simulated time: where accrual starts (no spend before) and how far it has been accrued.
    void startAt(qint64 secs);
    void advanceTo(qint64 secs);
    qint64 now() const { return m_now; }

    int addUser(const User& user);
    int addProject(const Project& project);
    int addGroup(const Group& group);
    int addKey(Key key);
    void reserveKeys(int count);

    const std::vector<User>& users() const { return m_users; }
    const std::vector<Project>& projects() const { return m_projects; }
    const std::vector<Group>& groups() const { return m_groups; }
    const std::vector<Key>& keys() const { return m_keys; }
    const Key& key(int index) const { return m_keys[size_t(index)]; }
    const SimLedger& ledger() const { return m_ledger; }

    int findKey(const QString& id) const { return m_keyById.value(id, -1); }
    int findKeyBySecret(const QByteArray& secret) const { return m_keyBySecret.value(secret, -1); }
    int findProject(const QString& id) const;
    int liveKeyCount() const { return m_liveKeys; }
    bool isExpired(const Key& key) const { return key.expiresAt > 0 && key.expiresAt <= m_now; }
    // Can authenticate: exists, not deleted, revoked or expired.
    bool isUsable(int index) const;

    // Changes (each clears the caches they affect).
    void setKeyLimit(int index, qint64 micros);
    void setKeyLabels(int index, const QMap<QString, QString>& labels);
    void setKeyExpiry(int index, qint64 expiresAt);
    void setKeySecret(int index, const QByteArray& secret);
    void deleteKey(int index);
    void revokeKey(int index);
    void setProjectLimit(int index, qint64 micros);

private:
    void enterDay(qint64 day);
    void accrue(qint64 day, int fromSecond, int toSecond);

    quint64 m_seed;
    bool m_projectsEnabled;
    SimRandom m_random;
    QString m_name;
    QString m_domain;
    qint64 m_balanceMicros = 0;
    qint64 m_balanceBaseSpend = 0;
    qint64 m_now = 0;
    qint64 m_day = -1;
    int m_month = -1;
    int m_liveKeys = 0;
    std::vector<User> m_users;
    std::vector<Project> m_projects;
    std::vector<Group> m_groups;
    std::vector<Key> m_keys;
    QHash<QString, int> m_keyById;
    QHash<QByteArray, int> m_keyBySecret;
    SimLedger m_ledger;
};
