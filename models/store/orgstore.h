#pragma once

#include "entityref.h"
#include "orgsnapshot.h"

#include "api/managementapi.h"
#include "domain/clock.h"
#include "domain/forecast.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class AuditLog;
class DiskCache;
class RefreshJob;
class UsageIndex;
struct AuditEntry;

// A limit write refused because the server's value is no longer the one the user saw.
struct LimitConflict
{
    EntityRef entity;
    QString entityName;
    Limit server; // the value on the server now
    Limit seen;   // the value the user saw when editing
    Limit wanted; // the value the user asked for
};

// The single source of truth for the current profile. Views read it through item models; writes go
// through it. A failed refresh keeps the last good snapshot and marks it stale.
class OrgStore final : public QObject
{
    Q_OBJECT
public:
    OrgStore(ManagementApi* api, const Clock& clock, QObject* parent = nullptr);
    ~OrgStore() override;
    Q_DISABLE_COPY_MOVE(OrgStore)

    // Profile name written to the audit log with every write.
    void setProfileName(const QString& name) { m_profile = name; }
    QString profileName() const { return m_profile; }

    // Cache file for this profile (DiskCache: binary, versioned, QSaveFile). Loading shows the last data at once,
    // marked stale until the first refresh succeeds. A corrupt/unknown-version file is ignored with a
    // warning (cacheWarning). Successful refreshes and writes save it in the background.
    void setCachePath(const QString& path);
    bool loadCache();
    // The same on a worker thread (reading, decoding and indexing 10 000 keys takes a few hundred ms):
    // the window paints at once and the cached data follows. Ignored when a refresh brought data first
    // or the cache path changed meanwhile. Emits cacheLoaded(ok) either way.
    void loadCacheAsync();
    DiskCache* cache() const { return m_cache; }
    void setAuditLog(AuditLog* log); // not owned
    AuditLog* auditLog() const { return m_audit; }

    // Starts a refresh unless one is running (then returns false). Emits refreshStarted/refreshFinished.
    bool refresh();
    bool isRefreshing() const { return m_refreshing; }
    // Abandons a running refresh (e.g. on a profile switch); emits refreshFinished(false) and no
    // errorOccurred; lastError() is Kind::Cancelled (RefreshScheduler does not count it as a failure).
    void cancelRefresh();
    // The next refresh detects the server's capabilities again and fetches the whole usage window
    // (after a base URL or key change).
    void invalidateCapabilities()
    {
        m_capabilitiesKnown = false;
        m_lastFullUsage = QDateTime();
    }

    // Usage of past days does not change: after a full fetch (first refresh, a new month, at least every
    // fullUsageIntervalSecs) refreshes only ask for the days since the previous one. 0 = always full.
    static constexpr int kDefaultFullUsageIntervalSecs = 3600;
    void setFullUsageIntervalSecs(int secs) { m_fullUsageIntervalSecs = secs; }
    // Start of the per-key usage window asked for by the last successful refresh (diagnostics, tests).
    QDateTime lastUsageQueryStart() const { return m_lastUsageQueryStart; }

    const OrgSnapshot& snapshot() const { return m_snapshot; }
    bool hasData() const { return m_snapshot.fetchedAt.isValid(); }
    const Organization& organization() const { return m_snapshot.organization; }
    const QList<Project>& projects() const { return m_snapshot.projects; }
    const QList<ApiKey>& keys() const { return m_snapshot.keys; }
    const ApiKey* key(const QString& id) const;
    const Project* project(const QString& id) const;
    const Capabilities& capabilities() const { return m_snapshot.capabilities; }
    bool hasProjects() const { return m_snapshot.capabilities.projects; }
    QString entityName(const EntityRef& e) const;
    bool isStale() const { return m_stale; }
    QDateTime lastSuccess() const { return m_snapshot.fetchedAt; }
    // Whether the last successful refresh brought data that differs from what was shown. An unchanged
    // organization only moves lastSuccess(): no snapshotChanged, and the values derived from the data
    // (forecasts, the usage index, asOf()) stay as of the last change, recomputed at least every
    // kRederiveSecs and at each new UTC day.
    bool lastRefreshChangedData() const { return m_lastRefreshChanged; }
    static constexpr int kRederiveSecs = 600;
    // From this many keys, replacing a snapshot gives the freed memory back to the system (returnFreedMemory).
    static constexpr int kBigOrganizationKeys = 1000;
    ApiError lastError() const { return m_lastError; }
    const Clock& clock() const { return m_clock; }
    // The instant the data describes: when the server answered (the clock's now before any data).
    // Every derived value (month, days, forecasts) is computed as of this instant.
    QDateTime asOf() const { return m_asOf; }
    // The month the data describes.
    Period currentPeriod() const { return Period::containing(m_asOf); }
    // The instant every forecast is computed as of: asOf(), held while new data keeps arriving for up to
    // kRederiveSecs within one UTC day. A refresh every 30 s that changes a few keys then recomputes the
    // forecasts of those keys only, not of every key because the clock moved; the forecasts of all
    // views (tables, detail panel, charts, alerts, runway) stay consistent with each other.
    QDateTime forecastAsOf() const { return m_forecastAsOf; }

    // Derived series (computed from the snapshot, cached until the next change).
    Money monthToDate(const EntityRef& e) const;         // keys/projects: the server's monthly_spend
    Limit limitOf(const EntityRef& e) const;             // org: the sum of key limits is not a limit -> none
    QList<Money> dailySpend(const EntityRef& e) const;   // this month, index 0 = the 1st, up to today
    QList<Money> previousDays(const EntityRef& e) const; // the 7 days before the month
    // previousDays + dailySpend in one implicitly shared list (cheap to keep and compare).
    QList<Money> usageWindow(const EntityRef& e) const;
    QList<QPair<QString, Money>> spendByModel(const EntityRef& e) const; // descending; org only for now
    Forecast forecast(const EntityRef& e) const;
    // The usage index of the current snapshot (immutable, safe to hand to a worker thread).
    std::shared_ptr<const UsageIndex> usageIndex() const;
    // Effective headroom of a key: min(key headroom, its project's headroom); nullopt = no cap at all.
    std::optional<Money> effectiveHeadroom(const ApiKey& key) const;
    // The same rule for a key and its project (null: no project). Pure; usable from any thread.
    static std::optional<Money> headroomWithin(const ApiKey& key, const Project* project);

    // Writes. Each calls the API, re-reads the entity, updates the snapshot and reports. A failed write
    // changes nothing locally. `seen` is the limit the user saw: if the server's current value differs,
    // the write is not made and the callback gets a Conflict error whose serverMessage is empty and
    // whose detail names the server's value; lastConflict() and conflictServerLimit() return it.
    // Callbacks are not called once `context` is destroyed (a null context: always called).
    using KeyCallback = std::function<void(Result<ApiKey>)>;
    using ProjectCallback = std::function<void(Result<Project>)>;
    using CreateCallback = std::function<void(Result<CreatedApiKey>)>;
    using DoneCallback = std::function<void(Result<Done>)>;
    void setKeyLimit(const QString& id, Limit newLimit, Limit seen, QObject* context, KeyCallback done);
    void setProjectLimit(const QString& id, Limit newLimit, Limit seen, QObject* context, ProjectCallback done);
    // Creates the key, then sets labels and expiry when given. The secret goes to `done` only. A failed
    // label/expiry step after a successful create still reports the created key (the secret is shown
    // once) and emits followUpFailed.
    void createKey(const NewApiKey& key, QObject* context, CreateCallback done);
    void deleteKey(const QString& id, QObject* context, DoneCallback done);
    void setKeyLabels(const QString& id, const QMap<QString, QString>& labels, QObject* context, KeyCallback done);
    void setKeyExpiry(const QString& id, const QDateTime& expiresAt, QObject* context, KeyCallback done);

    // The last limit conflict seen by a write; "The limit was changed on the server to $X; you saw $Y."
    std::optional<LimitConflict> lastConflict() const { return m_lastConflict; }
    static std::optional<Limit> conflictServerLimit(const ApiError& error);
    static QString describeConflict(const LimitConflict& conflict, const QLocale& locale = QLocale());

    // Replaces the data (tests, cache load, bench). Emits the change signals.
    void setSnapshot(const OrgSnapshot& snapshot, bool stale);

signals:
    void refreshStarted();
    void refreshFinished(bool ok);
    void errorOccurred(const ApiError& error);
    // The snapshot changed (after a refresh, a write or a cache load). Item models merge from it.
    void snapshotChanged();
    void staleChanged(bool stale);
    // The cache could not be read (corrupt, unknown version) or written; `reason` is readable.
    void cacheWarning(const QString& reason);
    // loadCacheAsync() is done; `applied` when the cached data is now shown.
    void cacheLoaded(bool applied);
    // A key was created but a later step (labels, expiry) failed.
    void followUpFailed(const QString& keyId, const ApiError& error);

private:
    void onRefreshFinished(RefreshJob* job);
    void applySnapshot(const OrgSnapshot& snapshot, std::shared_ptr<const UsageIndex> index, bool stale);
    void setStale(bool stale);
    void rebuildLookups();
    void invalidateDerived();
    const UsageIndex& index() const;
    void saveCache();

    // Write helpers (orgstore writes share one shape: call, re-read, patch, report, audit).
    // patch(entity, fresh): `fresh` is the re-read value as the server sent it, or null when the re-read failed.
    using KeyPatch = std::function<void(ApiKey&, const ApiKey*)>;
    using ProjectPatch = std::function<void(Project&, const Project*)>;
    void rereadKey(const QString& id, KeyPatch patch, std::function<void(ApiKey)> then);
    void rereadProject(const QString& id, ProjectPatch patch, std::function<void(Project)> then);
    void storeKey(const ApiKey& key);
    void storeProject(const Project& project);
    void removeKey(const QString& id);
    void audit(const EntityRef& entity, const QString& name, const QString& action, const QString& oldValue,
               const QString& newValue, const ApiError& error);
    ApiError conflictError(const LimitConflict& conflict);

    ManagementApi* m_api;
    const Clock& m_clock;
    QString m_profile;
    OrgSnapshot m_snapshot;
    QDateTime m_asOf;
    QDateTime m_forecastAsOf;
    QHash<QString, int> m_keyRow;
    QHash<QString, int> m_projectRow;
    Money m_orgMonthToDate;
    mutable std::shared_ptr<const UsageIndex> m_index;
    mutable QHash<EntityRef, Forecast> m_forecasts;
    QPointer<RefreshJob> m_job;
    bool m_refreshing = false;
    bool m_capabilitiesKnown = false;
    int m_fullUsageIntervalSecs = kDefaultFullUsageIntervalSecs;
    QDateTime m_lastFullUsage; // when the last full usage window was fetched (this session)
    QDateTime m_lastUsageQueryStart;
    bool m_lastRefreshChanged = true;
    QDateTime m_lastCacheSave; // when an unchanged refresh last rewrote the cache
    bool m_stale = true;
    ApiError m_lastError;
    std::optional<LimitConflict> m_lastConflict;
    // Entities written while a refresh was running: its older data must not undo them.
    QHash<QString, std::optional<ApiKey>> m_keyWritesDuringRefresh;
    QHash<QString, Project> m_projectWritesDuringRefresh;
    QHash<QString, ApiError> m_followUpFailures; // created key id -> failed label/expiry step
    DiskCache* m_cache = nullptr;
    int m_cacheGeneration = 0; // bumped with each cache path: a late load of an older one is dropped
    AuditLog* m_audit = nullptr;
};
