#include "refreshjob.h"

#include "domain/releaselater.h"

#include "orgstore.h"
#include "storelog.h"

#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

RefreshJob::RefreshJob(ManagementApi* api, const Clock& clock, std::optional<Capabilities> knownCapabilities,
                       QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_known(std::move(knownCapabilities))
{
    connect(&m_indexWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_done)
            return;
        Indexed indexed = m_indexWatcher.future().takeResult();
        m_index = std::move(indexed.index);
        m_snapshot.dailyByKey = std::move(indexed.dailyByKey); // empty until now: nothing freed here
        m_snapshot.dailyByModel = std::move(indexed.dailyByModel);
        finish(true);
    });
}

RefreshJob::~RefreshJob()
{
    m_done = true; // callbacks fired by the aborts below must not touch this job any more
    for (ApiCall& call : m_calls)
        call.abort();
    // Often the last references to the organization as it was before this refresh.
    const bool big = m_previous.keys.size() >= OrgStore::kBigOrganizationKeys;
    releaseInBackground(big, std::move(m_previous), std::move(m_previousIndex), std::move(m_snapshot),
                        std::move(m_index), std::move(m_baseByKey), std::move(m_keyUsageParts));
    // An index built but not delivered yet (a cancel) holds the usage series too.
    QFuture<Indexed> indexed = m_indexWatcher.future();
    if (indexed.isFinished() && indexed.isValid() && indexed.resultCount() > 0)
        releaseInBackground(big, indexed.takeResult());
}

UsageQuery RefreshJob::keyUsageQuery(const QDateTime& now, bool projects, const QDateTime& since)
{
    const Period period = Period::containing(now);
    UsageQuery q;
    q.start = since.isValid() ? since.toUTC() : period.startUtc().addDays(-7);
    q.end = std::max(now.toUTC(), q.start.addSecs(1));
    q.resolution = Resolution::Day;
    q.groupBy = QStringList{QStringLiteral("api_key_id")};
    if (projects)
        q.groupBy.append(QStringLiteral("project_id"));
    return q;
}

UsageQuery RefreshJob::modelUsageQuery(const QDateTime& now, const QDateTime& since)
{
    const Period period = Period::containing(now);
    UsageQuery q;
    q.start = since.isValid() ? since.toUTC() : period.startUtc();
    // The server wants end after start; in the first second of a month (or day) ask for that second.
    q.end = std::max(now.toUTC(), q.start.addSecs(1));
    q.resolution = Resolution::Day;
    q.groupBy = QStringList{QStringLiteral("model_used")};
    return q;
}

UsageSeries RefreshJob::merged(const UsageSeries& base, const QDateTime& since, const UsageSeries& fresh)
{
    UsageSeries out;
    out.reserve(base.size() + fresh.size());
    for (const UsageBucket& b : base)
        if (b.start < since)
            out.append(b);
    for (const UsageBucket& b : fresh)
        out.append(b);
    return out;
}

void RefreshJob::shareGroups(UsageSeries& series, const QDateTime& since)
{
    qsizetype from = 0;
    if (since.isValid())
        while (from < series.size() && series.at(from).start < since)
            ++from;
    GroupValuesPool pool;
    // The earlier rows of one key mostly share a copy already: each copy is hashed once, found by address.
    QSet<const void*> seen;
    for (qsizetype i = 0; i < from; ++i) {
        for (const UsageGroup& g : series.at(i).groups) {
            const qsizetype before = seen.size();
            seen.insert(g.values.identity());
            if (seen.size() != before)
                pool.intern(g.values);
        }
    }
    // By address too. No group is created here, so the address of a copy freed on the way names no other.
    QHash<const void*, GroupValues> shared;
    for (qsizetype i = from; i < series.size(); ++i) {
        for (UsageGroup& g : series[i].groups) {
            auto it = shared.find(g.values.identity());
            if (it == shared.end())
                it = shared.insert(g.values.identity(), pool.intern(g.values));
            if (!g.values.isSharedWith(*it))
                g.values = *it;
        }
    }
}

void RefreshJob::setUsageBase(const OrgSnapshot& previous, const QDateTime& since)
{
    m_baseByKey = previous.dailyByKey;
    m_baseByModel = previous.dailyByModel;
    m_usageSince = since;
}

void RefreshJob::setPrevious(const OrgSnapshot& previous, std::shared_ptr<const UsageIndex> index)
{
    m_previous = previous;
    m_previousIndex = std::move(index);
}

void RefreshJob::start()
{
    if (!m_api) {
        fail(ApiError(ApiError::Kind::NoCredentials, 0, {}, QStringLiteral("no API client")));
        return;
    }
    if (m_known) {
        m_snapshot.capabilities = *m_known;
        fetchAll();
        return;
    }
    m_calls.append(m_api->detectCapabilities(this, [this](Result<Capabilities> r) {
        if (m_done)
            return;
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        m_snapshot.capabilities = r.value();
        qCInfo(lcStore) << "capabilities: projects" << r->projects << "org usage" << r->orgUsage << "can edit"
                        << r->canEdit();
        fetchAll();
    }));
}

template <typename T>
bool RefreshJob::take(Result<T>& result, T& into)
{
    if (m_done)
        return false;
    if (!result.ok()) {
        fail(result.error());
        return false;
    }
    into = std::move(result.value());
    return true;
}

void RefreshJob::fetchAll()
{
    const Capabilities caps = m_snapshot.capabilities;
    const QDateTime now = m_clock.nowUtc();
    // Count every part first: a reply may arrive synchronously (e.g. a refused request).
    m_pending = 2 + (caps.projects ? 1 : 0) + (caps.orgUsage ? 2 : 0);

    m_calls.append(m_api->getOrganization(this, [this](Result<Organization> r) {
        if (take(r, m_snapshot.organization))
            partDone();
    }));
    m_calls.append(m_api->listKeys(this, [this](Result<QList<ApiKey>> r) {
        if (take(r, m_snapshot.keys))
            partDone();
    }));
    if (caps.projects) {
        m_calls.append(m_api->listProjects(this, [this](Result<QList<Project>> r) {
            if (take(r, m_snapshot.projects))
                partDone();
        }));
    }
    if (caps.orgUsage) {
        // An incremental fetch only makes sense within the month the base describes.
        if (m_usageSince.isValid() && Period::containing(m_usageSince) != Period::containing(now))
            m_usageSince = QDateTime();
        m_keyUsageQuery = keyUsageQuery(now, caps.projects, m_usageSince);
        m_usageQueryStart = m_keyUsageQuery.start;
        m_keyUsageParts.clear();
        fetchKeyUsage(m_keyUsageQuery.start);
        m_calls.append(m_api->orgUsage(modelUsageQuery(now, m_usageSince), this, [this](Result<UsageSeries> r) {
            UsageSeries fresh;
            if (!take(r, fresh))
                return;
            m_snapshot.dailyByModel = m_usageSince.isValid() ? merged(m_baseByModel, m_usageSince, fresh) : fresh;
            partDone();
        }));
    }
}

void RefreshJob::fetchKeyUsage(const QDateTime& from)
{
    UsageQuery q = m_keyUsageQuery;
    q.start = from;
    const QDateTime chunkEnd = from.addDays(kKeyUsageChunkDays);
    const bool last = chunkEnd >= m_keyUsageQuery.end;
    if (!last)
        q.end = chunkEnd;
    m_calls.append(m_api->orgUsage(q, this, [this, from, chunkEnd, last](Result<UsageSeries> r) {
        UsageSeries fresh;
        if (!take(r, fresh))
            return;
        // A server may also answer a bucket for the day the span ends at; the next span has that day whole.
        for (UsageBucket& b : fresh)
            if (b.start >= from && (last || b.start < chunkEnd))
                m_keyUsageParts.append(std::move(b));
        if (!last) {
            fetchKeyUsage(chunkEnd);
            return;
        }
        m_snapshot.dailyByKey =
            m_usageSince.isValid() ? merged(m_baseByKey, m_usageSince, m_keyUsageParts) : m_keyUsageParts;
        m_keyUsageParts.clear();
        partDone();
    }));
}

void RefreshJob::partDone()
{
    if (--m_pending > 0 || m_done)
        return;
    m_snapshot.fetchedAt = m_clock.nowUtc();
    if (m_previousIndex && m_previous.fetchedAt.isValid() &&
        m_previous.fetchedAt.toUTC().date() == m_snapshot.fetchedAt.toUTC().date() &&
        m_snapshot.sameDataAs(m_previous)) {
        m_index = m_previousIndex;
        m_sameAsPrevious = true;
        // Equal data: hand back the rows shown (and their groups); the fetched copies are freed off this thread.
        releaseInBackground(false, std::exchange(m_snapshot.dailyByKey, m_previous.dailyByKey),
                            std::exchange(m_snapshot.dailyByModel, m_previous.dailyByModel));
        finish(true);
        return;
    }
    // Indexing the grouped usage of thousands of keys is the heavy part: do it off the GUI thread, after
    // sharing the groups of the fetched rows with the kept ones (a refresh would otherwise add a copy of
    // every active key's group). The worker holds the only reference to the usage series meanwhile, so
    // it changes their rows in place and the copies it drops are freed there.
    OrgSnapshot copy = m_snapshot;
    copy.dailyByKey = std::exchange(m_snapshot.dailyByKey, {});
    copy.dailyByModel = std::exchange(m_snapshot.dailyByModel, {});
    m_indexWatcher.setFuture(QtConcurrent::run([s = std::move(copy), since = m_usageSince]() mutable {
        shareGroups(s.dailyByKey, since);
        shareGroups(s.dailyByModel, since);
        Indexed out;
        out.index = std::make_shared<const UsageIndex>(UsageIndex::build(s, s.fetchedAt));
        out.dailyByKey = std::move(s.dailyByKey);
        out.dailyByModel = std::move(s.dailyByModel);
        return out;
    }));
}

void RefreshJob::fail(const ApiError& error)
{
    if (m_done)
        return;
    m_error = error;
    qCWarning(lcStore) << "refresh failed:" << error.technicalText();
    finish(false);
}

void RefreshJob::finish(bool ok)
{
    if (m_done)
        return;
    m_done = true;
    m_ok = ok;
    // The other parts are of no use any more.
    for (ApiCall& call : m_calls)
        call.abort();
    m_calls.clear();
    emit finished();
}
