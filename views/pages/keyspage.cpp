#include "keyspage.h"

#include "itemmodels/apikeytablemodel.h"
#include "itemmodels/keyfilterproxy.h"
#include "store/orgstore.h"
#include "widgets/detailpanel.h"
#include "widgets/filterbar.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QTableView>

KeysPage::KeysPage(const ViewContext& context, QWidget* parent)
    : EntityTablePage(QStringLiteral("keys"), context, new ApiKeyTableModel(context.store), new KeyFilterProxy,
                      EntityFilterProxy::Over80Percent | EntityFilterProxy::OverLimit | EntityFilterProxy::NoLimitSet |
                          EntityFilterProxy::ExpiringSoon,
                      parent)
    , m_model(static_cast<ApiKeyTableModel*>(sourceModel()))
    , m_proxy(static_cast<KeyFilterProxy*>(proxy()))
    , m_projectFilter(new QComboBox(this))
{
    setObjectName(QStringLiteral("keysPage"));
    m_model->setParent(this);
    m_proxy->setParent(this);
    m_projectFilter->setObjectName(QStringLiteral("projectFilter"));
    m_projectFilter->setAccessibleName(tr("Project"));
    m_projectFilter->setToolTip(tr("Show only the keys of one project"));
    filterBar()->addWidget(m_projectFilter);
    connect(m_projectFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setProjectFilter(m_projectFilter->currentData().toString()); });

    m_labels = addPageAction(tr("Labels…"), QStringLiteral("labels"), QKeySequence(), true, false);
    m_expiry = addPageAction(tr("Expiry…"), QStringLiteral("expiry"), QKeySequence(), true, false);
    m_delete = addPageAction(tr("Delete…"), QStringLiteral("delete"), QKeySequence(QKeySequence::Delete), true, false);
    m_newKey = addPageAction(tr("New key…"), QStringLiteral("new-key"), QKeySequence(tr("Ctrl+N")), false);
    connect(m_newKey, &QAction::triggered, this, &KeysPage::createKeyRequested);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (!selectedId().isEmpty())
            emit deleteKeyRequested(selectedId());
    });
    connect(m_labels, &QAction::triggered, this, [this] {
        if (!selectedId().isEmpty())
            emit editLabelsRequested(selectedId());
    });
    connect(m_expiry, &QAction::triggered, this, [this] {
        if (!selectedId().isEmpty())
            emit editExpiryRequested(selectedId());
    });
    detailPanel()->setEmptyText(tr("Select a key to see its chart, its facts and what you can do with it."));
    connect(context.store, &OrgStore::snapshotChanged, this, &KeysPage::reloadProjects);
    reloadProjects();
    finishSetup();
}

void KeysPage::showProject(const QString& projectId)
{
    const int i = m_projectFilter->findData(projectId);
    m_projectFilter->setCurrentIndex(std::max(i, 0));
}

EntityRef KeysPage::entityFor(const QString& id) const
{
    return EntityRef::key(id);
}

QString KeysPage::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n keys", nullptr, total);
    return tr("%1 of %n keys", nullptr, total).arg(shown);
}

int KeysPage::percentColumn() const
{
    return ApiKeyTableModel::PercentColumn;
}

QList<int> KeysPage::moneyColumns() const
{
    return {ApiKeyTableModel::LimitColumn, ApiKeyTableModel::SpendColumn, ApiKeyTableModel::ForecastColumn,
            ApiKeyTableModel::HeadroomColumn};
}

void KeysPage::applyDefaultColumns()
{
    QHeaderView* h = table()->horizontalHeader();
    h->resizeSection(ApiKeyTableModel::NameColumn, 170);
    h->resizeSection(ApiKeyTableModel::ProjectColumn, 110);
    h->resizeSection(ApiKeyTableModel::LimitColumn, 85);
    h->resizeSection(ApiKeyTableModel::SpendColumn, 118);
    h->resizeSection(ApiKeyTableModel::PercentColumn, 130);
    h->resizeSection(ApiKeyTableModel::ForecastColumn, 85);
    h->resizeSection(ApiKeyTableModel::StatusColumn, 90);
    // The detail panel shows the rest; the column chooser brings any of them back.
    for (int c : {int(ApiKeyTableModel::LabelsColumn), int(ApiKeyTableModel::CreatedByColumn),
                  int(ApiKeyTableModel::ExpiryColumn), int(ApiKeyTableModel::StatusColumn),
                  int(ApiKeyTableModel::HeadroomColumn)})
        h->setSectionHidden(c, true);
    // Before the first data the server's capabilities are unknown: reloadProjects() decides then.
    if (context().store->hasData())
        h->setSectionHidden(ApiKeyTableModel::ProjectColumn, !context().store->hasProjects());
    table()->sortByColumn(ApiKeyTableModel::SpendColumn, Qt::DescendingOrder);
}

void KeysPage::reloadProjects()
{
    const OrgStore* store = context().store;
    const bool has = store->hasProjects();
    m_projectFilter->setVisible(has);
    if (store->hasData() && int(has) != m_hadProjects) {
        // The server's capabilities are known now: show the project column only when it has projects.
        if (m_hadProjects >= 0 || !has)
            table()->horizontalHeader()->setSectionHidden(ApiKeyTableModel::ProjectColumn, !has);
        m_hadProjects = int(has);
    }
    QList<QPair<QString, QString>> items{{tr("All projects"), QString()}};
    for (const Project& p : store->projects())
        items.append({p.name, p.id});
    bool same = m_projectFilter->count() == items.size();
    for (int i = 0; same && i < items.size(); ++i)
        same = m_projectFilter->itemText(i) == items[i].first && m_projectFilter->itemData(i) == items[i].second;
    if (same)
        return;
    const QString current = m_projectFilter->currentData().toString();
    const QSignalBlocker block(m_projectFilter);
    m_projectFilter->clear();
    for (const auto& [name, id] : items)
        m_projectFilter->addItem(name, id);
    m_projectFilter->setCurrentIndex(std::max(0, m_projectFilter->findData(current)));
    m_proxy->setProjectFilter(m_projectFilter->currentData().toString());
}
