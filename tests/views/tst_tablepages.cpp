// The Keys and Projects pages on a store loaded from the simulator: every row shown, filters narrow
// it, the detail panel follows the selection, actions ask for the forms (or say why they cannot), and
// header state survives a re-creation of the page.
#include "simsession.h"

#include "charts/spendchart.h"
#include "itemmodels/apikeytablemodel.h"
#include "itemmodels/entitytablemodel.h"
#include "itemmodels/projectfilterproxy.h"
#include "itemmodels/projecttablemodel.h"
#include "pages/keyspage.h"
#include "pages/projectspage.h"
#include "settings/appsettings.h"
#include "widgets/detailpanel.h"
#include "widgets/filterbar.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestTablePages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keysPageShowsEveryKey();
    void quickFiltersNarrow();
    void textFilterNarrows();
    void selectionFillsDetailPanel();
    void actionsRequestForms();
    void readOnlyKeyDisablesActions();
    void headerStateSurvivesRecreation();
    void projectsPageShowsProjects();
    void projectsPageExplainsWhenServerHasNone();

private:
    ViewContext context();
    std::unique_ptr<SimSession> m_session;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
};

void TestTablePages::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_session = std::make_unique<SimSession>();
    QVERIFY(m_session->start());
}

ViewContext TestTablePages::context()
{
    ViewContext c;
    c.store = &m_session->store;
    c.settings = m_settings.get();
    return c;
}

void TestTablePages::keysPageShowsEveryKey()
{
    KeysPage page(context());
    QCOMPARE(page.table()->model()->rowCount(), m_session->sim.keyCount());
    QCOMPARE(page.filterBar()->countText(), QStringLiteral("%1 keys").arg(m_session->sim.keyCount()));
    // Sorted by spend, highest first, on the raw value.
    QAbstractItemModel* m = page.table()->model();
    const qint64 first = m->index(0, ApiKeyTableModel::SpendColumn).data(EntityTableModel::SortRole).toLongLong();
    const qint64 second = m->index(1, ApiKeyTableModel::SpendColumn).data(EntityTableModel::SortRole).toLongLong();
    QVERIFY(first >= second);
    QVERIFY(page.table()->isSortingEnabled());
    QVERIFY(page.table()->itemDelegateForColumn(ApiKeyTableModel::PercentColumn) != nullptr);
    QVERIFY(!page.projectFilter()->isHidden() || !m_session->store.hasProjects());
}

void TestTablePages::quickFiltersNarrow()
{
    KeysPage page(context());
    QAbstractItemModel* m = page.table()->model();
    const int all = m->rowCount();
    page.filterBar()->quickButton(EntityFilterProxy::Over80Percent)->click();
    const int near = m->rowCount();
    QVERIFY(near < all);
    for (int r = 0; r < near; ++r)
        QVERIFY(m->index(r, 0).data(EntityTableModel::ProgressRole).toLongLong() >= 8000);
    QVERIFY(page.filterBar()->countText().contains(QStringLiteral(" of ")));
    page.filterBar()->quickButton(EntityFilterProxy::Over80Percent)->click();
    page.filterBar()->quickButton(EntityFilterProxy::NoLimitSet)->click();
    for (int r = 0; r < m->rowCount(); ++r)
        QCOMPARE(m->index(r, 0).data(EntityTableModel::ProgressRole).toLongLong(), qint64(-1));
}

void TestTablePages::textFilterNarrows()
{
    KeysPage page(context());
    const ApiKey& key = m_session->store.keys().at(3);
    QTest::keyClicks(page.filterBar()->searchField(), key.name);
    QAbstractItemModel* m = page.table()->model();
    QVERIFY(m->rowCount() >= 1 && m->rowCount() < m_session->sim.keyCount());
    bool found = false;
    for (int r = 0; r < m->rowCount(); ++r)
        found = found || m->index(r, 0).data(EntityTableModel::IdRole).toString() == key.id;
    QVERIFY(found);
}

void TestTablePages::selectionFillsDetailPanel()
{
    KeysPage page(context());
    QVERIFY(!page.detailPanel()->hasEntity());
    QVERIFY(!page.editLimitAction()->isEnabled());
    const ApiKey& key = m_session->store.keys().at(5);
    QSignalSpy selected(&page, &EntityTablePage::selectedChanged);
    QVERIFY(page.selectId(key.id));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(page.selectedId(), key.id);
    QCOMPARE(page.detailPanel()->title(), key.name);
    QCOMPARE(page.detailPanel()->entity(), EntityRef::key(key.id));
    const auto facts = page.detailPanel()->facts();
    QVERIFY(!facts.isEmpty());
    bool spend = false;
    bool resets = false;
    for (const auto& [label, value] : facts) {
        // Current-period spend is labelled as such; the reset is in UTC and local time.
        spend = spend || (label == QStringLiteral("Spent this month") && value == key.spend.format());
        resets = resets || (label == QStringLiteral("Limit resets") && value.startsWith(QStringLiteral("resets in ")) &&
                            value.contains(QStringLiteral("00:00 UTC")) && value.contains(QStringLiteral("your time")));
    }
    QVERIFY2(spend, qPrintable(page.detailPanel()->facts().first().first));
    QVERIFY(resets);
    QCOMPARE(page.detailPanel()->spendChart()->data().monthToDate, key.spend);
    QVERIFY(page.editLimitAction()->isEnabled());
}

void TestTablePages::actionsRequestForms()
{
    KeysPage page(context());
    const ApiKey& key = m_session->store.keys().at(2);
    QVERIFY(page.selectId(key.id));
    QSignalSpy limit(&page, &EntityTablePage::editLimitRequested);
    QSignalSpy del(&page, &KeysPage::deleteKeyRequested);
    QSignalSpy labels(&page, &KeysPage::editLabelsRequested);
    QSignalSpy expiry(&page, &KeysPage::editExpiryRequested);
    QSignalSpy create(&page, &KeysPage::createKeyRequested);
    page.editLimitAction()->trigger();
    page.deleteAction()->trigger();
    page.labelsAction()->trigger();
    page.expiryAction()->trigger();
    page.newKeyAction()->trigger();
    QCOMPARE(limit.count(), 1);
    QCOMPARE(limit.first().first().value<EntityRef>(), EntityRef::key(key.id));
    QCOMPARE(del.first().first().toString(), key.id);
    QCOMPARE(labels.first().first().toString(), key.id);
    QCOMPARE(expiry.first().first().toString(), key.id);
    QCOMPARE(create.count(), 1);
    QCOMPARE(page.editLimitAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    QCOMPARE(page.deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(page.newKeyAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+N")));
}

void TestTablePages::readOnlyKeyDisablesActions()
{
    SimSession readOnly;
    QVERIFY(readOnly.start(true));
    QVERIFY(!readOnly.store.capabilities().canEdit());
    ViewContext c;
    c.store = &readOnly.store;
    KeysPage page(c);
    QVERIFY(page.selectId(readOnly.store.keys().first().id));
    for (QAction* a : {page.editLimitAction(), page.newKeyAction(), page.deleteAction(), page.labelsAction()}) {
        QVERIFY(!a->isEnabled());
        QVERIFY2(a->toolTip().contains(QStringLiteral("can only read")), qPrintable(a->toolTip()));
    }
    QVERIFY(!page.readOnlyReason().isEmpty());
}

void TestTablePages::headerStateSurvivesRecreation()
{
    {
        KeysPage page(context());
        QVERIFY(!page.table()->isColumnHidden(ApiKeyTableModel::ForecastColumn));
        page.table()->setColumnHidden(ApiKeyTableModel::ForecastColumn, true);
        page.table()->horizontalHeader()->resizeSection(ApiKeyTableModel::NameColumn, 321);
        page.table()->sortByColumn(ApiKeyTableModel::NameColumn, Qt::AscendingOrder);
        page.splitter()->setSizes({500, 300});
        page.saveState();
    }
    KeysPage again(context());
    QVERIFY(again.table()->isColumnHidden(ApiKeyTableModel::ForecastColumn));
    QCOMPARE(again.table()->horizontalHeader()->sectionSize(ApiKeyTableModel::NameColumn), 321);
    QCOMPARE(again.table()->horizontalHeader()->sortIndicatorSection(), int(ApiKeyTableModel::NameColumn));
    QCOMPARE(again.table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    // The sort is applied, not only drawn.
    QAbstractItemModel* m = again.table()->model();
    QVERIFY(m->index(0, 0).data(EntityTableModel::SortRole).toString() <=
            m->index(1, 0).data(EntityTableModel::SortRole).toString());
    m_settings->setViewState(QStringLiteral("keys/header"), QByteArray());
}

void TestTablePages::projectsPageShowsProjects()
{
    QVERIFY(m_session->store.hasProjects());
    ProjectsPage page(context());
    QVERIFY(!page.isShowingNoProjectsNote());
    QCOMPARE(page.table()->model()->rowCount(), m_session->store.projects().size());
    const Project& p = m_session->store.projects().first();
    QVERIFY(page.selectId(p.id));
    QCOMPARE(page.detailPanel()->title(), p.name);
    QSignalSpy showKeys(&page, &ProjectsPage::showKeysRequested);
    page.showKeysAction()->trigger();
    QCOMPARE(showKeys.first().first().toString(), p.id);
    page.kindFilter()->setCurrentIndex(page.kindFilter()->findData(int(ProjectFilterProxy::KindFilter::SharedOnly)));
    for (int r = 0; r < page.table()->model()->rowCount(); ++r)
        QCOMPARE(page.table()->model()->index(r, ProjectTableModel::KindColumn).data().toString(),
                 QStringLiteral("Shared"));
}

void TestTablePages::projectsPageExplainsWhenServerHasNone()
{
    Simulator::Options o = SimSession::defaults();
    o.projectsEnabled = false;
    SimSession noProjects(o);
    QVERIFY(noProjects.start());
    QVERIFY(!noProjects.store.hasProjects());
    ViewContext c;
    c.store = &noProjects.store;
    ProjectsPage page(c);
    QVERIFY(page.isShowingNoProjectsNote());
    const QLabel* note = page.findChild<QLabel*>();
    Q_UNUSED(note)
    bool explained = false;
    for (const QLabel* l : page.findChildren<QLabel*>())
        explained = explained || l->text().contains(QStringLiteral("Requesty console"));
    QVERIFY(explained);
    KeysPage keys(c);
    QVERIFY(keys.table()->isColumnHidden(ApiKeyTableModel::ProjectColumn));
    QVERIFY(keys.projectFilter()->isHidden());
}

QTEST_MAIN(TestTablePages)
#include "tst_tablepages.moc"
