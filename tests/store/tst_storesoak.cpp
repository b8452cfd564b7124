// The store driven by RefreshScheduler against a 10 000-key simulator: 20 refreshes while limits change
// behind the app's back and through the app, keys come and go; the models stay equal to the store after
// every refresh and to the simulator's ground truth at the end. Never a model reset.
#include "simulatorclock.h"

#include "itemmodels/apikeytablemodel.h"
#include "itemmodels/projecttablemodel.h"
#include "simorganization.h"
#include "store/orgstore.h"
#include "store/refreshscheduler.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace {

constexpr int kKeys = 10000;
constexpr int kRefreshes = 20;

// Every row of the model against the store: same ids, same spend and limit.
bool modelMatchesStore(const ApiKeyTableModel& model, const OrgStore& store, QString* why)
{
    if (model.rowCount() != store.keys().size()) {
        *why = QStringLiteral("%1 rows for %2 keys").arg(model.rowCount()).arg(store.keys().size());
        return false;
    }
    for (const ApiKey& k : store.keys()) {
        const int row = model.rowOf(k.id);
        if (row < 0) {
            *why = QStringLiteral("no row for %1").arg(k.id);
            return false;
        }
        const Money spend =
            model.index(row, ApiKeyTableModel::SpendColumn).data(ApiKeyTableModel::MoneyRole).value<Money>();
        const qint64 limitSort =
            model.index(row, ApiKeyTableModel::LimitColumn).data(ApiKeyTableModel::SortRole).toLongLong();
        const qint64 expectedLimit =
            k.limit.hasLimit() ? k.limit.amount().micros() : std::numeric_limits<qint64>::max();
        if (spend != k.spend || limitSort != expectedLimit) {
            *why = QStringLiteral("row of %1 is stale").arg(k.id);
            return false;
        }
    }
    return true;
}

} // namespace

class tst_StoreSoak : public QObject
{
    Q_OBJECT

private slots:
    void twentyRefreshesOfTenThousandKeys()
    {
        Simulator::Options o;
        o.keys = kKeys;
        o.projects = 40;
        o.seed = 11;
        o.speed = 3600; // an hour of spend per real second
        // Early in a month: the usage window (7 + 3 days) stays small enough for a debug build.
        o.startTime = QDateTime(QDate(2026, 11, 3), QTime(9, 0), QTimeZone::utc());
        Simulator sim(o);
        QVERIFY(sim.start());
        SimulatorClock clock(sim);
        QNetworkAccessManager nam;
        ManagementApi api(&nam);
        api.setBaseUrl(sim.url());
        api.setApiKey(sim.adminKey());
        OrgStore store(&api, clock);
        ApiKeyTableModel keys(&store);
        ProjectTableModel projects(&store);
        RefreshScheduler scheduler(&store);
        scheduler.setNetworkMonitoring(false);
        scheduler.setMillisecondsPerSecond(1); // the 15 s minimum interval becomes 15 ms
        scheduler.setIntervalSecs(15);

        QSignalSpy resets(&keys, &QAbstractItemModel::modelReset);
        QSignalSpy projectResets(&projects, &QAbstractItemModel::modelReset);
        int refreshes = 0;
        int failures = 0;
        int running = 0;
        int overlaps = 0;
        QString problem;
        QHash<QString, qint64> expectedLimits; // set behind the app's back, to be seen by the next refresh
        QStringList ids;
        const QString admin = sim.keyIdForSecret(sim.adminKey());
        const QString read = sim.keyIdForSecret(sim.readKey());
        QElapsedTimer total;
        total.start();

        connect(&store, &OrgStore::refreshStarted, this, [&] {
            if (running++ > 0)
                ++overlaps;
        });
        connect(&store, &OrgStore::refreshFinished, this, [&](bool ok) {
            --running;
            if (!ok) {
                ++failures;
                return;
            }
            ++refreshes;
            for (auto it = expectedLimits.cbegin(); it != expectedLimits.cend() && problem.isEmpty(); ++it) {
                const ApiKey* k = store.key(it.key());
                if (!k || k->limit.toApi().micros() != it.value())
                    problem = QStringLiteral("refresh %1: limit of %2 not picked up").arg(refreshes).arg(it.key());
            }
            if (projects.rowCount() != store.projects().size() && problem.isEmpty())
                problem = QStringLiteral("refresh %1: project rows").arg(refreshes);
            if (refreshes >= kRefreshes) {
                scheduler.stop();
                return;
            }
            // Behind the app's back: 1 % of the limits change (the console, another admin).
            expectedLimits.clear();
            if (ids.isEmpty())
                ids = sim.keyIds();
            for (int i = 0; i < kKeys / 100; ++i) {
                const QString& id = ids.at((refreshes * 7919 + i * 104729) % ids.size());
                if (id == admin || id == read || !store.key(id))
                    continue;
                const qint64 limit = qint64(refreshes * 1000 + i) * 10'000;
                sim.organization().setKeyLimit(sim.organization().findKey(id), limit);
                expectedLimits.insert(id, limit);
            }
            // Through the app, every fifth refresh: one limit written with the conflict check.
            if (refreshes % 5 == 0) {
                const ApiKey* k = store.key(ids.at(refreshes % ids.size()));
                if (k && k->id != admin && k->id != read && !expectedLimits.contains(k->id))
                    store.setKeyLimit(k->id, Limit::of(Money::fromDollars(refreshes)), k->limit, this,
                                      [&problem](Result<ApiKey> r) {
                                          if (!r.ok() && r.error().kind() != ApiError::Kind::Conflict)
                                              problem = r.error().technicalText();
                                      });
            }
        });

        // Big organizations build rows on a worker; each time the model has caught up it equals the store.
        int modelChecks = 0;
        connect(&keys, &ApiKeyTableModel::merged, this, [&] {
            if (keys.isUpdating())
                return; // a newer snapshot is already being built
            ++modelChecks;
            QString why;
            if (problem.isEmpty() && !modelMatchesStore(keys, store, &why))
                problem = QStringLiteral("merge %1: %2").arg(modelChecks).arg(why);
        });

        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(refreshes >= kRefreshes || !problem.isEmpty(), 50000);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        qInfo("%d refreshes of %d keys in %lld ms (%d failed)", refreshes, kKeys, total.elapsed(), failures);
        QVERIFY(modelChecks >= kRefreshes / 2);
        QCOMPARE(overlaps, 0);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(projectResets.size(), 0);

        // Freeze the simulator and refresh once more: every row equals the ground truth.
        QTRY_VERIFY_WITH_TIMEOUT(!store.isRefreshing(), 20000);
        sim.setSpeed(0);
        QSignalSpy finished(&store, &OrgStore::refreshFinished);
        QVERIFY(scheduler.refreshNow());
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!keys.isUpdating(), 20000);
        QCOMPARE(keys.rowCount(), sim.keyCount());
        for (const QString& id : sim.keyIds()) {
            const int row = keys.rowOf(id);
            QVERIFY2(row >= 0, qPrintable(id));
            QCOMPARE(keys.index(row, ApiKeyTableModel::SpendColumn)
                         .data(ApiKeyTableModel::MoneyRole)
                         .value<Money>()
                         .micros(),
                     sim.keySpendMicros(id));
            const qint64 limit = sim.keyLimitMicros(id);
            QCOMPARE(keys.index(row, ApiKeyTableModel::LimitColumn).data(ApiKeyTableModel::SortRole).toLongLong(),
                     limit == 0 ? std::numeric_limits<qint64>::max() : limit);
        }
        QCOMPARE(store.monthToDate(EntityRef::org()).micros(), sim.totalMonthSpendMicros());
        QCOMPARE(projects.rowCount(), sim.projectIds().size());
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_StoreSoak)
#include "tst_storesoak.moc"
