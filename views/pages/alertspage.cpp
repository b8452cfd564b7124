#include "alertspage.h"

#include "alerts/alertlistmodel.h"
#include "alerts/thresholdmonitor.h"
#include "settings/appsettings.h"
#include "store/orgstore.h"
#include "widgets/columnchooser.h"
#include "widgets/icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return b;
}

} // namespace

AlertsPage::AlertsPage(const ViewContext& context, QWidget* parent)
    : Page(context, parent)
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_ack(new QAction(Icons::get(QStringLiteral("acknowledge")), tr("Acknowledge"), this))
    , m_ackAll(new QAction(tr("Acknowledge all"), this))
    , m_export(new QAction(Icons::get(QStringLiteral("export")), tr("Export CSV…"), this))
    , m_mute(new QAction(tr("Mute alerts for it"), this))
    , m_show(new QAction(tr("Show it"), this))
{
    setObjectName(QStringLiteral("alertsPage"));
    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_ack->setShortcut(QKeySequence(tr("Ctrl+K")));
    m_ack->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_ack);
    m_mute->setCheckable(true);
    m_show->setToolTip(tr("Open the key or project this alert is about"));

    auto* snoozeMenu = new QMenu(this);
    const QStringList snoozeTexts{tr("For 1 hour"), tr("For 1 day"), tr("Until tomorrow"),
                                  tr("Until the monthly reset")};
    for (int i = 0; i < snoozeTexts.size(); ++i) {
        QAction* a = snoozeMenu->addAction(snoozeTexts[i]);
        connect(a, &QAction::triggered, this, [this, i] { snooze(i); });
        m_snoozes.append(a);
    }
    auto* snoozeButton = m_snoozeButton = new QToolButton(this);
    snoozeButton->setText(tr("Snooze"));
    snoozeButton->setIcon(Icons::get(QStringLiteral("snooze")));
    snoozeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    snoozeButton->setPopupMode(QToolButton::InstantPopup);
    snoozeButton->setMenu(snoozeMenu);
    snoozeButton->setToolTip(tr("No tray messages for the selected alert's key or project for a while"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(buttonFor(m_ack, this));
    bar->addWidget(buttonFor(m_ackAll, this));
    bar->addWidget(snoozeButton);
    bar->addWidget(buttonFor(m_mute, this));
    bar->addWidget(buttonFor(m_show, this));
    bar->addWidget(buttonFor(m_export, this));

    auto* empty = new QLabel(this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setText(context.alerts ? tr("No alerts so far. You are told here and in the tray when a key or project "
                                       "reaches 50, 80, 90 or 100 % of its limit, or is projected to go over.")
                                  : tr("Alerts are not available in this session."));
    m_stack->addWidget(empty);
    m_stack->addWidget(m_table);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    if (context.alerts) {
        m_proxy = new QSortFilterProxyModel(this);
        m_proxy->setSourceModel(context.alerts);
        m_proxy->setSortRole(AlertListModel::SortRole);
        m_table->setModel(m_proxy);
        m_table->setSortingEnabled(true);
        m_table->sortByColumn(AlertListModel::TimeColumn, Qt::DescendingOrder);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setSelectionMode(QAbstractItemView::SingleSelection);
        m_table->setAlternatingRowColors(true);
        m_table->verticalHeader()->hide();
        QHeaderView* h = m_table->horizontalHeader();
        h->setSectionsMovable(true);
        h->setStretchLastSection(false);
        h->setSectionResizeMode(AlertListModel::MessageColumn, QHeaderView::Stretch);
        h->resizeSection(AlertListModel::TimeColumn, 150);
        h->resizeSection(AlertListModel::EntityColumn, 180);
        new ColumnChooser(h);
        if (context.settings) {
            const QByteArray state = context.settings->viewState(QStringLiteral("alerts/header"));
            if (!state.isEmpty() && h->restoreState(state))
                m_table->sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
        }
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertsPage::updateActions);
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(context.alerts, signal, this, &AlertsPage::updateSummary);
        connect(context.alerts, &QAbstractItemModel::modelReset, this, &AlertsPage::updateSummary);
        connect(context.alerts, &QAbstractItemModel::dataChanged, this, &AlertsPage::updateSummary);
        connect(m_ack, &QAction::triggered, this, [this] {
            const int row = selectedSourceRow();
            if (row >= 0)
                this->context().alerts->acknowledge(row);
            updateActions();
        });
        connect(m_ackAll, &QAction::triggered, context.alerts, &AlertListModel::acknowledgeAll);
        connect(m_export, &QAction::triggered, this, &AlertsPage::exportCsvRequested);
        connect(m_table, &QTableView::doubleClicked, m_show, &QAction::trigger);
    }
    connect(m_mute, &QAction::triggered, this, [this](bool on) {
        if (const auto e = selectedEntity(); e && this->context().monitor)
            this->context().monitor->setMuted(*e, on);
        updateActions();
    });
    connect(m_show, &QAction::triggered, this, [this] {
        if (const auto e = selectedEntity())
            emit entityRequested(*e);
    });
    updateSummary();
}

int AlertsPage::selectedSourceRow() const
{
    if (!m_proxy)
        return -1;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy->mapToSource(current).row();
}

std::optional<EntityRef> AlertsPage::selectedEntity() const
{
    const int row = selectedSourceRow();
    if (row < 0)
        return std::nullopt;
    return context().alerts->alertAt(row).entity;
}

void AlertsPage::snooze(int which)
{
    const auto e = selectedEntity();
    if (!e || !context().monitor)
        return;
    context().monitor->snooze(*e, ThresholdMonitor::Snooze(which), context().store->clock().nowUtc());
}

void AlertsPage::updateSummary()
{
    AlertListModel* alerts = context().alerts;
    const int total = alerts ? alerts->rowCount() : 0;
    m_stack->setCurrentIndex(total > 0 ? 1 : 0);
    const int open = alerts ? alerts->unacknowledgedCount() : 0;
    m_summary->setText(total == 0 ? tr("No alerts")
                                  : tr("%n alerts", nullptr, total) + QStringLiteral(" · ") +
                                        tr("%n not acknowledged", nullptr, open));
    m_ackAll->setEnabled(open > 0);
    m_export->setEnabled(total > 0);
    updateActions();
}

void AlertsPage::updateActions()
{
    const int row = selectedSourceRow();
    const std::optional<EntityRef> entity = selectedEntity();
    const bool hasMonitor = context().monitor != nullptr;
    m_ack->setEnabled(row >= 0 && !context().alerts->alertAt(row).acknowledged);
    for (QAction* a : m_snoozes)
        a->setEnabled(entity.has_value() && hasMonitor);
    m_mute->setEnabled(entity.has_value() && hasMonitor);
    m_snoozeButton->setEnabled(entity.has_value() && hasMonitor);
    m_mute->setChecked(entity && hasMonitor && context().monitor->isMuted(*entity));
    m_show->setEnabled(entity.has_value() && !entity->isOrganization());
}

void AlertsPage::saveState() const
{
    if (context().settings && m_proxy)
        context().settings->setViewState(QStringLiteral("alerts/header"), m_table->horizontalHeader()->saveState());
}
