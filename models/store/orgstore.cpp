#include "orgstore.h"

#include "auditlog.h"
#include "diskcache.h"
#include "refreshjob.h"
#include "storelog.h"
#include "usageindex.h"

#include "domain/releaselater.h"

#include <QFutureWatcher>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

Q_LOGGING_CATEGORY(lcStore, "spendboard.store")

OrgStore::OrgStore(ManagementApi* api, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_asOf(clock.nowUtc())
    , m_forecastAsOf(m_asOf)
{
    if (m_api) {
        connect(m_api, &ManagementApi::createFollowUpFailed, this,
                [this](const QString& keyId, const ApiError& error) { m_followUpFailures.insert(keyId, error); });
    }
}

OrgStore::~OrgStore() = default;

void OrgStore::setCachePath(const QString& path)
{
    ++m_cacheGeneration;
    delete m_cache;
    m_cache = new DiskCache(path, this);
    connect(m_cache, &DiskCache::saveFailed, this, &OrgStore::cacheWarning);
    // The file holds older data now: the next refresh writes it even when nothing changed.
    connect(m_cache, &DiskCache::saveFailed, this, [this] { m_lastCacheSave = QDateTime(); });
}

bool OrgStore::loadCache()
{
    if (!m_cache)
        return false;
    DiskCache::LoadResult loaded = m_cache->load();
    if (!loaded.snapshot) {
        if (!loaded.error.isEmpty())
            emit cacheWarning(loaded.error);
        return false;
    }
    qCInfo(lcStore) << "loaded" << loaded.snapshot->keys.size() << "keys from the cache of"
                    << loaded.snapshot->fetchedAt;
    setSnapshot(*loaded.snapshot, true);
    return true;
}

void OrgStore::loadCacheAsync()
{
    if (!m_cache) {
        emit cacheLoaded(false);
        return;
    }
    struct Loaded
    {
        DiskCache::LoadResult result;
        std::shared_ptr<const UsageIndex> index;
    };
    const QString path = m_cache->path();
    const int generation = m_cacheGeneration;
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const Loaded loaded = watcher->result();
        // A newer answer (a refresh, another profile's cache) wins over an old file.
        const bool wanted =
            generation == m_cacheGeneration && loaded.result.snapshot &&
            !(m_snapshot.fetchedAt.isValid() && m_snapshot.fetchedAt >= loaded.result.snapshot->fetchedAt);
        if (generation == m_cacheGeneration && !loaded.result.error.isEmpty())
            emit cacheWarning(loaded.result.error);
        if (wanted) {
            qCInfo(lcStore) << "loaded" << loaded.result.snapshot->keys.size() << "keys from the cache of"
                            << loaded.result.snapshot->fetchedAt;
            m_lastFullUsage = QDateTime();
            applySnapshot(*loaded.result.snapshot, loaded.index, true);
        }
        emit cacheLoaded(wanted);
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Loaded loaded;
        loaded.result = DiskCache(path).load();
        if (loaded.result.snapshot && loaded.result.snapshot->fetchedAt.isValid()) {
            const OrgSnapshot& s = *loaded.result.snapshot;
            loaded.index = std::make_shared<const UsageIndex>(UsageIndex::build(s, s.fetchedAt.toUTC()));
        }
        return loaded;
    }));
}

void OrgStore::setAuditLog(AuditLog* log)
{
    m_audit = log;
}

bool OrgStore::refresh()
{
    if (m_refreshing)
        return false;
    m_refreshing = true;
    m_keyWritesDuringRefresh.clear();
    m_projectWritesDuringRefresh.clear();
    std::optional<Capabilities> known;
    if (m_capabilitiesKnown)
        known = m_snapshot.capabilities;
    auto* job = new RefreshJob(m_api, m_clock, known, this);
    // Incremental usage: from the day of the data we hold, when that data came from this session's
    // refreshes (not a cache file) and the last full fetch is recent enough.
    const QDateTime now = m_clock.nowUtc();
    if (known && known->orgUsage && m_lastFullUsage.isValid() && m_fullUsageIntervalSecs > 0 &&
        m_lastFullUsage.secsTo(now) < m_fullUsageIntervalSecs && m_snapshot.fetchedAt.isValid() &&
        !m_snapshot.dailyByKey.isEmpty()) {
        job->setUsageBase(m_snapshot, QDateTime(m_snapshot.fetchedAt.toUTC().date(), QTime(0, 0), QTimeZone::utc()));
    }
    if (m_index && !m_stale)
        job->setPrevious(m_snapshot, m_index);
    m_job = job;
    connect(job, &RefreshJob::finished, this, [this, job] { onRefreshFinished(job); });
    emit refreshStarted();
    job->start();
    return true;
}

void OrgStore::cancelRefresh()
{
    if (!m_refreshing)
        return;
    delete m_job.data();
    m_job = nullptr;
    m_refreshing = false;
    m_lastError = ApiError(ApiError::Kind::Cancelled);
    emit refreshFinished(false);
}

void OrgStore::onRefreshFinished(RefreshJob* job)
{
    job->deleteLater();
    if (job != m_job)
        return;
    m_job = nullptr;
    m_refreshing = false;
    if (!job->ok()) {
        m_lastError = job->error();
        // An endpoint that answered before no longer does (e.g. the server was replaced): detect again.
        const ApiError::Kind kind = m_lastError.kind();
        if (kind == ApiError::Kind::NotFound || kind == ApiError::Kind::BadRequest)
            m_capabilitiesKnown = false;
        setStale(true);
        emit errorOccurred(m_lastError);
        emit refreshFinished(false);
        return;
    }
    OrgSnapshot s = job->snapshot();
    const bool writesLanded = !m_keyWritesDuringRefresh.isEmpty() || !m_projectWritesDuringRefresh.isEmpty();
    // Writes that landed while this refresh ran are newer than what it fetched.
    for (auto it = m_keyWritesDuringRefresh.cbegin(); it != m_keyWritesDuringRefresh.cend(); ++it) {
        const auto pos = std::find_if(s.keys.begin(), s.keys.end(), [&](const ApiKey& k) { return k.id == it.key(); });
        if (!it.value()) {
            if (pos != s.keys.end())
                s.keys.erase(pos);
        } else if (pos != s.keys.end()) {
            *pos = *it.value();
        } else {
            s.keys.append(*it.value());
        }
    }
    for (const Project& p : std::as_const(m_projectWritesDuringRefresh)) {
        for (Project& q : s.projects)
            if (q.id == p.id)
                q = p;
    }
    m_keyWritesDuringRefresh.clear();
    m_projectWritesDuringRefresh.clear();
    m_capabilitiesKnown = !s.capabilities.tentative;
    m_lastError = ApiError();
    m_lastUsageQueryStart = job->usageQueryStart();
    if (job->fetchedFullUsage())
        m_lastFullUsage = s.fetchedAt;
    // An organization that did not change (the common case of a dashboard open all day) costs no model
    // merge, alert pass, history write or cache rewrite: only the sync time moves. The job compared the
    // data with what this store showed when it started; that is still what it shows (same instance).
    const QDateTime fetched = s.fetchedAt.toUTC();
    const bool stillShown = job->previous().fetchedAt == m_snapshot.fetchedAt &&
                            job->previous().keys.constData() == m_snapshot.keys.constData();
    if (job->sameAsPrevious() && stillShown && !writesLanded && !m_stale && m_asOf.isValid() &&
        m_asOf.date() == fetched.date() && m_asOf.secsTo(fetched) < kRederiveSecs) {
        m_lastRefreshChanged = false;
        m_snapshot.fetchedAt = s.fetchedAt;
        m_lastError = ApiError();
        if (!m_lastCacheSave.isValid() || m_lastCacheSave.secsTo(fetched) >= kRederiveSecs)
            saveCache();
        emit refreshFinished(true);
        return;
    }
    m_lastRefreshChanged = true;
    applySnapshot(s, job->index(), false);
    saveCache();
    emit refreshFinished(true);
}

void OrgStore::setSnapshot(const OrgSnapshot& snapshot, bool stale)
{
    if (!stale)
        m_lastError = ApiError();
    m_lastFullUsage = QDateTime(); // not fetched by us: the next refresh asks for the whole window
    applySnapshot(snapshot, nullptr, stale);
}

void OrgStore::applySnapshot(const OrgSnapshot& snapshot, std::shared_ptr<const UsageIndex> index, bool stale)
{
    // The organization shown until now is freed on a pool thread (see releaseInBackground).
    const bool big = m_snapshot.keys.size() >= kBigOrganizationKeys;
    releaseInBackground(big, std::exchange(m_snapshot, snapshot), std::exchange(m_index, std::move(index)));
    m_asOf = snapshot.fetchedAt.isValid() ? snapshot.fetchedAt.toUTC() : m_clock.nowUtc();
    const bool forecastsStillCurrent = m_forecastAsOf.isValid() && m_forecastAsOf <= m_asOf &&
                                       m_forecastAsOf.date() == m_asOf.date() &&
                                       m_forecastAsOf.secsTo(m_asOf) < kRederiveSecs;
    if (!forecastsStillCurrent)
        m_forecastAsOf = m_asOf;
    rebuildLookups();
    invalidateDerived();
    // Both signals see the final state (data and staleness).
    const bool staleFlipped = m_stale != stale;
    m_stale = stale;
    emit snapshotChanged();
    if (staleFlipped)
        emit staleChanged(stale);
}

void OrgStore::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    emit staleChanged(stale);
}

void OrgStore::rebuildLookups()
{
    m_keyRow.clear();
    m_keyRow.reserve(m_snapshot.keys.size());
    m_orgMonthToDate = Money();
    for (int i = 0; i < m_snapshot.keys.size(); ++i) {
        m_keyRow.insert(m_snapshot.keys.at(i).id, i);
        m_orgMonthToDate += m_snapshot.keys.at(i).spend;
    }
    m_projectRow.clear();
    for (int i = 0; i < m_snapshot.projects.size(); ++i)
        m_projectRow.insert(m_snapshot.projects.at(i).id, i);
}

void OrgStore::invalidateDerived()
{
    m_forecasts.clear();
}

const UsageIndex& OrgStore::index() const
{
    if (!m_index)
        m_index = std::make_shared<const UsageIndex>(UsageIndex::build(m_snapshot, m_asOf));
    return *m_index;
}

void OrgStore::saveCache()
{
    if (!m_cache)
        return;
    m_lastCacheSave = m_snapshot.fetchedAt.toUTC();
    m_cache->saveAsync(m_snapshot);
}

const ApiKey* OrgStore::key(const QString& id) const
{
    const auto it = m_keyRow.constFind(id);
    return it == m_keyRow.cend() ? nullptr : &m_snapshot.keys.at(*it);
}

const Project* OrgStore::project(const QString& id) const
{
    const auto it = m_projectRow.constFind(id);
    return it == m_projectRow.cend() ? nullptr : &m_snapshot.projects.at(*it);
}

QString OrgStore::entityName(const EntityRef& e) const
{
    switch (e.kind) {
    case EntityRef::Kind::Organization:
        return m_snapshot.organization.name;
    case EntityRef::Kind::Project:
        if (const Project* p = project(e.id))
            return p->name;
        break;
    case EntityRef::Kind::Key:
        if (const ApiKey* k = key(e.id))
            return k->name;
        break;
    }
    return {};
}

Money OrgStore::monthToDate(const EntityRef& e) const
{
    switch (e.kind) {
    case EntityRef::Kind::Organization:
        return m_orgMonthToDate;
    case EntityRef::Kind::Project:
        if (const Project* p = project(e.id))
            return p->spend;
        break;
    case EntityRef::Kind::Key:
        if (const ApiKey* k = key(e.id))
            return k->spend;
        break;
    }
    return {};
}

Limit OrgStore::limitOf(const EntityRef& e) const
{
    if (e.kind == EntityRef::Kind::Project) {
        if (const Project* p = project(e.id))
            return p->limit;
    } else if (e.kind == EntityRef::Kind::Key) {
        if (const ApiKey* k = key(e.id))
            return k->limit;
    }
    return Limit::none();
}

QList<Money> OrgStore::usageWindow(const EntityRef& e) const
{
    return index().window(e);
}

QList<Money> OrgStore::dailySpend(const EntityRef& e) const
{
    return usageWindow(e).mid(UsageIndex::kPreviousDays);
}

QList<Money> OrgStore::previousDays(const EntityRef& e) const
{
    return usageWindow(e).mid(0, UsageIndex::kPreviousDays);
}

QList<QPair<QString, Money>> OrgStore::spendByModel(const EntityRef& e) const
{
    if (e.kind == EntityRef::Kind::Organization)
        return index().orgModels();
    return {};
}

Forecast OrgStore::forecast(const EntityRef& e) const
{
    const auto it = m_forecasts.constFind(e);
    if (it != m_forecasts.cend())
        return *it;
    const Forecast f = index().forecast(e, monthToDate(e), limitOf(e), m_forecastAsOf);
    m_forecasts.insert(e, f);
    return f;
}

std::shared_ptr<const UsageIndex> OrgStore::usageIndex() const
{
    index();
    return m_index;
}

std::optional<Money> OrgStore::effectiveHeadroom(const ApiKey& key) const
{
    return headroomWithin(key, key.projectId.isEmpty() ? nullptr : project(key.projectId));
}

std::optional<Money> OrgStore::headroomWithin(const ApiKey& key, const Project* project)
{
    std::optional<Money> headroom = key.limit.headroom(key.spend);
    if (!project)
        return headroom;
    const std::optional<Money> projectHeadroom = project->limit.headroom(project->spend);
    if (projectHeadroom && (!headroom || *projectHeadroom < *headroom))
        headroom = projectHeadroom;
    return headroom;
}

std::optional<Limit> OrgStore::conflictServerLimit(const ApiError& error)
{
    if (error.kind() != ApiError::Kind::Conflict)
        return std::nullopt;
    static const QRegularExpression re(QStringLiteral("server_limit=(\\S+)"));
    const QRegularExpressionMatch m = re.match(error.detail());
    if (!m.hasMatch())
        return std::nullopt;
    if (m.captured(1) == QLatin1String("none"))
        return Limit::none();
    const auto amount = Money::parse(m.captured(1), Money::Sign::NonNegative);
    if (!amount)
        return std::nullopt;
    return Limit::of(*amount);
}

QString OrgStore::describeConflict(const LimitConflict& c, const QLocale& locale)
{
    auto text = [&locale](Limit l) { return l.hasLimit() ? l.amount().format(locale) : tr("no limit"); };
    return tr("The limit was changed on the server to %1; you saw %2.").arg(text(c.server), text(c.seen));
}

ApiError OrgStore::conflictError(const LimitConflict& conflict)
{
    m_lastConflict = conflict;
    return ApiError(ApiError::Kind::Conflict, 0, QString(),
                    QStringLiteral("server_limit=%1 seen_limit=%2")
                        .arg(AuditEntry::formatLimit(conflict.server), AuditEntry::formatLimit(conflict.seen)));
}

void OrgStore::audit(const EntityRef& entity, const QString& name, const QString& action, const QString& oldValue,
                     const QString& newValue, const ApiError& error)
{
    if (!error.isError())
        qCInfo(lcStore).noquote() << action << name << oldValue << "->" << newValue;
    else
        qCWarning(lcStore).noquote() << action << name << "failed:" << error.technicalText();
    if (!m_audit)
        return;
    AuditEntry e;
    e.time = m_clock.nowUtc();
    e.profile = m_profile;
    e.entityKind = entity.kind == EntityRef::Kind::Project ? QStringLiteral("project") : QStringLiteral("key");
    e.entityId = entity.id;
    e.entityName = name;
    e.action = action;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.ok = !error.isError();
    if (error.kind() == ApiError::Kind::Conflict && m_lastConflict && m_lastConflict->entity == entity)
        e.error = describeConflict(*m_lastConflict);
    else if (error.isError())
        e.error = error.userMessage();
    m_audit->append(e);
}
