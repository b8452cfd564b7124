#include "entitytablepage.h"

#include "delegates/progressdelegate.h"
#include "history/currencyformatter.h"
#include "itemmodels/entitytablemodel.h"
#include "settings/appsettings.h"
#include "store/orgstore.h"
#include "widgets/columnchooser.h"
#include "widgets/detailpanel.h"
#include "widgets/filterbar.h"
#include "widgets/icons.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

EntityTablePage::EntityTablePage(const QString& stateName, const ViewContext& context, EntityTableModel* model,
                                 EntityFilterProxy* proxy, EntityFilterProxy::QuickFilters quickFilters,
                                 QWidget* parent)
    : Page(context, parent)
    , m_stateName(stateName)
    , m_model(model)
    , m_proxy(proxy)
    , m_filter(new FilterBar(quickFilters, this))
    , m_tableStack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_tablePlaceholder(new QLabel(this))
    , m_detail(new DetailPanel(context.store, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EntityTableModel::SortRole);
    m_table->setObjectName(stateName + QStringLiteral("Table"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    new ColumnChooser(m_table->horizontalHeader());
    m_tablePlaceholder->setWordWrap(true);
    m_tablePlaceholder->setAlignment(Qt::AlignCenter);
    m_tablePlaceholder->setTextFormat(Qt::RichText);
    m_tablePlaceholder->setOpenExternalLinks(true);
    m_tablePlaceholder->setMargin(24);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_tablePlaceholder);

    m_editLimit = addPageAction(tr("Edit limit…"), QStringLiteral("edit-limit"), QKeySequence(tr("Ctrl+E")), true);
    connect(m_editLimit, &QAction::triggered, this, [this] {
        const QString id = selectedId();
        if (!id.isEmpty())
            emit editLimitRequested(entityFor(id));
    });

    connect(m_filter, &FilterBar::searchTextChanged, m_proxy, &EntityFilterProxy::setSearchText);
    connect(m_filter, &FilterBar::quickFiltersChanged, m_proxy, &EntityFilterProxy::setQuickFilters);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EntityTablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EntityTablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EntityTablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EntityTablePage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString id = selectedId();
        m_detail->setEntity(id.isEmpty() ? EntityRef::org() : entityFor(id));
        updateActions();
        emit selectedChanged(id);
    });
    connect(m_table, &QTableView::doubleClicked, m_editLimit, &QAction::trigger);
    connect(context.store, &OrgStore::snapshotChanged, this, [this] {
        updateActions();
        updateCount();
        updateMoneyFormat(); // a new month converts at its own rate
    });
}

void EntityTablePage::finishSetup()
{
    m_table->setItemDelegateForColumn(percentColumn(), new ProgressDelegate(EntityTableModel::ProgressRole, this));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_tableStack, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setObjectName(m_stateName + QStringLiteral("Splitter"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_splitter);
    restoreState();
    updateActions();
    updateCount();
    updateMoneyFormat();
}

void EntityTablePage::updateMoneyFormat()
{
    std::shared_ptr<const CurrencyFormatter> formatter =
        CurrencyFormatter::create(context().currency, context().store->currentPeriod());
    const QString signature = formatter ? formatter->signature() : QString();
    if (signature == m_moneyFormat)
        return;
    m_moneyFormat = signature;
    m_model->setMoneyFormatter(std::move(formatter), moneyColumns());
    widenToHeaders(moneyColumns()); // "Spend (month) in EUR" is longer than "Spend (month)"
}

void EntityTablePage::widenToHeaders(const QList<int>& columns)
{
    QHeaderView* header = m_table->horizontalHeader();
    for (const int c : columns)
        header->resizeSection(c, std::max(header->sectionSize(c), header->sectionSizeHint(c)));
}

QAction* EntityTablePage::addPageAction(const QString& text, const QString& iconName, const QKeySequence& shortcut,
                                        bool needsSelection, bool textOnButton)
{
    auto* a = new QAction(Icons::get(iconName), text, this);
    a->setShortcut(shortcut);
    // Only while this page (or a child) has focus, so pages do not steal each other's keys.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(a);
    m_detail->addActionButton(a, textOnButton);
    m_writeActions.append({a, needsSelection});
    return a;
}

QString EntityTablePage::readOnlyReason() const
{
    const OrgStore* store = context().store;
    if (!store->hasData())
        return tr("Available once the data has loaded.");
    if (!store->capabilities().canEdit())
        return tr("This management key can only read: ask an admin for a key with manage: write.");
    return QString();
}

void EntityTablePage::updateActions()
{
    const QString reason = readOnlyReason();
    const bool selected = !selectedId().isEmpty();
    for (const auto& [action, needsSelection] : m_writeActions) {
        const bool enabled = reason.isEmpty() && (selected || !needsSelection);
        action->setEnabled(enabled);
        QString tip = action->text().remove(QChar(0x2026));
        if (!action->shortcut().isEmpty())
            tip += QStringLiteral(" (") + action->shortcut().toString(QKeySequence::NativeText) + u')';
        if (!reason.isEmpty())
            tip += QStringLiteral("\n") + reason;
        else if (needsSelection && !selected)
            tip += QStringLiteral("\n") + tr("Select a row first.");
        action->setToolTip(tip);
    }
}

void EntityTablePage::setTablePlaceholder(const QString& text)
{
    m_tablePlaceholder->setText(text);
    m_tableStack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget*>(m_table) : m_tablePlaceholder);
}

QString EntityTablePage::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return QString();
    return current.siblingAtColumn(0).data(EntityTableModel::IdRole).toString();
}

bool EntityTablePage::selectId(const QString& id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxyIndex.isValid()) {
        m_filter->clearFilters();
        proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!proxyIndex.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(proxyIndex,
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxyIndex);
    return true;
}

void EntityTablePage::updateCount()
{
    m_filter->setCountText(countText(m_proxy->rowCount(), m_model->rowCount()));
}

void EntityTablePage::focusSearch()
{
    m_filter->focusSearch();
}

void EntityTablePage::saveState() const
{
    AppSettings* settings = context().settings;
    if (!settings)
        return;
    settings->setViewState(m_stateName + QStringLiteral("/header"), m_table->horizontalHeader()->saveState());
    settings->setViewState(m_stateName + QStringLiteral("/splitter"), m_splitter->saveState());
}

void EntityTablePage::restoreState()
{
    AppSettings* settings = context().settings;
    const QByteArray header = settings ? settings->viewState(m_stateName + QStringLiteral("/header")) : QByteArray();
    const QByteArray splitter =
        settings ? settings->viewState(m_stateName + QStringLiteral("/splitter")) : QByteArray();
    QHeaderView* h = m_table->horizontalHeader();
    if (header.isEmpty() || !h->restoreState(header)) {
        applyDefaultColumns();
        // Translated headers may be longer than the default widths allow ("Ausgaben (Monat)").
        QList<int> all;
        for (int c = 0; c < m_model->columnCount(); ++c)
            all.append(c);
        widenToHeaders(all);
    }
    m_table->sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({720, 380});
}
