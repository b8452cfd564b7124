// The store driven by RefreshScheduler against a 10 000-key simulator: 20 refreshes while spend grows,
// limits change behind the app's back and through the app. After every refresh the store equals the
// simulator's ground truth; every time the key model has caught up it equals the store; at the end every
// row equals the simulator. Never a model reset, never two refreshes at once.
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
        // The precomputed row itself (what data() serves its cells from), without a QVariant per cell.
        const EntityRow& r = model.rowAt(row);
        const Money spend = r.spend;
        const qint64 limitSort = r.limit.hasLimit() ? r.limit.amount().micros() : std::numeric_limits<qint64>::max();
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
        // Simulated time only moves when the test says so (advance()): spend grows by whole hours between
        // refreshes and the ground truth holds still while it is compared.
        o.speed = 0;
        o.startTime = QDateTime(QDate(2026, 11, 1), QTime(6, 0), QTimeZone::utc());
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
        int rowsChanged = 0;
        QString problem;
        QString writing; // a key being written through the app right now (its truth is in flux)
        const QStringList ids = sim.keyIds();
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
            // The store equals the simulator (frozen since this refresh's requests were served).
            if (problem.isEmpty() && store.keys().size() != sim.keyCount())
                problem = QStringLiteral("refresh %1: %2 keys, simulator %3")
                              .arg(refreshes)
                              .arg(store.keys().size())
                              .arg(sim.keyCount());
            for (const QString& id : ids) {
                if (!problem.isEmpty())
                    break;
                const ApiKey* k = store.key(id);
                if (!k || k->spend.micros() != sim.keySpendMicros(id) ||
                    (id != writing && k->limit.toApi().micros() != sim.keyLimitMicros(id)))
                    problem = QStringLiteral("refresh %1: key %2 differs from the simulator").arg(refreshes).arg(id);
            }
            if (refreshes >= kRefreshes) {
                scheduler.stop();
                return;
            }
            // Spend grows every fourth refresh (the model then rebuilds most rows; in between only the rows
            // whose limit changed).
            if (refreshes % 4 == 1)
                sim.advance(3600);
            // Behind the app's back: 1 % of the limits change (the console, another admin).
            for (int i = 0; i < kKeys / 100; ++i) {
                const QString& id = ids.at((refreshes * 7919 + i * 104729) % ids.size());
                if (id == admin || id == read || id == writing)
                    continue;
                sim.organization().setKeyLimit(sim.organization().findKey(id), qint64(refreshes * 1000 + i) * 10'000);
            }
            // Through the app, every fifth refresh: one limit written with the conflict check.
            if (refreshes % 5 == 0 && writing.isEmpty()) {
                const ApiKey* k = store.key(ids.at((refreshes * 31) % ids.size()));
                if (k && k->id != admin && k->id != read) {
                    writing = k->id;
                    store.setKeyLimit(k->id, Limit::of(Money::fromDollars(refreshes)), k->limit, this,
                                      [&](Result<ApiKey> r) {
                                          if (!r.ok() && r.error().kind() != ApiError::Kind::Conflict)
                                              problem = r.error().technicalText();
                                          writing.clear();
                                      });
                }
            }
        });
        // Big organizations build rows on a worker; each time the model has caught up it equals the store.
        int modelChecks = 0;
        connect(&keys, &ApiKeyTableModel::merged, this, [&] {
            rowsChanged += keys.lastMerge().changed;
            if (keys.isUpdating())
                return; // a newer snapshot is already being built
            ++modelChecks;
            QString why;
            if (problem.isEmpty() && !modelMatchesStore(keys, store, &why))
                problem = QStringLiteral("merge %1: %2").arg(modelChecks).arg(why);
        });

        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(refreshes >= kRefreshes || !problem.isEmpty(), 55000);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        qInfo("%d refreshes of %d keys in %lld ms (%d failed), %d row updates, %d model checks", refreshes, kKeys,
              total.elapsed(), failures, rowsChanged, modelChecks);
        QVERIFY(modelChecks >= kRefreshes / 2);
        QVERIFY(rowsChanged >= kRefreshes / 2 * kKeys / 100); // the changes did reach the model
        QCOMPARE(overlaps, 0);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(projectResets.size(), 0);

        // One last refresh once the app's own write is done: every row equals the ground truth.
        QTRY_VERIFY_WITH_TIMEOUT(!store.isRefreshing() && writing.isEmpty(), 20000);
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
