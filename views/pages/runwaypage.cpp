#include "runwaypage.h"

#include "delegates/sparklinedelegate.h"
#include "history/runwaymodel.h"
#include "history/runwayupdater.h"
#include "settings/appsettings.h"
#include "store/orgstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Filters by text over name and project, and by kind (keys, projects or both).
class RunwayProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setKind(int kind) // -1 = both, else int(EntityRef::Kind)
    {
        if (kind == m_kind)
            return;
        m_kind = kind;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QAbstractItemModel* m = sourceModel();
        if (m_kind >= 0) {
            const auto e = m->index(row, RunwayModel::Entity, parent).data(RunwayModel::EntityRole).value<EntityRef>();
            if (int(e.kind) != m_kind)
                return false;
        }
        const QRegularExpression& re = filterRegularExpression();
        if (re.pattern().isEmpty())
            return true;
        return m->index(row, RunwayModel::Name, parent).data().toString().contains(re) ||
               m->index(row, RunwayModel::Project, parent).data().toString().contains(re);
    }

private:
    int m_kind = -1;
};

} // namespace

RunwayPage::RunwayPage(const ViewContext& context, QWidget* parent)
    : Page(context, parent)
    , m_model(new RunwayModel(this))
    , m_proxy(new RunwayProxy(this))
    , m_updater(nullptr)
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("runwayPage"));
    m_table->setObjectName(QStringLiteral("runwayTable"));
    m_table->setAccessibleName(tr("Runway of keys and projects"));
    m_search->setPlaceholderText(tr("Filter by key or project… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter"));
    m_kind->setObjectName(QStringLiteral("runwayKind"));
    m_kind->setAccessibleName(tr("Show"));
    m_kind->addItem(tr("Keys and projects"), -1);
    m_kind->addItem(tr("Keys"), int(EntityRef::Kind::Key));
    m_kind->addItem(tr("Projects"), int(EntityRef::Kind::Project));
    m_summary->setObjectName(QStringLiteral("runwaySummary"));
    m_summary->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_kind);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunwayModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(RunwayModel::Spark, new SparklineDelegate(RunwayModel::SparkRole, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunwayModel::DaysLeft, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: no per-row measuring with 10 000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* h = m_table->horizontalHeader();
    h->setSectionsMovable(true);
    h->setSectionResizeMode(RunwayModel::Name, QHeaderView::Stretch);
    h->resizeSection(RunwayModel::Entity, 70);
    h->resizeSection(RunwayModel::Project, 150);
    h->resizeSection(RunwayModel::Spark, 110);
    h->resizeSection(RunwayModel::LimitReachedOn, 130);
    if (context.settings) {
        const QByteArray state = context.settings->viewState(QStringLiteral("runway/header"));
        if (!state.isEmpty() && h->restoreState(state))
            m_table->sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
    }

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RunwayPage::applyKindFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit entityActivated(index.data(RunwayModel::EntityRole).value<EntityRef>());
    });
    if (context.store) {
        m_updater = new RunwayUpdater(context.store, context.history, m_model, this);
        connect(m_updater, &RunwayUpdater::updated, this, &RunwayPage::updateSummary);
    }
    updateSummary();
}

void RunwayPage::applyKindFilter()
{
    static_cast<RunwayProxy*>(m_proxy)->setKind(m_kind->currentData().toInt());
    updateSummary();
}

void RunwayPage::updateSummary()
{
    if (!context().store || !context().store->hasData()) {
        m_summary->setText(tr("No data yet."));
        return;
    }
    int soon = 0;
    int over = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto status = RunwayCalculator::Status(m_model->index(row, 0).data(RunwayModel::StatusRole).toInt());
        over += status == RunwayCalculator::Status::Over ? 1 : 0;
        soon += (status == RunwayCalculator::Status::Critical || status == RunwayCalculator::Status::Warning) ? 1 : 0;
    }
    m_summary->setText(tr("%n at or over their cap", nullptr, over) + QStringLiteral(" · ") +
                       tr("%n reach their cap within 7 days", nullptr, soon) + QStringLiteral(" · ") +
                       tr("ranked by days left at the current burn; a key's project cap counts too"));
}

void RunwayPage::saveState() const
{
    if (context().settings)
        context().settings->setViewState(QStringLiteral("runway/header"), m_table->horizontalHeader()->saveState());
}

void RunwayPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}
