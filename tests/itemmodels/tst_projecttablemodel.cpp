// ProjectTableModel (+ ProjectFilterProxy): columns, merge signals, no projects on the server.
#include "modelsignals.h"
#include "testsnapshots.h"

#include "itemmodels/projectfilterproxy.h"
#include "itemmodels/projecttablemodel.h"
#include "store/orgstore.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace TestSnapshots;
using M = ProjectTableModel;

class tst_ProjectTableModel : public QObject
{
    Q_OBJECT

    const QDateTime m_now = utc(2026, 11, 10);

    QList<Project> projects() const
    {
        QList<Project> ps{
            project(QStringLiteral("p1"), QStringLiteral("Research"), dollars(500), dollars(450)),
            project(QStringLiteral("p2"), QStringLiteral("Ana's"), dollars(20), dollars(25), Project::Kind::Private),
            project(QStringLiteral("p3"), QStringLiteral("Open"), Money(), dollars(3))};
        ps[0].keyCount = 12;
        return ps;
    }

private slots:
    void columnsAndValues()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        M model(&store);
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        store.setSnapshot(snapshot(m_now, {}, projects(), true), false);
        QVERIFY(model.hasProjects());
        QCOMPARE(model.rowCount(), 3);
        auto at = [&](const QString& id, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(model.rowOf(id), column), role);
        };
        QCOMPARE(at(QStringLiteral("p1"), M::NameColumn).toString(), QStringLiteral("Research"));
        QCOMPARE(at(QStringLiteral("p1"), M::KindColumn).toString(), QStringLiteral("Shared"));
        QCOMPARE(at(QStringLiteral("p2"), M::KindColumn).toString(), QStringLiteral("Private"));
        QCOMPARE(at(QStringLiteral("p2"), M::OwnerColumn).toString(), QStringLiteral("owner@example.com"));
        QCOMPARE(at(QStringLiteral("p1"), M::PercentColumn).toString(), QStringLiteral("90%"));
        QCOMPARE(at(QStringLiteral("p1"), M::StatusColumn, M::StatusRole).toInt(), int(SpendStatus::Warning));
        QCOMPARE(at(QStringLiteral("p2"), M::StatusColumn, M::StatusRole).toInt(), int(SpendStatus::Over));
        QCOMPARE(at(QStringLiteral("p3"), M::StatusColumn, M::StatusRole).toInt(), int(SpendStatus::NoLimit));
        QCOMPARE(at(QStringLiteral("p2"), M::HeadroomColumn).toString(),
                 dollars(-5).format(QLocale(QLocale::English, QLocale::UnitedStates)));
        QVERIFY(at(QStringLiteral("p2"), M::HeadroomColumn).toString().contains(QStringLiteral("5.00")));
        QCOMPARE(at(QStringLiteral("p2"), M::HeadroomColumn, M::SortRole).toLongLong(), -5'000'000LL);
        QCOMPARE(at(QStringLiteral("p1"), M::KeysColumn).toString(), QStringLiteral("12"));
        QCOMPARE(at(QStringLiteral("p1"), M::KeysColumn, M::SortRole).toLongLong(), 12LL);
        QCOMPARE(at(QStringLiteral("p3"), M::LimitColumn).toString(), QStringLiteral("No limit"));
        QCOMPARE(model.headerData(M::KeysColumn, Qt::Horizontal).toString(), QStringLiteral("Keys"));
    }

    void mergesWithoutReset()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        M model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        store.setSnapshot(snapshot(m_now, {}, projects(), true), false);
        ModelSignals sig(&model);
        QList<Project> ps = projects();
        ps[1].limit = Limit::of(dollars(100));
        ps.removeAt(2);
        ps.append(project(QStringLiteral("p4"), QStringLiteral("New"), dollars(1), Money()));
        store.setSnapshot(snapshot(m_now, {}, ps, true), false);
        QCOMPARE(sig.resets, 0);
        QCOMPARE(sig.changedRows(), QList<int>{1});
        QCOMPARE(sig.removed.size(), 1);
        QCOMPARE(sig.removed[0].first, 2);
        QCOMPARE(sig.inserted.size(), 1);
        QCOMPARE(sig.inserted[0].first, 2);
        QCOMPARE(model.idAt(2), QStringLiteral("p4"));
    }

    void noProjectsOnServer()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        M model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        store.setSnapshot(snapshot(m_now, {}, projects(), true), false);
        QCOMPARE(model.rowCount(), 3);
        store.setSnapshot(snapshot(m_now, {}, {}, false), false);
        QVERIFY(!model.hasProjects());
        QCOMPARE(model.rowCount(), 0);
    }

    void proxyFiltersAndSorts()
    {
        FixedClock clock(m_now);
        OrgStore store(nullptr, clock);
        M model(&store);
        ProjectFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        store.setSnapshot(snapshot(m_now, {}, projects(), true), false);
        auto ids = [&] {
            QStringList out;
            for (int r = 0; r < proxy.rowCount(); ++r)
                out.append(proxy.index(r, 0).data(M::IdRole).toString());
            return out;
        };
        proxy.sort(M::SpendColumn, Qt::DescendingOrder);
        QCOMPARE(ids(), (QStringList{QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")}));
        proxy.setKindFilter(ProjectFilterProxy::KindFilter::PrivateOnly);
        QCOMPARE(ids(), QStringList{QStringLiteral("p2")});
        proxy.setKindFilter(ProjectFilterProxy::KindFilter::SharedOnly);
        QCOMPARE(ids(), (QStringList{QStringLiteral("p1"), QStringLiteral("p3")}));
        proxy.setKindFilter(ProjectFilterProxy::KindFilter::All);
        proxy.setQuickFilters(EntityFilterProxy::Over80Percent);
        QCOMPARE(ids(), (QStringList{QStringLiteral("p1"), QStringLiteral("p2")}));
        proxy.setQuickFilters(EntityFilterProxy::NoQuickFilter);
        proxy.setSearchText(QStringLiteral("OWNER@"));
        QCOMPARE(ids(), QStringList{QStringLiteral("p2")});
    }
};

QTEST_GUILESS_MAIN(tst_ProjectTableModel)
#include "tst_projecttablemodel.moc"
