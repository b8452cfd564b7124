// The Runway page over a store loaded from the simulator: every key and project ranked by days left
// at the current burn, the 14-day spark line, the limit date, filters, and 10 000 keys built off the
// GUI thread.
#include "simsession.h"

#include "history/runwaycalculator.h"
#include "history/runwayinputbuilder.h"
#include "history/runwaymodel.h"
#include "history/runwayupdater.h"
#include "pages/runwaypage.h"
#include "window/mainwindow.h"

#include <QComboBox>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

class TestRunwayPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void ranksWhatBreaksFirst()
    {
        SimSession s;
        QVERIFY(s.start());
        ViewContext context;
        context.store = &s.store;
        RunwayPage page(context);
        page.resize(1100, 700);
        QSignalSpy updated(page.updater(), &RunwayUpdater::updated);
        QVERIFY(updated.wait(20000));
        QCOMPARE(updated.first().first().toDateTime(), s.store.asOf());

        QSortFilterProxyModel* proxy = page.proxy();
        QCOMPARE(proxy->rowCount(), s.store.keys().size() + s.store.projects().size());
        // Ascending by rank: what breaks first is on top.
        qint64 previous = std::numeric_limits<qint64>::min();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const qint64 rank = proxy->index(row, RunwayModel::DaysLeft).data(RunwayModel::SortRole).toLongLong();
            QVERIFY(rank >= previous);
            previous = rank;
        }
        // Each row is what the calculator says for the store's data.
        const QList<RunwayInput> inputs = RunwayInputBuilder::fromSnapshot(s.store.snapshot(), s.store.asOf());
        QList<RunwayCalculator::Result> expected = RunwayCalculator::computeAll(inputs, s.store.asOf());
        RunwayCalculator::sortByRunway(expected);
        const auto top = proxy->index(0, 0).data(RunwayModel::EntityRole).value<EntityRef>();
        const RunwayCalculator::Result* r = page.model()->result(top);
        QVERIFY(r);
        QCOMPARE(r->rank, expected.first().rank); // ties may come in any order
        for (const RunwayCalculator::Result& e : expected) {
            const RunwayCalculator::Result* shown = page.model()->result(e.entity);
            QVERIFY(shown);
            QCOMPARE(*shown, e);
        }
        QCOMPARE(proxy->index(0, RunwayModel::LimitReachedOn).data().toString(),
                 page.model()->index(page.model()->rowOf(top), RunwayModel::LimitReachedOn).data().toString());
        QCOMPARE(proxy->index(0, RunwayModel::Spark).data(RunwayModel::SparkRole).toList().size(),
                 RunwayCalculator::kSparkDays);
        // The simulated organization has keys over or near their caps; the summary counts them.
        QVERIFY2(page.summary()->text().contains(QStringLiteral("at or over their cap")),
                 qPrintable(page.summary()->text()));

        // Kind filter.
        page.kindFilter()->setCurrentIndex(page.kindFilter()->findData(int(EntityRef::Kind::Project)));
        QCOMPARE(proxy->rowCount(), s.store.projects().size());
        page.kindFilter()->setCurrentIndex(0);

        // A refresh with more spend merges in place: no reset, the rows follow.
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        s.sim.advance(6 * 3600);
        QVERIFY(s.refresh());
        QVERIFY(updated.wait(20000));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(proxy->rowCount(), s.store.keys().size() + s.store.projects().size());

        // Activating a row asks to show that entity.
        QSignalSpy activated(&page, &RunwayPage::entityActivated);
        emit page.table()->activated(proxy->index(0, RunwayModel::Name));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().value<EntityRef>(),
                 proxy->index(0, 0).data(RunwayModel::EntityRole).value<EntityRef>());
    }

    void inTheNavigationAfterKeys()
    {
        SimSession s;
        QVERIFY(s.start());
        ViewContext context;
        context.store = &s.store;
        MainWindow w(context);
        QCOMPARE(MainWindow::pageName(MainWindow::RunwayId), QStringLiteral("runway"));
        QCOMPARE(int(MainWindow::RunwayId), int(MainWindow::KeysId) + 1);
        w.setCurrentPage(MainWindow::RunwayId);
        QVERIFY(qobject_cast<RunwayPage*>(w.page(MainWindow::RunwayId)));
    }

    void tenThousandKeysOffTheGuiThread()
    {
        Simulator::Options o = SimSession::defaults();
        o.keys = 10000;
        o.projects = 40;
        SimSession s(o);
        QVERIFY(s.start());
        QCOMPARE(s.store.keys().size(), 10000);
        ViewContext context;
        context.store = &s.store;
        RunwayPage page(context);
        page.resize(1100, 700);
        // The inputs are being built on a worker: the constructor returned before they were done.
        QVERIFY(page.updater()->isBusy());
        QSignalSpy updated(page.updater(), &RunwayUpdater::updated);
        QVERIFY(updated.wait(30000));
        QCOMPARE(page.proxy()->rowCount(), 10040);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.grab().isNull());
    }
};

QTEST_MAIN(TestRunwayPage)
#include "tst_runwaypage.moc"
