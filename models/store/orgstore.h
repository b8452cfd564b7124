#pragma once

#include "api/managementapi.h"
#include "domain/clock.h"
#include "domain/forecast.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class AuditLog;
class DiskCache;

// Which entity a chart, forecast or alert is about.
struct EntityRef
{
    enum class Kind { Organization, Project, Key };
    Kind kind = Kind::Organization;
    QString id; // empty for the organization

    static EntityRef org() { return {}; }
    static EntityRef project(const QString& id) { return {Kind::Project, id}; }
    static EntityRef key(const QString& id) { return {Kind::Key, id}; }
    bool operator==(const EntityRef& o) const { return kind == o.kind && id == o.id; }
    bool operator!=(const EntityRef& o) const { return !(*this == o); }
};

// Everything one refresh produced: the unit the cache stores and the alert engine evaluates.
struct OrgSnapshot
{
    Organization organization;
    QList<Project> projects;
    QList<ApiKey> keys;
    // Day buckets from 7 days before the month start up to today, grouped by api_key_id (and
    // project_id when the server has projects). Totals are the organization's.
    UsageSeries dailyByKey;
    // Day buckets of this month grouped by model_used.
    UsageSeries dailyByModel;
    Capabilities capabilities;
    QDateTime fetchedAt; // UTC, when the server answered
};

// The single source of truth for the current profile. Views read it through item models; writes go
// through it. A failed refresh keeps the last good snapshot and marks it stale.
class OrgStore final : public QObject
{
    Q_OBJECT
public:
    OrgStore(ManagementApi* api, const Clock& clock, QObject* parent = nullptr);
    ~OrgStore() override;

    // Cache file for this profile (versioned JSON, QSaveFile). Loading shows the last data at once,
    // marked stale until the first refresh succeeds. A corrupt/unknown-version file is ignored with a warning.
    void setCachePath(const QString& path);
    bool loadCache();
    void setAuditLog(AuditLog* log); // not owned

    // Starts a refresh unless one is running (then returns false). Emits refreshStarted/refreshFinished.
    bool refresh();
    bool isRefreshing() const { return m_refreshing; }

    const OrgSnapshot& snapshot() const { return m_snapshot; }
    bool hasData() const { return m_snapshot.fetchedAt.isValid(); }
    const Organization& organization() const { return m_snapshot.organization; }
    const QList<Project>& projects() const { return m_snapshot.projects; }
    const QList<ApiKey>& keys() const { return m_snapshot.keys; }
    const ApiKey* key(const QString& id) const;
    const Project* project(const QString& id) const;
    const Capabilities& capabilities() const { return m_snapshot.capabilities; }
    bool isStale() const { return m_stale; }
    QDateTime lastSuccess() const { return m_snapshot.fetchedAt; }
    ApiError lastError() const { return m_lastError; }
    const Clock& clock() const { return m_clock; }
    Period currentPeriod() const { return Period::containing(m_clock.nowUtc()); }

    // Derived series (computed from the snapshot, cached until the next change).
    Money monthToDate(const EntityRef& e) const;
    Limit limitOf(const EntityRef& e) const;             // org: the sum of key limits is not a limit -> none
    QList<Money> dailySpend(const EntityRef& e) const;   // this month, index 0 = the 1st, up to today
    QList<Money> previousDays(const EntityRef& e) const; // up to 7 days before the month
    QList<QPair<QString, Money>> spendByModel(const EntityRef& e) const; // descending
    Forecast forecast(const EntityRef& e) const;
    // Effective headroom of a key: min(key headroom, its project's headroom); nullopt = no cap at all.
    std::optional<Money> effectiveHeadroom(const ApiKey& key) const;

    // Writes. Each calls the API, re-reads the entity, updates the snapshot and reports. A failed write
    // changes nothing locally. `seen` is the limit the user saw: if the server's current value differs,
    // the write is not made and the callback gets a Conflict error whose serverMessage is empty and
    // whose detail names the server's value; conflictValue() returns it.
    using KeyCallback = std::function<void(Result<ApiKey>)>;
    using ProjectCallback = std::function<void(Result<Project>)>;
    using CreateCallback = std::function<void(Result<CreatedApiKey>)>;
    using DoneCallback = std::function<void(Result<Done>)>;
    void setKeyLimit(const QString& id, Limit newLimit, Limit seen, QObject* context, KeyCallback done);
    void setProjectLimit(const QString& id, Limit newLimit, Limit seen, QObject* context, ProjectCallback done);
    void createKey(const NewApiKey& key, QObject* context, CreateCallback done);
    void deleteKey(const QString& id, QObject* context, DoneCallback done);
    void setKeyLabels(const QString& id, const QMap<QString, QString>& labels, QObject* context, KeyCallback done);
    void setKeyExpiry(const QString& id, const QDateTime& expiresAt, QObject* context, KeyCallback done);

    // Replaces the data (tests, cache load, bench). Emits the change signals.
    void setSnapshot(const OrgSnapshot& snapshot, bool stale);

signals:
    void refreshStarted();
    void refreshFinished(bool ok);
    void errorOccurred(const ApiError& error);
    // The snapshot changed (after a refresh, a write or a cache load). Item models merge from it.
    void snapshotChanged();
    void staleChanged(bool stale);

private:
    ManagementApi* m_api;
    const Clock& m_clock;
    OrgSnapshot m_snapshot;
    bool m_refreshing = false;
    bool m_stale = true;
    ApiError m_lastError;
    QString m_cachePath;
    AuditLog* m_audit = nullptr;
};
