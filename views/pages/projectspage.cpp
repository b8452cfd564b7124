#include "projectspage.h"

#include "itemmodels/projectfilterproxy.h"
#include "itemmodels/projecttablemodel.h"
#include "store/orgstore.h"
#include "widgets/detailpanel.h"
#include "widgets/filterbar.h"
#include "widgets/icons.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

ProjectsPage::ProjectsPage(const ViewContext& context, QWidget* parent)
    : EntityTablePage(QStringLiteral("projects"), context, new ProjectTableModel(context.store), new ProjectFilterProxy,
                      EntityFilterProxy::Over80Percent | EntityFilterProxy::OverLimit | EntityFilterProxy::NoLimitSet,
                      parent)
    , m_model(static_cast<ProjectTableModel*>(sourceModel()))
    , m_proxy(static_cast<ProjectFilterProxy*>(proxy()))
    , m_kind(new QComboBox(this))
    , m_showKeys(new QAction(Icons::get(QStringLiteral("keys")), tr("Show its keys"), this))
{
    setObjectName(QStringLiteral("projectsPage"));
    m_model->setParent(this);
    m_proxy->setParent(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Kind of project"));
    m_kind->addItem(tr("All projects"), int(ProjectFilterProxy::KindFilter::All));
    m_kind->addItem(tr("Shared only"), int(ProjectFilterProxy::KindFilter::SharedOnly));
    m_kind->addItem(tr("Private only"), int(ProjectFilterProxy::KindFilter::PrivateOnly));
    filterBar()->addWidget(m_kind);
    filterBar()->searchField()->setToolTip(tr("Filter by name or owner (Ctrl+F)"));
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKindFilter(ProjectFilterProxy::KindFilter(m_kind->currentData().toInt())); });
    m_showKeys->setToolTip(tr("Open the Keys page filtered to this project"));
    detailPanel()->addActionButton(m_showKeys);
    connect(m_showKeys, &QAction::triggered, this, [this] {
        if (!selectedId().isEmpty())
            emit showKeysRequested(selectedId());
    });
    detailPanel()->setEmptyText(tr("Select a project to see its chart and facts. A project's limit binds every "
                                   "key created in it."));
    connect(context.store, &OrgStore::snapshotChanged, this, &ProjectsPage::updateAvailability);
    finishSetup();
    updateAvailability();
}

void ProjectsPage::updateAvailability()
{
    const OrgStore* store = context().store;
    m_noProjects = store->hasData() && !store->hasProjects();
    if (!store->hasData()) {
        setTablePlaceholder(tr("No data yet — connecting…"));
    } else if (m_noProjects) {
        setTablePlaceholder(
            tr("<h3>Projects are managed in the Requesty console</h3>"
               "<p>This server does not offer project information to management keys, so Spendboard cannot show "
               "project limits here. A project's limit still applies to every key in it.</p>"
               "<p>Key limits work as usual: see the <b>Keys</b> page to watch and change them.</p>"));
    } else {
        setTablePlaceholder(QString());
    }
    filterBar()->setEnabled(!m_noProjects);
}

void ProjectsPage::updateActions()
{
    EntityTablePage::updateActions();
    m_showKeys->setEnabled(!selectedId().isEmpty());
}

EntityRef ProjectsPage::entityFor(const QString& id) const
{
    return EntityRef::project(id);
}

QString ProjectsPage::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n projects", nullptr, total);
    return tr("%1 of %n projects", nullptr, total).arg(shown);
}

int ProjectsPage::percentColumn() const
{
    return ProjectTableModel::PercentColumn;
}

QList<int> ProjectsPage::moneyColumns() const
{
    return {ProjectTableModel::LimitColumn, ProjectTableModel::SpendColumn, ProjectTableModel::ForecastColumn,
            ProjectTableModel::HeadroomColumn};
}

void ProjectsPage::applyDefaultColumns()
{
    QHeaderView* h = table()->horizontalHeader();
    h->resizeSection(ProjectTableModel::NameColumn, 170);
    h->resizeSection(ProjectTableModel::KindColumn, 70);
    h->resizeSection(ProjectTableModel::LimitColumn, 90);
    h->resizeSection(ProjectTableModel::SpendColumn, 118);
    h->resizeSection(ProjectTableModel::PercentColumn, 140);
    h->resizeSection(ProjectTableModel::ForecastColumn, 90);
    h->resizeSection(ProjectTableModel::KeysColumn, 50);
    // The owner is in the name of a private project and in the detail panel.
    for (int c : {int(ProjectTableModel::StatusColumn), int(ProjectTableModel::OwnerColumn),
                  int(ProjectTableModel::HeadroomColumn)})
        h->setSectionHidden(c, true);
    table()->sortByColumn(ProjectTableModel::SpendColumn, Qt::DescendingOrder);
}
