#pragma once

// Shared pieces of the reliability tests: a loopback rig (an in-process Simulator, a real
// ManagementApi and an OrgStore on the simulator's clock), waiting for a refresh without sleeping,
// comparing the store and the key table with the simulator's ground truth, and reading the RSS.

#include "simulator.h"

#include "api/managementapi.h"
#include "domain/clock.h"
#include "itemmodels/apikeytablemodel.h"
#include "itemmodels/projecttablemodel.h"
#include "store/orgstore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
#include <malloc.h>
#define SPENDBOARD_HAVE_MALLINFO2 1
#endif

// The store's clock: the simulator's own "now" (pinned or advanced by a test). Points at a simulator
// that may be replaced (a "restarted server").
class SimulatorClock final : public Clock
{
public:
    explicit SimulatorClock(const Simulator* simulator)
        : m_simulator(simulator)
    {}
    void setSimulator(const Simulator* simulator) { m_simulator = simulator; }
    QDateTime nowUtc() const override { return m_simulator->simulatedNow(); }

private:
    const Simulator* m_simulator;
};

// Short retries so fault tests finish quickly; a generous timeout so only the timeout test times out.
inline ManagementApi::Options fastApiOptions(int maxAttempts = 4)
{
    ManagementApi::Options o;
    o.transferTimeoutMs = 15'000;
    o.maxAttempts = maxAttempts;
    o.baseBackoffMs = 10;
    o.maxBackoffMs = 40;
    return o;
}

// A small organization whose numbers stand still between requests (speed 0): ground truth is stable.
inline Simulator::Options frozenOrg(int keys = 24, int projects = 4, quint32 seed = 7)
{
    Simulator::Options o;
    o.keys = keys;
    o.projects = projects;
    o.seed = seed;
    o.speed = 0;
    return o;
}

// A QNetworkAccessManager that counts the requests the client makes (attempts, retries included).
class CountingNam final : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int created = 0;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

struct Rig
{
    explicit Rig(const Simulator::Options& options = frozenOrg())
        : sim(std::make_unique<Simulator>(options))
        , clock(sim.get())
    {}

    // Starts the simulator and points the API at it with its admin key.
    bool start(QString* error = nullptr)
    {
        if (!sim->start(error))
            return false;
        api.setBaseUrl(sim->url());
        api.setApiKey(sim->adminKey());
        api.setOptions(fastApiOptions());
        return true;
    }

    std::unique_ptr<Simulator> sim;
    CountingNam nam;
    ManagementApi api{&nam};
    SimulatorClock clock;
    OrgStore store{&api, clock};
};

// Runs one refresh of `store` to its end. nullopt: refused (one was running) or not finished in time.
inline std::optional<bool> runRefresh(OrgStore& store, int timeoutMs = 30'000)
{
    QSignalSpy finished(&store, &OrgStore::refreshFinished);
    if (!store.refresh())
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, timeoutMs))
        return std::nullopt;
    return finished.first().first().toBool();
}

// The first difference between the store's data and the simulator's ground truth; empty when equal.
inline QString groundTruthMismatch(const OrgStore& store, const Simulator& sim)
{
    if (store.organization().name != sim.organizationName())
        return QStringLiteral("organization name %1 != %2").arg(store.organization().name, sim.organizationName());
    if (store.organization().balance.micros() != sim.balanceMicros())
        return QStringLiteral("balance %1 != %2").arg(store.organization().balance.micros()).arg(sim.balanceMicros());
    const QStringList simKeys = sim.keyIds();
    if (store.keys().size() != simKeys.size())
        return QStringLiteral("%1 keys, simulator has %2").arg(store.keys().size()).arg(simKeys.size());
    for (const QString& id : simKeys) {
        const ApiKey* k = store.key(id);
        if (!k)
            return QStringLiteral("key %1 missing").arg(id);
        if (k->spend.micros() != sim.keySpendMicros(id))
            return QStringLiteral("key %1 spend %2 != %3").arg(id).arg(k->spend.micros()).arg(sim.keySpendMicros(id));
        if (k->limit.toApi().micros() != sim.keyLimitMicros(id))
            return QStringLiteral("key %1 limit %2 != %3")
                .arg(id)
                .arg(k->limit.toApi().micros())
                .arg(sim.keyLimitMicros(id));
    }
    const QStringList simProjects = sim.projectIds();
    if (store.projects().size() != simProjects.size())
        return QStringLiteral("%1 projects, simulator has %2").arg(store.projects().size()).arg(simProjects.size());
    for (const QString& id : simProjects) {
        const Project* p = store.project(id);
        if (!p)
            return QStringLiteral("project %1 missing").arg(id);
        if (p->spend.micros() != sim.projectSpendMicros(id) || p->limit.toApi().micros() != sim.projectLimitMicros(id))
            return QStringLiteral("project %1 spend/limit %2/%3 != %4/%5")
                .arg(id)
                .arg(p->spend.micros())
                .arg(p->limit.toApi().micros())
                .arg(sim.projectSpendMicros(id))
                .arg(sim.projectLimitMicros(id));
    }
    return {};
}

// The first difference between a key or project table and the simulator; empty when equal.
inline QString tableMismatch(const EntityTableModel& model, const QStringList& ids, int limitColumn, int spendColumn,
                             const std::function<qint64(const QString&)>& spendOf,
                             const std::function<qint64(const QString&)>& limitOf)
{
    if (model.rowCount() != ids.size())
        return QStringLiteral("%1 rows, simulator has %2").arg(model.rowCount()).arg(ids.size());
    for (const QString& id : ids) {
        const int row = model.rowOf(id);
        if (row < 0)
            return QStringLiteral("no row for %1").arg(id);
        if (model.idAt(row) != id)
            return QStringLiteral("row %1 holds %2, not %3").arg(row).arg(model.idAt(row), id);
        const QVariant spend = model.index(row, spendColumn).data(EntityTableModel::MoneyRole);
        if (!spend.isValid() || spend.value<Money>().micros() != spendOf(id))
            return QStringLiteral("row of %1: spend %2 != %3")
                .arg(id)
                .arg(spend.value<Money>().micros())
                .arg(spendOf(id));
        const QVariant limit = model.index(row, limitColumn).data(EntityTableModel::MoneyRole);
        const qint64 shown = limit.isValid() ? limit.value<Money>().micros() : 0; // no money = "No limit"
        if (shown != limitOf(id))
            return QStringLiteral("row of %1: limit %2 != %3").arg(id).arg(shown).arg(limitOf(id));
    }
    return {};
}

inline QString keyTableMismatch(const ApiKeyTableModel& model, const Simulator& sim)
{
    return tableMismatch(
        model, sim.keyIds(), ApiKeyTableModel::LimitColumn, ApiKeyTableModel::SpendColumn,
        [&](const QString& id) { return sim.keySpendMicros(id); },
        [&](const QString& id) { return sim.keyLimitMicros(id); });
}

inline QString projectTableMismatch(const ProjectTableModel& model, const Simulator& sim)
{
    return tableMismatch(
        model, sim.projectIds(), ProjectTableModel::LimitColumn, ProjectTableModel::SpendColumn,
        [&](const QString& id) { return sim.projectSpendMicros(id); },
        [&](const QString& id) { return sim.projectLimitMicros(id); });
}

// Resident set size of this process in KiB (VmRSS of /proc/self/status); -1 when unknown.
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> parts = line.mid(6).simplified().split(' ');
            bool ok = false;
            const qint64 kib = parts.value(0).toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}

// Gives memory the allocator holds free back to the system (glibc: malloc_trim over all arenas), so an
// RSS reading afterwards shows what is in use rather than what worker-thread arenas keep for reuse.
inline void releaseFreeMemory()
{
#ifdef SPENDBOARD_HAVE_MALLINFO2
    malloc_trim(0);
#endif
}

// Bytes the allocator has handed out and not got back (glibc's mallinfo2 over all arenas), in KiB; -1
// when unknown. Unlike RSS it does not include freed memory the allocator keeps for reuse, so it is the
// sharper leak signal when worker threads make glibc keep several arenas.
inline qint64 heapInUseKiB()
{
#ifdef SPENDBOARD_HAVE_MALLINFO2
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
#else
    return -1;
#endif
}
