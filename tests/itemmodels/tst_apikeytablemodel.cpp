// ApiKeyTableModel: merges produce exactly the signals of what changed; display, roles and status.
#include "modelsignals.h"
#include "testsnapshots.h"

#include "itemmodels/apikeytablemodel.h"
#include "store/orgstore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <limits>
#include <memory>

using namespace TestSnapshots;
using M = ApiKeyTableModel;

class tst_ApiKeyTableModel : public QObject
{
    Q_OBJECT

    const QDateTime m_now = utc(2026, 11, 10);
    const QLocale m_us{QLocale::English, QLocale::UnitedStates};

    struct Rig
    {
        explicit Rig(const QDateTime& now)
            : clock(now)
        {}
        FixedClock clock;
        OrgStore store{nullptr, clock};
        M model{&store};
        QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    };

    QVariant cell(const M& m, const QString& id, int column, int role = Qt::DisplayRole)
    {
        return m.data(m.index(m.rowOf(id), column), role);
    }

private slots:
    void firstFillInsertsRows()
    {
        Rig rig(m_now);
        QCOMPARE(rig.model.rowCount(), 0);
        QCOMPARE(rig.model.columnCount(), int(M::ColumnCount));
        ModelSignals sig(&rig.model);
        rig.store.setSnapshot(snapshot(m_now, manyKeys(5)), false);
        QCOMPARE(rig.model.rowCount(), 5);
        QCOMPARE(sig.resets, 0);
        QCOMPARE(sig.inserted.size(), 1);
        QCOMPARE(sig.inserted[0].first, 0);
        QCOMPARE(sig.inserted[0].last, 4);
        QCOMPARE(sig.dataChanged.size(), 0);
        QCOMPARE(rig.model.idAt(3), QStringLiteral("k3"));
        QCOMPARE(rig.model.rowOf(QStringLiteral("k4")), 4);
    }

    void identicalSnapshotEmitsNothing()
    {
        Rig rig(m_now);
        rig.store.setSnapshot(snapshot(m_now, manyKeys(50)), false);
        ModelSignals sig(&rig.model);
        rig.store.setSnapshot(snapshot(m_now, manyKeys(50)), false);
        QCOMPARE(sig.dataChanged.size(), 0);
        QCOMPARE(sig.inserted.size(), 0);
        QCOMPARE(sig.removed.size(), 0);
        QCOMPARE(sig.resets, 0);
    }

    void onlyChangedRowsAreAnnounced()
    {
        Rig rig(m_now);
        QList<ApiKey> keys = manyKeys(100);
        rig.store.setSnapshot(snapshot(m_now, keys), false);
        ModelSignals sig(&rig.model);
        keys[3].spend = dollars(55);
        keys[50].limit = Limit::of(dollars(500));
        keys[77].labels.insert(QStringLiteral("env"), QStringLiteral("prod"));
        rig.store.setSnapshot(snapshot(m_now, keys), false);

        QCOMPARE(sig.resets, 0);
        QCOMPARE(sig.inserted.size(), 0);
        QCOMPARE(sig.removed.size(), 0);
        QCOMPARE(sig.dataChanged.size(), 3);
        QCOMPARE(sig.changedRows(), (QList<int>{3, 50, 77}));
        // The column span covers what changed and nothing of unchanged leading columns.
        QVERIFY(sig.dataChanged[0].left <= int(M::SpendColumn) && sig.dataChanged[0].right >= int(M::SpendColumn));
        QVERIFY(sig.dataChanged[0].left > int(M::NameColumn));
        QCOMPARE(sig.dataChanged[2].left, int(M::LabelsColumn));
        QCOMPARE(sig.dataChanged[2].right, int(M::LabelsColumn));
        QVERIFY(sig.dataChanged[0].roles.contains(Qt::DisplayRole));
        QVERIFY(sig.dataChanged[0].roles.contains(int(M::SortRole)));
        QCOMPARE(cell(rig.model, QStringLiteral("k3"), M::SpendColumn, M::SortRole).toLongLong(), dollars(55).micros());
        QCOMPARE(rig.model.lastMerge().changed, 3);
    }

    void contiguousChangesAreOneRange()
    {
        Rig rig(m_now);
        QList<ApiKey> keys = manyKeys(40);
        rig.store.setSnapshot(snapshot(m_now, keys), false);
        ModelSignals sig(&rig.model);
        for (int i = 10; i <= 12; ++i)
            keys[i].spend += cents(1);
        rig.store.setSnapshot(snapshot(m_now, keys), false);
        QCOMPARE(sig.dataChanged.size(), 1);
        QCOMPARE(sig.dataChanged[0].first, 10);
        QCOMPARE(sig.dataChanged[0].last, 12);
    }

    void mostRowsChangedIsOneSignal()
    {
        Rig rig(m_now);
        QList<ApiKey> keys = manyKeys(30);
        rig.store.setSnapshot(snapshot(m_now, keys), false);
        ModelSignals sig(&rig.model);
        for (int i = 0; i < keys.size(); i += 2)
            keys[i].spend += cents(1);
        for (int i = 1; i < keys.size(); i += 4)
            keys[i].spend += cents(1);
        rig.store.setSnapshot(snapshot(m_now, keys), false);
        QCOMPARE(sig.dataChanged.size(), 1);
        QCOMPARE(sig.dataChanged[0].first, 0);
        QCOMPARE(sig.dataChanged[0].last, 29); // rows 0..28 step 2 and 1..29 step 4
    }

    void membershipChangesInsertAndRemove()
    {
        Rig rig(m_now);
        QList<ApiKey> keys = manyKeys(20);
        rig.store.setSnapshot(snapshot(m_now, keys), false);
        const QPersistentModelIndex k15(rig.model.index(15, M::NameColumn));
        ModelSignals sig(&rig.model);

        keys.removeAt(12); // k12
        keys.removeAt(5);  // k5
        keys.removeAt(4);  // k4
        keys.insert(2, key(QStringLiteral("new1"), QStringLiteral("new one"), dollars(10), dollars(1)));
        keys.append(key(QStringLiteral("new2"), QStringLiteral("new two"), Money(), dollars(1)));
        keys[0].spend = dollars(99); // k0 changes too
        rig.store.setSnapshot(snapshot(m_now, keys), false);

        QCOMPARE(sig.resets, 0);
        QCOMPARE(sig.removed.size(), 2); // rows 12, then 4..5
        QCOMPARE(sig.removed[0].first, 12);
        QCOMPARE(sig.removed[0].last, 12);
        QCOMPARE(sig.removed[1].first, 4);
        QCOMPARE(sig.removed[1].last, 5);
        QCOMPARE(sig.inserted.size(), 1);
        QCOMPARE(sig.inserted[0].first, 17);
        QCOMPARE(sig.inserted[0].last, 18);
        QCOMPARE(sig.changedRows(), QList<int>{0});
        QCOMPARE(rig.model.rowCount(), 19);
        // Existing rows keep their identity (selection follows them); new ones are appended.
        QVERIFY(k15.isValid());
        QCOMPARE(k15.data(M::IdRole).toString(), QStringLiteral("k15"));
        QCOMPARE(rig.model.rowOf(QStringLiteral("k15")), k15.row());
        QCOMPARE(rig.model.idAt(17), QStringLiteral("new1"));
        QCOMPARE(rig.model.idAt(18), QStringLiteral("new2"));
        QCOMPARE(rig.model.rowOf(QStringLiteral("k5")), -1);
        for (int r = 0; r < rig.model.rowCount(); ++r)
            QCOMPARE(rig.model.rowOf(rig.model.idAt(r)), r);
    }

    void emptyingRemovesAll()
    {
        Rig rig(m_now);
        rig.store.setSnapshot(snapshot(m_now, manyKeys(7)), false);
        ModelSignals sig(&rig.model);
        rig.store.setSnapshot(snapshot(m_now, {}), false);
        QCOMPARE(rig.model.rowCount(), 0);
        QCOMPARE(sig.removed.size(), 1);
        QCOMPARE(sig.removed[0].first, 0);
        QCOMPARE(sig.removed[0].last, 6);
        QCOMPARE(sig.resets, 0);
    }

    void displayAndRoles()
    {
        Rig rig(m_now);
        rig.model.setLocale(m_us);
        ApiKey a = key(QStringLiteral("a"), QStringLiteral("ci-bot"), dollars(50), cents(1240));
        a.labels = {{QStringLiteral("env"), QStringLiteral("prod")}};
        a.expiresAt = utc(2026, 11, 14);
        ApiKey b = key(QStringLiteral("b"), QStringLiteral("free"), Money(), dollars(1234));
        rig.store.setSnapshot(snapshot(m_now, {a, b}), false);
        const M& m = rig.model;

        QCOMPARE(cell(m, QStringLiteral("a"), M::NameColumn).toString(), QStringLiteral("ci-bot"));
        QCOMPARE(cell(m, QStringLiteral("a"), M::LimitColumn).toString(), QStringLiteral("$50.00"));
        QCOMPARE(cell(m, QStringLiteral("a"), M::SpendColumn).toString(), QStringLiteral("$12.40"));
        QCOMPARE(cell(m, QStringLiteral("a"), M::PercentColumn).toString(), QStringLiteral("24%"));
        QCOMPARE(cell(m, QStringLiteral("a"), M::HeadroomColumn).toString(), QStringLiteral("$37.60"));
        QCOMPARE(cell(m, QStringLiteral("a"), M::LabelsColumn).toString(), QStringLiteral("env=prod"));
        QCOMPARE(cell(m, QStringLiteral("a"), M::CreatedByColumn).toString(), QStringLiteral("ana@example.com"));
        QVERIFY(!cell(m, QStringLiteral("a"), M::ExpiryColumn).toString().isEmpty());
        QCOMPARE(cell(m, QStringLiteral("b"), M::LimitColumn).toString(), QStringLiteral("No limit"));
        QCOMPARE(cell(m, QStringLiteral("b"), M::SpendColumn).toString(), QStringLiteral("$1,234.00"));
        QCOMPARE(cell(m, QStringLiteral("b"), M::ExpiryColumn).toString(), QStringLiteral("Never"));

        // Raw values for sorting and painting.
        QCOMPARE(cell(m, QStringLiteral("a"), M::SpendColumn, M::SortRole).typeId(), QMetaType::LongLong);
        QCOMPARE(cell(m, QStringLiteral("a"), M::SpendColumn, M::SortRole).toLongLong(), 12'400'000LL);
        QCOMPARE(cell(m, QStringLiteral("a"), M::PercentColumn, M::SortRole).toLongLong(), 2480LL);
        QCOMPARE(cell(m, QStringLiteral("a"), M::NameColumn, M::ProgressRole).toLongLong(), 2480LL);
        QCOMPARE(cell(m, QStringLiteral("b"), M::NameColumn, M::ProgressRole).toLongLong(), -1LL);
        QCOMPARE(cell(m, QStringLiteral("a"), M::SpendColumn, M::MoneyRole).value<Money>(), cents(1240));
        QVERIFY(!cell(m, QStringLiteral("a"), M::NameColumn, M::MoneyRole).isValid());
        QCOMPARE(cell(m, QStringLiteral("a"), M::NameColumn, M::IdRole).toString(), QStringLiteral("a"));
        QCOMPARE(cell(m, QStringLiteral("b"), M::LimitColumn, M::SortRole).toLongLong(),
                 std::numeric_limits<qint64>::max());
        QCOMPARE(cell(m, QStringLiteral("a"), M::ExpiryColumn, M::SortRole).toLongLong(),
                 utc(2026, 11, 14).toMSecsSinceEpoch());
        // Numbers right-aligned, text left.
        QVERIFY(Qt::Alignment(cell(m, QStringLiteral("a"), M::SpendColumn, Qt::TextAlignmentRole).toInt()) &
                Qt::AlignRight);
        QVERIFY(Qt::Alignment(cell(m, QStringLiteral("a"), M::NameColumn, Qt::TextAlignmentRole).toInt()) &
                Qt::AlignLeft);
        QVERIFY(cell(m, QStringLiteral("a"), M::NameColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("a")));
        QVERIFY(cell(m, QStringLiteral("a"), M::ForecastColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("month end")));
        QCOMPARE(m.headerData(M::SpendColumn, Qt::Horizontal).toString(), QStringLiteral("Spend (month)"));
        QCOMPARE(cell(m, QStringLiteral("a"), M::NameColumn, M::FilterTextRole).toString(),
                 QStringLiteral("ci-bot\nenv=prod\nana@example.com"));
    }

    void statusThresholds_data()
    {
        QTest::addColumn<qint64>("limitMicros");
        QTest::addColumn<qint64>("spendMicros");
        QTest::addColumn<int>("status");
        QTest::newRow("79.9999 %") << 100'000'000LL << 79'999'999LL << int(SpendStatus::Ok);
        QTest::newRow("80 %") << 100'000'000LL << 80'000'000LL << int(SpendStatus::Warning);
        QTest::newRow("99.9999 %") << 100'000'000LL << 99'999'999LL << int(SpendStatus::Warning);
        QTest::newRow("100 %") << 100'000'000LL << 100'000'000LL << int(SpendStatus::Over);
        QTest::newRow("150 %") << 100'000'000LL << 150'000'000LL << int(SpendStatus::Over);
        QTest::newRow("no limit") << 0LL << 150'000'000LL << int(SpendStatus::NoLimit);
        QTest::newRow("zero spend") << 1LL << 0LL << int(SpendStatus::Ok);
    }
    void statusThresholds()
    {
        QFETCH(qint64, limitMicros);
        QFETCH(qint64, spendMicros);
        QFETCH(int, status);
        Rig rig(m_now);
        rig.store.setSnapshot(snapshot(m_now, {key(QStringLiteral("a"), QStringLiteral("A"),
                                                   Money::fromMicros(limitMicros), Money::fromMicros(spendMicros))}),
                              false);
        QCOMPARE(cell(rig.model, QStringLiteral("a"), M::StatusColumn, M::StatusRole).toInt(), status);
        QCOMPARE(cell(rig.model, QStringLiteral("a"), M::StatusColumn).toString(),
                 SpendStatus::text(SpendStatus::Value(status)));
    }

    void expiredKeys()
    {
        Rig rig(m_now);
        ApiKey gone = key(QStringLiteral("gone"), QStringLiteral("Gone"), dollars(100), dollars(99));
        gone.expiresAt = m_now.addSecs(-60);
        ApiKey soon = key(QStringLiteral("soon"), QStringLiteral("Soon"), dollars(100), dollars(1));
        soon.expiresAt = m_now.addDays(6);
        ApiKey later = key(QStringLiteral("later"), QStringLiteral("Later"), dollars(100), dollars(1));
        later.expiresAt = m_now.addDays(8);
        rig.store.setSnapshot(snapshot(m_now, {gone, soon, later}), false);
        QCOMPARE(cell(rig.model, QStringLiteral("gone"), M::StatusColumn, M::StatusRole).toInt(),
                 int(SpendStatus::Expired));
        QVERIFY(!rig.model.rowAt(rig.model.rowOf(QStringLiteral("gone"))).expiringSoon);
        QVERIFY(rig.model.rowAt(rig.model.rowOf(QStringLiteral("soon"))).expiringSoon);
        QVERIFY(!rig.model.rowAt(rig.model.rowOf(QStringLiteral("later"))).expiringSoon);
    }

    void aRefreshLaterRebuildsOnlyWhatChanged()
    {
        // The next refresh, 30 s later: only the changed key's row is announced, although the data's
        // instant moved (forecasts are held, see OrgStore::forecastAsOf); a key whose expiry passed in
        // between still turns Expired at once.
        Rig rig(m_now);
        QList<ApiKey> keys = manyKeys(50);
        keys[20].expiresAt = m_now.addSecs(10);
        OrgSnapshot s = snapshot(m_now, keys);
        for (int d = 1; d <= 9; ++d)
            addUsage(s, QDate(2026, 11, d), QStringLiteral("k7"), dollars(3));
        rig.store.setSnapshot(s, false);
        QVERIFY(cell(rig.model, QStringLiteral("k20"), M::StatusColumn, M::StatusRole).toInt() !=
                int(SpendStatus::Expired));
        const QVariant forecast7 = cell(rig.model, QStringLiteral("k7"), M::ForecastColumn, M::MoneyRole);

        ModelSignals sig(&rig.model);
        s.fetchedAt = m_now.addSecs(30);
        s.keys[3].spend += dollars(1);
        rig.store.setSnapshot(s, false);
        QCOMPARE(sig.resets, 0);
        QCOMPARE(sig.changedRows(), (QList<int>{3, 20}));
        QCOMPARE(rig.model.lastMerge().changed, 2);
        QCOMPARE(cell(rig.model, QStringLiteral("k20"), M::StatusColumn, M::StatusRole).toInt(),
                 int(SpendStatus::Expired));
        QCOMPARE(cell(rig.model, QStringLiteral("k7"), M::ForecastColumn, M::MoneyRole), forecast7);

        // Ten minutes on, every forecast is recomputed as of the new instant.
        s.fetchedAt = m_now.addSecs(OrgStore::kRederiveSecs);
        rig.store.setSnapshot(s, false);
        QVERIFY(cell(rig.model, QStringLiteral("k7"), M::ForecastColumn, M::MoneyRole) != forecast7);
        QCOMPARE(cell(rig.model, QStringLiteral("k7"), M::ForecastColumn, M::MoneyRole).value<Money>(),
                 rig.store.forecast(EntityRef::key(QStringLiteral("k7"))).endOfMonth);
    }

    void everyShownInputRebuildsItsRow_data()
    {
        // A row keeps only a digest of what it was built from: a change of any input must still rebuild
        // it, and only it.
        QTest::addColumn<int>("change");
        QTest::addColumn<int>("column");
        const char* names[] = {"name",          "limit",  "spend",        "labels",      "label value",
                               "creator email", "expiry", "project name", "project cap", "usage window"};
        const int columns[] = {M::NameColumn,     M::LimitColumn,     M::SpendColumn,  M::LabelsColumn,
                               M::LabelsColumn,   M::CreatedByColumn, M::ExpiryColumn, M::ProjectColumn,
                               M::HeadroomColumn, M::ForecastColumn};
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i << columns[i];
    }
    void everyShownInputRebuildsItsRow()
    {
        QFETCH(int, change);
        QFETCH(int, column);
        Rig rig(m_now);
        rig.model.setLocale(m_us);
        QList<ApiKey> keys = manyKeys(6);
        for (ApiKey& k : keys) {
            k.projectId = QStringLiteral("p");
            k.projectName = QStringLiteral("Research");
            k.labels.insert(QStringLiteral("env"), QStringLiteral("prod"));
        }
        OrgSnapshot s = snapshot(
            m_now, keys, {project(QStringLiteral("p"), QStringLiteral("Research"), dollars(500), dollars(1))}, true);
        // Only k2 has usage; the project's cap binds no key until it is cut.
        addUsage(s, QDate(2026, 11, 2), QStringLiteral("k2"), dollars(1), QStringLiteral("p"));
        rig.store.setSnapshot(s, false);
        const QString before = cell(rig.model, QStringLiteral("k2"), column).toString();

        ModelSignals sig(&rig.model);
        ApiKey& k = s.keys[2];
        switch (change) {
        case 0:
            k.name += QStringLiteral(" (renamed)");
            break;
        case 1:
            k.limit = Limit::of(k.limit.amount() + dollars(1));
            break;
        case 2:
            k.spend += cents(1);
            break;
        case 3:
            k.labels.insert(QStringLiteral("team"), QStringLiteral("ads"));
            break;
        case 4:
            k.labels[QStringLiteral("env")] = QStringLiteral("dev");
            break;
        case 5:
            k.creatorEmail = QStringLiteral("bo@example.com");
            break;
        case 6:
            k.expiresAt = m_now.addDays(30);
            break;
        case 7:
            for (ApiKey& each : s.keys)
                each.projectName = QStringLiteral("Research 2");
            s.projects[0].name = QStringLiteral("Research 2");
            break;
        case 8:
            s.projects[0].limit = Limit::of(dollars(2));
            break;
        case 9:
            addUsage(s, QDate(2026, 11, 9), QStringLiteral("k2"), dollars(7), QStringLiteral("p"));
            break;
        }
        rig.store.setSnapshot(s, false);
        QVERIFY(cell(rig.model, QStringLiteral("k2"), column).toString() != before);
        QCOMPARE(sig.resets, 0);
        if (change == 7 || change == 8)
            QCOMPARE(sig.changedRows(), (QList<int>{0, 1, 2, 3, 4, 5})); // every key of the project
        else
            QCOMPARE(sig.changedRows(), (QList<int>{2}));
    }

    void effectiveHeadroomColumn()
    {
        Rig rig(m_now);
        rig.model.setLocale(m_us);
        rig.store.setSnapshot(
            snapshot(m_now,
                     {key(QStringLiteral("a"), QStringLiteral("A"), dollars(100), dollars(10), QStringLiteral("p")),
                      key(QStringLiteral("b"), QStringLiteral("B"), Money(), dollars(10), QStringLiteral("p")),
                      key(QStringLiteral("c"), QStringLiteral("C"), dollars(20), dollars(10), QStringLiteral("p"))},
                     {project(QStringLiteral("p"), QStringLiteral("Research"), dollars(50), dollars(35))}, true),
            false);
        // Project headroom $15 binds a ($90 own) and b (no own cap); c's own $10 binds.
        QCOMPARE(cell(rig.model, QStringLiteral("a"), M::HeadroomColumn).toString(), QStringLiteral("$15.00"));
        QCOMPARE(cell(rig.model, QStringLiteral("b"), M::HeadroomColumn).toString(), QStringLiteral("$15.00"));
        QCOMPARE(cell(rig.model, QStringLiteral("c"), M::HeadroomColumn).toString(), QStringLiteral("$10.00"));
        QVERIFY(cell(rig.model, QStringLiteral("a"), M::HeadroomColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Research")));
        QCOMPARE(cell(rig.model, QStringLiteral("a"), M::HeadroomColumn, M::MoneyRole).value<Money>(), dollars(15));

        // The project's spend moves: every key of it changes, nothing else.
        ModelSignals sig(&rig.model);
        OrgSnapshot s = rig.store.snapshot();
        s.projects[0].spend = dollars(45);
        rig.store.setSnapshot(s, false);
        QCOMPARE(cell(rig.model, QStringLiteral("a"), M::HeadroomColumn).toString(), QStringLiteral("$5.00"));
        QCOMPARE(cell(rig.model, QStringLiteral("c"), M::HeadroomColumn).toString(), QStringLiteral("$5.00"));
        QCOMPARE(sig.changedRows(), (QList<int>{0, 1, 2}));
    }

    void projectColumnHiddenWithoutProjects()
    {
        Rig rig(m_now);
        QList<ApiKey> keys{key(QStringLiteral("a"), QStringLiteral("A"), dollars(1), dollars(0), QStringLiteral("p"))};
        rig.store.setSnapshot(snapshot(m_now, keys, {}, false), false);
        QVERIFY(!rig.model.hasProjects());
        QCOMPARE(cell(rig.model, QStringLiteral("a"), M::ProjectColumn).toString(), QString());
        rig.store.setSnapshot(
            snapshot(m_now, keys, {project(QStringLiteral("p"), QStringLiteral("P"), Money(), Money())}, true), false);
        QVERIFY(rig.model.hasProjects());
        QCOMPARE(cell(rig.model, QStringLiteral("a"), M::ProjectColumn).toString(), QStringLiteral("Project p"));
    }

    void buildsOnAWorkerForBigOrganizations()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        M model(&store);
        model.setAsyncThreshold(1);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy updated(&model, &M::updated);
        ModelSignals sig(&model);
        store.setSnapshot(snapshot(m_now, manyKeys(300)), false);
        QVERIFY(model.isUpdating());
        QCOMPARE(model.rowCount(), 0); // not yet: the rows are being built
        // A newer snapshot while that build runs: merged after it, the model ends at the latest.
        QList<ApiKey> keys = manyKeys(300);
        keys[5].spend = dollars(77);
        keys.removeAt(7);
        store.setSnapshot(snapshot(m_now, keys), false);
        QTRY_VERIFY(!model.isUpdating());
        QVERIFY(!updated.isEmpty());
        QCOMPARE(model.rowCount(), 299);
        QCOMPARE(model.rowOf(QStringLiteral("k7")), -1);
        QCOMPARE(cell(model, QStringLiteral("k5"), M::SpendColumn, M::MoneyRole).value<Money>(), dollars(77));
        QCOMPARE(sig.resets, 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOf(model.idAt(r)), r);
    }

    void unchangedRowsAreNeverCopied_data()
    {
        QTest::addColumn<int>("asyncThreshold");
        QTest::newRow("on this thread") << std::numeric_limits<int>::max();
        QTest::newRow("on a worker") << 0;
    }

    void unchangedRowsAreNeverCopied()
    {
        // A merge replaces the changed rows in place: the row list is not copied (a copy of 10 000 rows
        // is most of a merge's cost), so an unchanged row stays where it was in memory.
        QFETCH(int, asyncThreshold);
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        M model(&store);
        model.setAsyncThreshold(asyncThreshold);
        QList<ApiKey> keys = manyKeys(300);
        store.setSnapshot(snapshot(m_now, keys), false);
        QTRY_VERIFY(!model.isUpdating());
        const EntityRow* unchanged = &model.rowAt(200);
        const EntityRow* changed = &model.rowAt(5);
        ModelSignals sig(&model);
        keys[5].spend = dollars(77);
        store.setSnapshot(snapshot(m_now.addSecs(30), keys), false);
        QTRY_VERIFY(!model.isUpdating());
        QCOMPARE(sig.changedRows(), QList<int>{5});
        QCOMPARE(&model.rowAt(200), unchanged);
        QCOMPARE(&model.rowAt(5), changed); // the same slot, holding the new row
        QCOMPARE(model.rowAt(5).spend, dollars(77));
    }

    void localeChangeReformatsEveryShownValue()
    {
        // Money, percentages and dates are formatted when asked: a new locale announces every row, and
        // the texts follow it while sort values and money stay exact.
        Rig rig(m_now);
        rig.model.setLocale(m_us);
        ApiKey a = key(QStringLiteral("a"), QStringLiteral("A"), dollars(2000), Money::fromMicros(1'234'560'000));
        a.expiresAt = QDateTime(QDate(2026, 12, 24), QTime(9, 0), Qt::UTC);
        rig.store.setSnapshot(snapshot(m_now, {a, manyKeys(3).at(0)}), false);
        QCOMPARE(cell(rig.model, QStringLiteral("a"), M::SpendColumn).toString(), QStringLiteral("$1,234.56"));
        QCOMPARE(cell(rig.model, QStringLiteral("a"), M::PercentColumn).toString(), QStringLiteral("61%"));

        ModelSignals sig(&rig.model);
        const QLocale de(QLocale::German, QLocale::Germany);
        rig.model.setLocale(de);
        QCOMPARE(sig.changedRows(), (QList<int>{0, 1}));
        QCOMPARE(cell(rig.model, QStringLiteral("a"), M::SpendColumn).toString(),
                 Money::fromMicros(1'234'560'000).format(de));
        QVERIFY(cell(rig.model, QStringLiteral("a"), M::SpendColumn).toString().contains(QStringLiteral("1.234,56")));
        QCOMPARE(cell(rig.model, QStringLiteral("a"), M::ExpiryColumn).toString(),
                 de.toString(QDate(2026, 12, 24), QLocale::ShortFormat));
        QCOMPARE(cell(rig.model, QStringLiteral("a"), M::SpendColumn, M::SortRole).toLongLong(), 1'234'560'000);
        QCOMPARE(cell(rig.model, QStringLiteral("a"), M::SpendColumn, M::MoneyRole).value<Money>(),
                 Money::fromMicros(1'234'560'000));
    }

    void reorderedKeysKeepTheirRows()
    {
        // The store may list the keys in another order than the rows have: the prepared merge puts each
        // row back at its id's position instead of announcing every row as changed.
        Rig rig(m_now);
        QList<ApiKey> keys = manyKeys(10);
        rig.store.setSnapshot(snapshot(m_now, keys), false);
        ModelSignals sig(&rig.model);
        keys[3].spend = dollars(33);
        std::reverse(keys.begin(), keys.end());
        rig.store.setSnapshot(snapshot(m_now, keys), false);
        QCOMPARE(sig.changedRows(), QList<int>{3});
        QCOMPARE(sig.inserted.size(), 0);
        QCOMPARE(sig.removed.size(), 0);
        for (int r = 0; r < 10; ++r) {
            QCOMPARE(rig.model.idAt(r), QStringLiteral("k%1").arg(r));
            QCOMPARE(rig.model.rowOf(QStringLiteral("k%1").arg(r)), r);
            QCOMPARE(cell(rig.model, QStringLiteral("k%1").arg(r), M::NameColumn).toString(),
                     rig.store.key(QStringLiteral("k%1").arg(r))->name);
        }
        QCOMPARE(cell(rig.model, QStringLiteral("k3"), M::SpendColumn, M::MoneyRole).value<Money>(), dollars(33));
    }

    void workerMergeAnnouncesOnlyChangedRows()
    {
        // Built and compared on a worker; the GUI thread only swaps the rows in and announces them.
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        M model(&store);
        model.setAsyncThreshold(1);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QList<ApiKey> keys = manyKeys(300);
        store.setSnapshot(snapshot(m_now, keys), false);
        QTRY_VERIFY(!model.isUpdating());
        QCOMPARE(model.rowCount(), 300);
        ModelSignals sig(&model);
        QSignalSpy updated(&model, &M::updated);
        keys[10].spend = cents(1001);
        keys[11].spend = cents(1101);
        keys[250].limit = Limit::none();
        store.setSnapshot(snapshot(m_now, keys), false);
        QVERIFY(updated.wait());
        QCOMPARE(sig.changedRows(), (QList<int>{10, 11, 250}));
        QCOMPARE(sig.dataChanged.size(), 2); // 10-11 is one range
        QCOMPARE(sig.inserted.size(), 0);
        QCOMPARE(sig.removed.size(), 0);
        QCOMPARE(sig.resets, 0);
        QCOMPARE(model.lastMerge().changed, 3);
        QCOMPARE(cell(model, QStringLiteral("k11"), M::SpendColumn, M::MoneyRole).value<Money>(), cents(1101));
        QCOMPARE(cell(model, QStringLiteral("k250"), M::LimitColumn, M::SortRole).toLongLong(),
                 std::numeric_limits<qint64>::max());
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOf(model.idAt(r)), r);
    }

    void tenThousandRowsOnePercentChanged_data()
    {
        QTest::addColumn<bool>("tester");
        QTest::newRow("plain") << false;
        QTest::newRow("under QAbstractItemModelTester") << true;
    }
    void tenThousandRowsOnePercentChanged()
    {
        QFETCH(bool, tester);
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        M model(&store);
        model.setAsyncThreshold(std::numeric_limits<int>::max()); // the synchronous path, signals at once
        std::unique_ptr<QAbstractItemModelTester> check;
        if (tester)
            check = std::make_unique<QAbstractItemModelTester>(&model,
                                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
        QList<ApiKey> keys = manyKeys(10000);
        OrgSnapshot s = snapshot(m_now, keys);
        for (int i = 0; i < 10000; i += 3)
            addUsage(s, QDate(2026, 11, 9), keys[i].id, cents(i % 500));
        store.setSnapshot(s, false);
        QCOMPARE(model.rowCount(), 10000);
        ModelSignals sig(&model);
        QList<int> expected;
        for (int i = 0; i < 10000; i += 100) {
            s.keys[i].spend += cents(7);
            expected.append(i);
        }
        QElapsedTimer t;
        t.start();
        store.setSnapshot(s, false);
        qInfo("10 000 rows, 1 %% changed: snapshot + merge in %lld ms", t.elapsed());
        QCOMPARE(sig.changedRows(), expected);
        QCOMPARE(sig.dataChanged.size(), 100);
        QCOMPARE(sig.inserted.size(), 0);
        QCOMPARE(sig.resets, 0);
        QCOMPARE(
            model.data(model.index(model.rowOf(QStringLiteral("k9900")), M::SpendColumn), M::MoneyRole).value<Money>(),
            s.keys[9900].spend);
    }
};

QTEST_GUILESS_MAIN(tst_ApiKeyTableModel)
#include "tst_apikeytablemodel.moc"
