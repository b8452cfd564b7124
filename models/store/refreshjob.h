#pragma once

#include "orgsnapshot.h"
#include "usageindex.h"

#include "api/managementapi.h"
#include "domain/clock.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

// One refresh: detects the capabilities when not known yet, then fetches organization, keys,
// projects (when offered) and the two usage series in parallel. Emits finished() exactly once; on
// success the snapshot and its usage index (built on a worker thread) are ready. Destroying the job
// aborts whatever is still running.
class RefreshJob final : public QObject
{
    Q_OBJECT
public:
    RefreshJob(ManagementApi* api, const Clock& clock, std::optional<Capabilities> knownCapabilities,
               QObject* parent = nullptr);
    ~RefreshJob() override;
    Q_DISABLE_COPY_MOVE(RefreshJob)

    // Usage already held from an earlier refresh: only the days from `since` (a UTC day start) on are
    // fetched again and the earlier buckets are kept. Without it (or across a month) the whole window is fetched.
    void setUsageBase(const OrgSnapshot& previous, const QDateTime& since);
    // The data shown now and its index: when the refresh brings the same data on the same UTC day, the
    // index is reused instead of built again (70 000 usage rows at 10 000 keys).
    void setPrevious(const OrgSnapshot& previous, std::shared_ptr<const UsageIndex> index);

    void start();

    bool ok() const { return m_ok; }
    bool fetchedFullUsage() const { return !m_usageSince.isValid(); }
    QDateTime usageQueryStart() const { return m_usageQueryStart; }
    const ApiError& error() const { return m_error; }
    const OrgSnapshot& snapshot() const { return m_snapshot; }
    std::shared_ptr<const UsageIndex> index() const { return m_index; }
    // The data equals setPrevious()'s, fetched on the same UTC day (the index is the previous one).
    bool sameAsPrevious() const { return m_sameAsPrevious; }
    const OrgSnapshot& previous() const { return m_previous; }

    // The two usage queries of a refresh at `now` (public for tests).
    static UsageQuery keyUsageQuery(const QDateTime& now, bool projects, const QDateTime& since = {});
    static UsageQuery modelUsageQuery(const QDateTime& now, const QDateTime& since = {});
    // A full key-usage window is fetched in spans of this many days, one after the other: the response
    // for all 38 days of 10 000 keys is ~15 MB of JSON, and parsing it at once peaks at ~70 MB.
    static constexpr int kKeyUsageChunkDays = 7;
    // The buckets of `base` before `since` followed by `fresh` (all of `fresh` starts at or after `since`).
    static UsageSeries merged(const UsageSeries& base, const QDateTime& since, const UsageSeries& fresh);
    // Makes the rows of the buckets from `since` on (all buckets when invalid) hold the earlier rows'
    // copy of their group, or one copy among themselves: each response decodes its own. The earlier
    // buckets are left as they are (they are shared with the snapshot shown). Runs on the index worker.
    static void shareGroups(UsageSeries& series, const QDateTime& since);

signals:
    void finished();

private:
    void fetchAll();
    void fetchKeyUsage(const QDateTime& from);
    void partDone();
    void fail(const ApiError& error);
    void finish(bool ok);
    template <typename T>
    bool take(Result<T>& result, T& into);

    ManagementApi* m_api;
    const Clock& m_clock;
    std::optional<Capabilities> m_known;
    UsageSeries m_baseByKey;
    UsageSeries m_baseByModel;
    QDateTime m_usageSince; // invalid: full window
    QDateTime m_usageQueryStart;
    UsageQuery m_keyUsageQuery;  // the whole window; fetched in chunks
    UsageSeries m_keyUsageParts; // the chunks fetched so far
    OrgSnapshot m_snapshot;
    std::shared_ptr<const UsageIndex> m_index;
    OrgSnapshot m_previous;
    std::shared_ptr<const UsageIndex> m_previousIndex;
    bool m_sameAsPrevious = false;
    // What the index worker hands back: the index, and the usage series it re-shared the groups of.
    struct Indexed
    {
        std::shared_ptr<const UsageIndex> index;
        UsageSeries dailyByKey;
        UsageSeries dailyByModel;
    };
    QFutureWatcher<Indexed> m_indexWatcher;
    QList<ApiCall> m_calls;
    int m_pending = 0;
    bool m_done = false;
    bool m_ok = false;
    ApiError m_error;
};
