// Small widgets: KPI tile accessibility, the error line's Details, the refresh status text and its
// timer (never running while hidden), the filter bar and the column chooser.
#include "simsession.h"

#include "itemmodels/entityfilterproxy.h"
#include "widgets/columnchooser.h"
#include "widgets/filterbar.h"
#include "widgets/icons.h"
#include "widgets/kpitile.h"
#include "widgets/refreshstatus.h"
#include "widgets/statusline.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

class TestWidgets : public QObject
{
    Q_OBJECT

private slots:
    void kpiTileAccessible()
    {
        KpiTile tile(QStringLiteral("Spent this month"));
        tile.setValue(QStringLiteral("$4,210.55"));
        tile.setSubtitle(QStringLiteral("today so far: $120.00"));
        tile.setDetails(QStringLiteral("Since 1 Nov"));
        QCOMPARE(tile.accessibleName(), QStringLiteral("Spent this month"));
        QVERIFY(tile.accessibleDescription().contains(QStringLiteral("$4,210.55")));
        QVERIFY(tile.accessibleDescription().contains(QStringLiteral("today so far")));
        QCOMPARE(tile.toolTip(), QStringLiteral("Since 1 Nov"));
        tile.setState(KpiTile::State::Critical);
        QCOMPARE(tile.state(), KpiTile::State::Critical);
        QVERIFY(tile.focusPolicy() & Qt::TabFocus);
    }

    void statusLineDetails()
    {
        StatusLine line;
        QVERIFY(line.isHidden());
        line.showMessage(QStringLiteral("The server could not be reached."), QStringLiteral("Network: refused"));
        QVERIFY(!line.isHidden());
        QVERIFY(!line.detailsVisible());
        QVERIFY(!line.detailsButton()->isHidden());
        QTest::mouseClick(line.detailsButton(), Qt::LeftButton);
        QVERIFY(line.detailsVisible());
        QCOMPARE(line.findChild<QPlainTextEdit*>()->toPlainText(), QStringLiteral("Network: refused"));
        QSignalSpy dismissed(&line, &StatusLine::dismissed);
        QTest::mouseClick(line.findChild<QToolButton*>(), Qt::LeftButton);
        QCOMPARE(dismissed.count(), 1);
        QVERIFY(line.isHidden());
        // No technical text: no Details button.
        line.showMessage(QStringLiteral("Saved."));
        QVERIFY(line.detailsButton()->isHidden());
    }

    void refreshStatusTexts()
    {
        SimSession s;
        QVERIFY(s.sim.start());
        s.api.setBaseUrl(s.sim.url());
        s.api.setApiKey(s.sim.adminKey());
        RefreshStatus status(&s.store);
        QVERIFY(status.text().contains(QStringLiteral("no data")));
        QVERIFY(!status.isTicking()); // hidden: no timer
        status.show();
        QVERIFY(QTest::qWaitForWindowExposed(&status));
        QVERIFY(status.isTicking());
        QSignalSpy finished(&s.store, &OrgStore::refreshFinished);
        s.store.refresh();
        QCOMPARE(status.text(), QStringLiteral("connecting…"));
        QVERIFY(status.isBusy());
        QVERIFY(finished.wait(20000));
        QVERIFY(!status.isBusy());
        QVERIFY2(status.text().startsWith(QStringLiteral("updated ")), qPrintable(status.text()));
        QVERIFY(status.text().endsWith(QStringLiteral(" ago")));
        // The key is revoked: the refresh fails, the last data stays and is marked stale.
        s.sim.revokeKey(s.sim.adminKey());
        finished.clear();
        s.store.refresh();
        QVERIFY(finished.wait(20000));
        QVERIFY2(status.text().startsWith(QStringLiteral("not updated — showing data from ")),
                 qPrintable(status.text()));
        // The server is gone: offline.
        s.sim.stop();
        finished.clear();
        s.store.refresh();
        QVERIFY(finished.wait(40000));
        QVERIFY2(status.text().startsWith(QStringLiteral("offline — showing data from ")), qPrintable(status.text()));
        QVERIFY2(status.text().contains(QStringLiteral("(last synced ")), qPrintable(status.text()));
        status.hide();
        QVERIFY(!status.isTicking());
        status.show();
        status.setTicking(false); // e.g. the window was minimized
        QVERIFY(!status.isTicking());
    }

    void agoText()
    {
        QCOMPARE(RefreshStatus::agoText(12), QStringLiteral("12 s"));
        QCOMPARE(RefreshStatus::agoText(185), QStringLiteral("3 min"));
        QCOMPARE(RefreshStatus::agoText(7200), QStringLiteral("2 h"));
        // The status re-arms its timer for when that text changes, not every second.
        QCOMPARE(RefreshStatus::msUntilAgeTextChanges(12'300), 700);
        QCOMPARE(RefreshStatus::msUntilAgeTextChanges(185'000), 55'000);
        QCOMPARE(RefreshStatus::msUntilAgeTextChanges(7'200'000), 3'600'000);
        QCOMPARE(RefreshStatus::msUntilAgeTextChanges(-1), RefreshStatus::kNoAgeRecheckMs);
    }

    void filterBarReportsChoices()
    {
        FilterBar bar(EntityFilterProxy::Over80Percent | EntityFilterProxy::OverLimit);
        QVERIFY(bar.quickButton(EntityFilterProxy::Over80Percent));
        QVERIFY(!bar.quickButton(EntityFilterProxy::ExpiringSoon));
        QSignalSpy quick(&bar, &FilterBar::quickFiltersChanged);
        QSignalSpy text(&bar, &FilterBar::searchTextChanged);
        bar.quickButton(EntityFilterProxy::OverLimit)->click();
        QCOMPARE(quick.count(), 1);
        QCOMPARE(bar.quickFilters(), EntityFilterProxy::QuickFilters(EntityFilterProxy::OverLimit));
        QTest::keyClicks(bar.searchField(), QStringLiteral("ci"));
        QCOMPARE(text.last().first().toString(), QStringLiteral("ci"));
        bar.clearFilters();
        QCOMPARE(bar.quickFilters(), EntityFilterProxy::QuickFilters());
        QVERIFY(bar.searchField()->text().isEmpty());
    }

    void columnChooserHidesButNeverTheName()
    {
        QStandardItemModel model(2, 4);
        QTableView view;
        view.setModel(&model);
        ColumnChooser chooser(view.horizontalHeader());
        QSignalSpy changed(&chooser, &ColumnChooser::columnVisibilityChanged);
        chooser.setColumnVisible(2, false);
        QVERIFY(view.isColumnHidden(2));
        QCOMPARE(changed.count(), 1);
        chooser.setColumnVisible(0, false);
        QVERIFY(!view.isColumnHidden(0));
        chooser.setColumnVisible(2, true);
        QVERIFY(!view.isColumnHidden(2));
    }

    void iconsAreCompiledIn()
    {
        for (const char* name :
             {"overview", "projects", "keys", "runway", "alerts", "activity", "refresh", "spendboard"})
            QVERIFY2(!Icons::get(QString::fromLatin1(name)).isNull(), name);
        QVERIFY(Icons::get(QStringLiteral("no-such-icon")).isNull());
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
