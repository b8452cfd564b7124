// OrgStore end to end over loopback against the simulator: refresh equals the simulator's ground truth,
// every write re-reads and updates the store and the models, conflicts and failures change nothing,
// an unreachable server keeps the data and marks it stale.
#include "simulatorclock.h"

#include "itemmodels/apikeytablemodel.h"
#include "itemmodels/projecttablemodel.h"
#include "simorganization.h"
#include "store/auditlog.h"
#include "store/diskcache.h"
#include "store/orgstore.h"
#include "store/refreshjob.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

// Waits (event loop running) until an asynchronous callback filled `slot`.
#define WAIT_FOR(slot) QTRY_VERIFY_WITH_TIMEOUT((slot).has_value(), 30000)

namespace {

Simulator::Options simOptions(bool projects = true)
{
    Simulator::Options o;
    o.keys = 40;
    o.projects = 6;
    o.seed = 7;
    o.speed = 0; // frozen: ground truth does not move while we compare
    o.projectsEnabled = projects;
    o.money = Simulator::MoneyForm::Mixed;
    o.startTime = QDateTime(QDate(2026, 11, 12), QTime(15, 30), QTimeZone::utc());
    return o;
}

struct Rig
{
    explicit Rig(const Simulator::Options& options = simOptions())
        : sim(options)
        , clock(sim)
        , audit(dir.filePath(QStringLiteral("audit.jsonl")))
    {
        QVERIFY(sim.start());
        api.setBaseUrl(sim.url());
        api.setApiKey(sim.adminKey());
        ManagementApi::Options o = api.options();
        o.maxAttempts = 2;
        o.baseBackoffMs = 10;
        o.maxBackoffMs = 50;
        api.setOptions(o);
        store.setProfileName(QStringLiteral("integration"));
        store.setAuditLog(&audit);
        store.setCachePath(dir.filePath(QStringLiteral("cache.json")));
    }

    bool refresh()
    {
        QSignalSpy finished(&store, &OrgStore::refreshFinished);
        if (!store.refresh())
            return false;
        if (finished.isEmpty() && !finished.wait(30000))
            return false;
        return finished.first().first().toBool();
    }

    // An ordinary key (not one of the simulator's two management keys), preferably in a project.
    QString plainKey(bool inProject = false) const
    {
        const QString admin = sim.keyIdForSecret(sim.adminKey());
        const QString read = sim.keyIdForSecret(sim.readKey());
        for (const ApiKey& k : store.keys())
            if (k.id != admin && k.id != read && (!inProject || !k.projectId.isEmpty()) && !k.isExpired(store.asOf()))
                return k.id;
        return {};
    }

    int simIndex(const QString& id) { return sim.organization().findKey(id); }

    QTemporaryDir dir;
    Simulator sim;
    SimulatorClock clock;
    QNetworkAccessManager nam;
    ManagementApi api{&nam};
    AuditLog audit;
    OrgStore store{&api, clock};
    ApiKeyTableModel keys{&store};
    ProjectTableModel projects{&store};
    QAbstractItemModelTester keysTester{&keys, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester projectsTester{&projects, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

QByteArray fileContent(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Money sum(const QList<Money>& days)
{
    Money s;
    for (Money m : days)
        s += m;
    return s;
}

} // namespace

class tst_OrgStoreSim : public QObject
{
    Q_OBJECT

private slots:
    void refreshEqualsGroundTruth()
    {
        Rig rig;
        QSignalSpy changed(&rig.store, &OrgStore::snapshotChanged);
        QVERIFY(rig.refresh());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!rig.store.isStale());
        QVERIFY(rig.store.capabilities().projects);
        QVERIFY(rig.store.capabilities().canEdit());
        QCOMPARE(rig.store.organization().name, rig.sim.organizationName());
        QCOMPARE(rig.store.organization().balance.micros(), rig.sim.balanceMicros());

        QCOMPARE(rig.store.keys().size(), rig.sim.keyCount());
        for (const QString& id : rig.sim.keyIds()) {
            const ApiKey* k = rig.store.key(id);
            QVERIFY2(k, qPrintable(id));
            QCOMPARE(k->spend.micros(), rig.sim.keySpendMicros(id));
            QCOMPARE(k->limit.toApi().micros(), rig.sim.keyLimitMicros(id));
            // The daily usage of this month adds up to the key's monthly spend.
            QCOMPARE(sum(rig.store.dailySpend(EntityRef::key(id))).micros(), rig.sim.keySpendMicros(id));
            // And the model shows it.
            const int row = rig.keys.rowOf(id);
            QVERIFY(row >= 0);
            QCOMPARE(
                rig.keys.index(row, ApiKeyTableModel::SpendColumn).data(ApiKeyTableModel::MoneyRole).value<Money>(),
                k->spend);
        }
        QCOMPARE(rig.store.monthToDate(EntityRef::org()).micros(), rig.sim.totalMonthSpendMicros());
        QCOMPARE(sum(rig.store.dailySpend(EntityRef::org())).micros(), rig.sim.totalMonthSpendMicros());
        QCOMPARE(rig.keys.rowCount(), rig.sim.keyCount());

        QCOMPARE(rig.store.projects().size(), rig.sim.projectIds().size());
        QCOMPARE(rig.projects.rowCount(), rig.sim.projectIds().size());
        for (const QString& id : rig.sim.projectIds()) {
            const Project* p = rig.store.project(id);
            QVERIFY(p);
            QCOMPARE(p->spend.micros(), rig.sim.projectSpendMicros(id));
            QCOMPARE(p->limit.toApi().micros(), rig.sim.projectLimitMicros(id));
        }
        QVERIFY(!rig.store.spendByModel(EntityRef::org()).isEmpty());
        Money byModel;
        for (const auto& m : rig.store.spendByModel(EntityRef::org()))
            byModel += m.second;
        QCOMPARE(byModel.micros(), rig.sim.totalMonthSpendMicros());

        QVERIFY(rig.store.lastRefreshChangedData());

        // A second refresh of an unchanged server changes no row, and the store does not even announce
        // a change: only the sync time is new.
        QSignalSpy dataChanged(&rig.keys, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&rig.keys, &QAbstractItemModel::modelReset);
        changed.clear();
        const QDateTime asOf = rig.store.asOf();
        QVERIFY(rig.refresh());
        QCOMPARE(dataChanged.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 0);
        QVERIFY(!rig.store.lastRefreshChangedData());
        QCOMPARE(rig.store.asOf(), asOf);

        // Spend moves on: the next refresh is a change again.
        rig.sim.advance(600);
        QVERIFY(rig.refresh());
        QCOMPARE(changed.size(), 1);
        QVERIFY(rig.store.lastRefreshChangedData());
        QVERIFY(rig.store.asOf() > asOf);
    }

    void usageIsFetchedIncrementally()
    {
        Rig rig;
        auto groundTruth = [&rig] {
            for (const QString& id : rig.sim.keyIds())
                QCOMPARE(sum(rig.store.dailySpend(EntityRef::key(id))).micros(), rig.sim.keySpendMicros(id));
            QCOMPARE(sum(rig.store.dailySpend(EntityRef::org())).micros(), rig.sim.totalMonthSpendMicros());
            Money byModel;
            for (const auto& m : rig.store.spendByModel(EntityRef::org()))
                byModel += m.second;
            QCOMPARE(byModel.micros(), rig.sim.totalMonthSpendMicros());
        };
        const QDateTime monthStart = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());
        rig.store.setFullUsageIntervalSecs(2 * 86400); // the default is an hour; this test spans a day
        QVERIFY(rig.refresh());                        // first: the whole window
        QCOMPARE(rig.store.lastUsageQueryStart(), monthStart.addDays(-7));
        const int buckets = rig.store.snapshot().dailyByKey.size();

        rig.sim.advance(1800); // same day: only today is asked for again
        QVERIFY(rig.refresh());
        QCOMPARE(rig.store.lastUsageQueryStart(), QDateTime(QDate(2026, 11, 12), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(rig.store.snapshot().dailyByKey.size(), buckets);
        groundTruth();

        rig.sim.advance(24 * 3600); // the next day: yesterday's last hours and today
        qint64 before = rig.sim.requestCount();
        QVERIFY(rig.refresh());
        const qint64 incrementalRequests = rig.sim.requestCount() - before;
        QCOMPARE(rig.store.lastUsageQueryStart(), QDateTime(QDate(2026, 11, 12), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(rig.store.snapshot().dailyByKey.size(), buckets + 1);
        groundTruth();

        rig.store.setFullUsageIntervalSecs(3600); // the last full fetch is older than that now
        rig.sim.advance(600);
        before = rig.sim.requestCount();
        QVERIFY(rig.refresh());
        QCOMPARE(rig.store.lastUsageQueryStart(), monthStart.addDays(-7));
        // The full window (25 Oct 00:00 to 13 Nov 16:10, under 20 days) comes in spans of a week: 3 key-usage requests
        // where the incremental refresh made one, and the data is the same as in one piece.
        const qint64 spans = (20 + RefreshJob::kKeyUsageChunkDays - 1) / RefreshJob::kKeyUsageChunkDays;
        QCOMPARE(spans, 3);
        QCOMPARE(rig.sim.requestCount() - before, incrementalRequests + spans - 1);
        groundTruth();
    }

    void keptAndFreshUsageRowsShareGroups()
    {
        Rig rig;
        rig.store.setFullUsageIntervalSecs(2 * 86400);
        QVERIFY(rig.refresh()); // the whole window, in spans of a week
        rig.sim.advance(24 * 3600);
        QVERIFY(rig.refresh()); // the rows from 12 Nov on are fetched again, the earlier ones kept
        const QDateTime since(QDate(2026, 11, 12), QTime(0, 0), QTimeZone::utc());
        QCOMPARE(rig.store.lastUsageQueryStart(), since);

        // Every row naming a group holds the one copy of it, kept or fresh.
        const OrgSnapshot shown = rig.store.snapshot();
        auto checkShared = [&since](const UsageSeries& series, QStringView field, int& freshShared) {
            QHash<QString, GroupValues> first;
            for (const UsageBucket& b : series) {
                for (const UsageGroup& g : b.groups) {
                    const auto it = first.constFind(g.values.value(field));
                    if (it == first.cend()) {
                        first.insert(g.values.value(field), g.values);
                        continue;
                    }
                    QCOMPARE(g.values, *it);
                    QVERIFY2(g.values.isSharedWith(*it), qPrintable(b.start.toString(Qt::ISODate)));
                    freshShared += b.start >= since ? 1 : 0;
                }
            }
        };
        int byKey = 0;
        int byModel = 0;
        checkShared(shown.dailyByKey, u"api_key_id", byKey);
        checkShared(shown.dailyByModel, u"model_used", byModel);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(byKey > 0);
        QVERIFY(byModel > 0);

        // The data is what a full fetch brings.
        RefreshJob full(&rig.api, rig.clock, rig.store.capabilities());
        QSignalSpy fullDone(&full, &RefreshJob::finished);
        full.start();
        QVERIFY(fullDone.wait(30000));
        QVERIFY(full.ok());
        QVERIFY(full.snapshot().sameDataAs(shown));

        // Unchanged data on the same day: the job hands back the rows shown, not the copies it fetched
        // (the store shows them when it re-derives).
        const QDateTime today = since.addDays(1);
        RefreshJob same(&rig.api, rig.clock, rig.store.capabilities());
        same.setUsageBase(shown, today);
        same.setPrevious(shown, std::make_shared<const UsageIndex>(UsageIndex::build(shown, shown.fetchedAt)));
        QSignalSpy sameDone(&same, &RefreshJob::finished);
        same.start();
        QVERIFY(sameDone.wait(30000));
        QVERIFY(same.ok());
        QVERIFY(same.sameAsPrevious());
        QVERIFY(same.snapshot().sameDataAs(shown));
        const UsageBucket& fetched = same.snapshot().dailyByKey.constLast();
        const UsageBucket& held = shown.dailyByKey.constLast();
        QCOMPARE(fetched.start, today);
        QVERIFY(!fetched.groups.isEmpty());
        QCOMPARE(fetched.groups.size(), held.groups.size());
        for (qsizetype i = 0; i < fetched.groups.size(); ++i)
            QVERIFY(fetched.groups.at(i).values.isSharedWith(held.groups.at(i).values));
    }

    void refreshesNeverOverlap()
    {
        Rig rig;
        QSignalSpy started(&rig.store, &OrgStore::refreshStarted);
        QSignalSpy finished(&rig.store, &OrgStore::refreshFinished);
        QVERIFY(rig.store.refresh());
        QVERIFY(rig.store.isRefreshing());
        QVERIFY(!rig.store.refresh());
        QCOMPARE(started.size(), 1);
        QVERIFY(finished.wait(30000));
        QVERIFY(!rig.store.isRefreshing());
        QVERIFY(rig.store.refresh());
        QVERIFY(finished.wait(30000));
        QCOMPARE(started.size(), 2);
    }

    void cancelledRefreshChangesNothing()
    {
        Rig rig;
        QVERIFY(rig.refresh());
        const int keys = rig.store.keys().size();
        QSignalSpy finished(&rig.store, &OrgStore::refreshFinished);
        QSignalSpy errors(&rig.store, &OrgStore::errorOccurred);
        QSignalSpy changed(&rig.store, &OrgStore::snapshotChanged);
        QVERIFY(rig.store.refresh());
        rig.store.cancelRefresh();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(rig.store.lastError().kind(), ApiError::Kind::Cancelled);
        QVERIFY(!rig.store.isRefreshing());
        QCOMPARE(errors.size(), 0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(rig.store.keys().size(), keys);
        QVERIFY(rig.refresh()); // and the next one works
    }

    void setKeyLimitReReadsAndUpdates()
    {
        Rig rig;
        QVERIFY(rig.refresh());
        const QString id = rig.plainKey();
        const Limit seen = rig.store.key(id)->limit;
        const Limit wanted = Limit::of(seen.toApi() + Money::fromCents(1234) + Money::fromDollars(10));
        QSignalSpy changed(&rig.store, &OrgStore::snapshotChanged);
        QSignalSpy rowChanged(&rig.keys, &QAbstractItemModel::dataChanged);
        std::optional<Result<ApiKey>> result;
        rig.store.setKeyLimit(id, wanted, seen, this, [&](Result<ApiKey> r) { result = r; });
        WAIT_FOR(result);
        QVERIFY2(result->ok(), qPrintable(result->error().technicalText()));
        QCOMPARE(result->value().limit, wanted);
        QCOMPARE(rig.sim.keyLimitMicros(id), wanted.toApi().micros());
        QCOMPARE(rig.store.key(id)->limit, wanted);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(rowChanged.size(), 1);
        QCOMPARE(rowChanged.first().at(0).toModelIndex().row(), rig.keys.rowOf(id));
        QCOMPARE(rig.keys.index(rig.keys.rowOf(id), ApiKeyTableModel::LimitColumn)
                     .data(ApiKeyTableModel::MoneyRole)
                     .value<Money>(),
                 wanted.toApi());
        const AuditEntry& e = rig.audit.entries().last();
        QVERIFY(e.ok);
        QCOMPARE(e.action, QStringLiteral("set_limit"));
        QCOMPARE(e.entityId, id);
        QCOMPARE(e.profile, QStringLiteral("integration"));
        QCOMPARE(e.oldValue, AuditEntry::formatLimit(seen));
        QCOMPARE(e.newValue, AuditEntry::formatLimit(wanted));

        // Removing the cap: 0 on the wire, "no limit" here.
        result.reset();
        rig.store.setKeyLimit(id, Limit::none(), wanted, this, [&](Result<ApiKey> r) { result = r; });
        WAIT_FOR(result);
        QVERIFY(result->ok());
        QCOMPARE(rig.sim.keyLimitMicros(id), 0);
        QVERIFY(rig.store.key(id)->limit.isUnlimited());
    }

    void conflictWhenChangedBehindTheUsersBack()
    {
        Rig rig;
        QVERIFY(rig.refresh());
        const QString id = rig.plainKey();
        const Limit seen = rig.store.key(id)->limit;
        const qint64 other = seen.toApi().micros() + 77'000'000;
        rig.sim.organization().setKeyLimit(rig.simIndex(id), other); // someone else, in the console

        QSignalSpy changed(&rig.store, &OrgStore::snapshotChanged);
        std::optional<Result<ApiKey>> result;
        rig.store.setKeyLimit(id, Limit::of(Money::fromDollars(5)), seen, this, [&](Result<ApiKey> r) { result = r; });
        WAIT_FOR(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::Conflict);
        const std::optional<Limit> server = OrgStore::conflictServerLimit(result->error());
        QVERIFY(server);
        QCOMPARE(server->toApi().micros(), other);
        QVERIFY(rig.store.lastConflict());
        QCOMPARE(rig.store.lastConflict()->seen, seen);
        QCOMPARE(rig.store.lastConflict()->entity, EntityRef::key(id));
        const QString text = OrgStore::describeConflict(*rig.store.lastConflict(), QLocale(QLocale::English));
        QVERIFY2(text.contains(Money::fromMicros(other).format(QLocale(QLocale::English))), qPrintable(text));
        // Nothing was written, nothing changed here.
        QCOMPARE(rig.sim.keyLimitMicros(id), other);
        QCOMPARE(rig.store.key(id)->limit, seen);
        QCOMPARE(changed.size(), 0);
        QVERIFY(!rig.audit.entries().last().ok);
        QVERIFY(rig.audit.entries().last().error.contains(QStringLiteral("changed on the server")));

        // The user decides to overwrite, knowing the server's value.
        result.reset();
        rig.store.setKeyLimit(id, Limit::of(Money::fromDollars(5)), *server, this,
                              [&](Result<ApiKey> r) { result = r; });
        WAIT_FOR(result);
        QVERIFY(result->ok());
        QCOMPARE(rig.sim.keyLimitMicros(id), 5'000'000);
    }

    void failedWriteChangesNothing()
    {
        Rig rig;
        QVERIFY(rig.refresh());
        const QString id = rig.plainKey();
        const ApiKey before = *rig.store.key(id);
        const int keyCount = rig.store.keys().size();
        rig.sim.setErrorRate(1.0);
        QSignalSpy changed(&rig.store, &OrgStore::snapshotChanged);

        std::optional<Result<ApiKey>> limit;
        rig.store.setKeyLimit(id, Limit::of(Money::fromDollars(1)), before.limit, this,
                              [&](Result<ApiKey> r) { limit = r; });
        WAIT_FOR(limit);
        QVERIFY(!limit->ok());
        QCOMPARE(limit->error().kind(), ApiError::Kind::Server);

        std::optional<Result<Done>> del;
        rig.store.deleteKey(id, this, [&](Result<Done> r) { del = r; });
        WAIT_FOR(del);
        QVERIFY(!del->ok());

        std::optional<Result<ApiKey>> labels;
        rig.store.setKeyLabels(id, {{QStringLiteral("x"), QStringLiteral("y")}}, this,
                               [&](Result<ApiKey> r) { labels = r; });
        WAIT_FOR(labels);
        QVERIFY(!labels->ok());

        QCOMPARE(changed.size(), 0);
        QCOMPARE(*rig.store.key(id), before);
        QCOMPARE(rig.store.keys().size(), keyCount);
        QCOMPARE(rig.keys.rowCount(), keyCount);
        rig.sim.setErrorRate(0.0);
        QCOMPARE(rig.sim.keyLimitMicros(id), before.limit.toApi().micros());
        // Every attempt is in the audit log as a failure.
        const QList<AuditEntry>& log = rig.audit.entries();
        QCOMPARE(log.size(), 3);
        for (const AuditEntry& e : log)
            QVERIFY(!e.ok && !e.error.isEmpty());
    }

    void createLabelsExpiryDelete()
    {
        Rig rig;
        QVERIFY(rig.refresh());
        const int before = rig.sim.keyCount();
        NewApiKey nk;
        nk.name = QStringLiteral("integration-bot");
        nk.limit = Limit::of(Money::fromCents(4250));
        nk.labels = {{QStringLiteral("env"), QStringLiteral("test")}};
        nk.expiresAt = QDateTime(QDate(2027, 1, 31), QTime(23, 59, 59), QTimeZone::utc());
        QSignalSpy inserted(&rig.keys, &QAbstractItemModel::rowsInserted);
        std::optional<Result<CreatedApiKey>> created;
        rig.store.createKey(nk, this, [&](Result<CreatedApiKey> r) { created = r; });
        WAIT_FOR(created);
        QVERIFY2(created->ok(), qPrintable(created->error().technicalText()));
        const QString id = created->value().id;
        const QString secret = created->value().secret;
        QVERIFY(!secret.isEmpty());
        QCOMPARE(rig.sim.keyCount(), before + 1);
        const ApiKey* k = rig.store.key(id);
        QVERIFY(k);
        QCOMPARE(k->name, nk.name);
        QCOMPARE(k->limit, nk.limit);
        QCOMPARE(k->labels, nk.labels);
        QCOMPARE(k->expiresAt, nk.expiresAt);
        QCOMPARE(rig.sim.keyLimitMicros(id), 42'500'000);
        QCOMPARE(rig.sim.organization().key(rig.simIndex(id)).labels, nk.labels);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(rig.keys.rowCount(), before + 1);
        QCOMPARE(rig.keys.idAt(rig.keys.rowCount() - 1), id);

        // Labels and expiry of an existing key.
        const QMap<QString, QString> labels{{QStringLiteral("team"), QStringLiteral("ml")}};
        std::optional<Result<ApiKey>> labelled;
        rig.store.setKeyLabels(id, labels, this, [&](Result<ApiKey> r) { labelled = r; });
        WAIT_FOR(labelled);
        QVERIFY(labelled->ok());
        QCOMPARE(rig.store.key(id)->labels, labels);
        QCOMPARE(rig.sim.organization().key(rig.simIndex(id)).labels, labels);
        QCOMPARE(rig.keys.index(rig.keys.rowOf(id), ApiKeyTableModel::LabelsColumn).data().toString(),
                 QStringLiteral("team=ml"));

        std::optional<Result<ApiKey>> expiring;
        rig.store.setKeyExpiry(id, QDateTime(), this, [&](Result<ApiKey> r) { expiring = r; }); // never
        WAIT_FOR(expiring);
        QVERIFY(expiring->ok());
        QVERIFY(!rig.store.key(id)->expiresAt.isValid());
        QCOMPARE(rig.sim.organization().key(rig.simIndex(id)).expiresAt, 0);

        // Delete: gone from the store, the model and the server.
        QSignalSpy removed(&rig.keys, &QAbstractItemModel::rowsRemoved);
        std::optional<Result<Done>> deleted;
        rig.store.deleteKey(id, this, [&](Result<Done> r) { deleted = r; });
        WAIT_FOR(deleted);
        QVERIFY(deleted->ok());
        QCOMPARE(rig.store.key(id), nullptr);
        QCOMPARE(rig.keys.rowOf(id), -1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(rig.sim.keyCount(), before);

        // The audit log has it all, chained, and no secret anywhere on disk.
        QStringList actions;
        for (const AuditEntry& e : rig.audit.entries())
            actions.append(e.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("set_labels"),
                                       QStringLiteral("set_expiry"), QStringLiteral("delete")}));
        QVERIFY(rig.audit.verifyChain().ok);
        QSignalSpy saved(rig.store.cache(), &DiskCache::saved);
        QTRY_VERIFY(!rig.store.cache()->isSaving());
        const QByteArray cache = fileContent(rig.store.cache()->path());
        const QByteArray audit = fileContent(rig.audit.path());
        QVERIFY(!cache.isEmpty());
        QVERIFY(!audit.isEmpty());
        for (const QByteArray& secretText : {secret.toUtf8(), rig.sim.adminKey().toUtf8()}) {
            QVERIFY(!cache.contains(secretText));
            QVERIFY(!audit.contains(secretText));
        }
    }

    void projectLimitAndConflict()
    {
        Rig rig;
        QVERIFY(rig.refresh());
        const QString pid = rig.sim.projectIds().first();
        const Limit seen = rig.store.project(pid)->limit;
        const Limit wanted = Limit::of(Money::fromDollars(321));
        std::optional<Result<Project>> result;
        rig.store.setProjectLimit(pid, wanted, seen, this, [&](Result<Project> r) { result = r; });
        WAIT_FOR(result);
        QVERIFY2(result->ok(), qPrintable(result->error().technicalText()));
        QCOMPARE(rig.sim.projectLimitMicros(pid), 321'000'000);
        QCOMPARE(rig.store.project(pid)->limit, wanted);
        QCOMPARE(rig.projects.index(rig.projects.rowOf(pid), ProjectTableModel::LimitColumn)
                     .data(ProjectTableModel::MoneyRole)
                     .value<Money>(),
                 Money::fromDollars(321));

        const int index =
            int(std::find_if(rig.sim.organization().projects().begin(), rig.sim.organization().projects().end(),
                             [&](const SimOrganization::Project& p) { return p.id == pid; }) -
                rig.sim.organization().projects().begin());
        rig.sim.organization().setProjectLimit(index, 999'000'000);
        result.reset();
        rig.store.setProjectLimit(pid, Limit::of(Money::fromDollars(1)), wanted, this,
                                  [&](Result<Project> r) { result = r; });
        WAIT_FOR(result);
        QCOMPARE(result->error().kind(), ApiError::Kind::Conflict);
        QCOMPARE(OrgStore::conflictServerLimit(result->error())->toApi().micros(), 999'000'000);
        QCOMPARE(rig.sim.projectLimitMicros(pid), 999'000'000);
        QCOMPARE(rig.store.project(pid)->limit, wanted);
    }

    void unreachableServerKeepsDataAndMarksStale()
    {
        Rig rig;
        QVERIFY(rig.refresh());
        const int keyCount = rig.store.keys().size();
        const QDateTime lastSuccess = rig.store.lastSuccess();
        rig.sim.stop();
        QSignalSpy errors(&rig.store, &OrgStore::errorOccurred);
        QSignalSpy stale(&rig.store, &OrgStore::staleChanged);
        QSignalSpy changed(&rig.store, &OrgStore::snapshotChanged);
        QVERIFY(!rig.refresh());
        QVERIFY(rig.store.isStale());
        QCOMPARE(stale.size(), 1);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<ApiError>().kind(), ApiError::Kind::Network);
        QCOMPARE(changed.size(), 0);
        QVERIFY(rig.store.hasData());
        QCOMPARE(rig.store.keys().size(), keyCount);
        QCOMPARE(rig.keys.rowCount(), keyCount);
        QCOMPARE(rig.store.lastSuccess(), lastSuccess);

        // Back (on a new port): fresh again.
        QVERIFY(rig.sim.start());
        rig.api.setBaseUrl(rig.sim.url());
        QVERIFY(rig.refresh());
        QVERIFY(!rig.store.isStale());
    }

    void serverWithoutProjects()
    {
        Rig rig(simOptions(false));
        QSignalSpy errors(&rig.store, &OrgStore::errorOccurred);
        QVERIFY(rig.refresh());
        QCOMPARE(errors.size(), 0);
        QVERIFY(!rig.store.hasProjects());
        QVERIFY(!rig.keys.hasProjects());
        QCOMPARE(rig.projects.rowCount(), 0);
        QCOMPARE(rig.keys.rowCount(), rig.sim.keyCount());
        for (int r = 0; r < rig.keys.rowCount(); ++r)
            QVERIFY(rig.keys.index(r, ApiKeyTableModel::ProjectColumn).data().toString().isEmpty());
        const QString id = rig.plainKey();
        QVERIFY(rig.store.effectiveHeadroom(*rig.store.key(id)) ==
                rig.store.key(id)->limit.headroom(rig.store.key(id)->spend));
    }

    void cacheShowsLastDataAtStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.json"));
        int keyCount = 0;
        {
            Rig rig;
            rig.store.setCachePath(path);
            QSignalSpy saved(rig.store.cache(), &DiskCache::saved);
            QVERIFY(rig.refresh());
            keyCount = rig.store.keys().size();
            QVERIFY(saved.wait(10000) || !saved.isEmpty());
        }
        FixedClock clock(QDateTime::currentDateTimeUtc());
        OrgStore store(nullptr, clock);
        store.setCachePath(path);
        QVERIFY(store.loadCache());
        QVERIFY(store.isStale());
        QCOMPARE(store.keys().size(), keyCount);
        QVERIFY(store.capabilities().projects);

        // The app loads it on a worker: the data arrives after the call returns, marked stale.
        OrgStore later(nullptr, clock);
        later.setCachePath(path);
        QSignalSpy loaded(&later, &OrgStore::cacheLoaded);
        later.loadCacheAsync();
        QVERIFY(!later.hasData());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toBool(), true);
        QCOMPARE(later.keys().size(), keyCount);
        QVERIFY(later.isStale());
        QCOMPARE(later.dailySpend(EntityRef::org()), store.dailySpend(EntityRef::org()));

        // Data that arrived meanwhile (a refresh) is newer than the file and stays.
        OrgStore refreshed(nullptr, clock);
        refreshed.setCachePath(path);
        QSignalSpy loaded2(&refreshed, &OrgStore::cacheLoaded);
        refreshed.loadCacheAsync();
        OrgSnapshot newer;
        newer.fetchedAt = QDateTime::currentDateTimeUtc().addSecs(60);
        newer.organization.name = QStringLiteral("newer");
        refreshed.setSnapshot(newer, false);
        QVERIFY(loaded2.wait(10000));
        QCOMPARE(loaded2.first().first().toBool(), false);
        QCOMPARE(refreshed.organization().name, QStringLiteral("newer"));
        QVERIFY(refreshed.keys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_OrgStoreSim)
#include "tst_orgstoresim.moc"
