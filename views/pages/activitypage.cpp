#include "activitypage.h"

#include "itemmodels/auditlogmodel.h"
#include "settings/appsettings.h"
#include "store/auditlog.h"
#include "store/orgstore.h"
#include "widgets/columnchooser.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

ActivityPage::ActivityPage(const ViewContext& context, QWidget* parent)
    : Page(context, parent)
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("activityPage"));
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_search->setPlaceholderText(tr("Filter by key, project or change… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);

    AuditLog* log = context.auditLog ? context.auditLog : (context.store ? context.store->auditLog() : nullptr);
    auto* empty = new QLabel(this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setText(log ? tr("Nothing changed yet. Every limit change, new or deleted key, label and expiry change "
                            "made here is recorded on this page, with its result.")
                       : tr("The activity log is not available in this session."));
    m_stack->addWidget(empty);
    m_stack->addWidget(m_table);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    if (log) {
        m_model = new AuditLogModel(log, this);
        m_proxy = new QSortFilterProxyModel(this);
        m_proxy->setSourceModel(m_model);
        m_proxy->setSortRole(AuditLogModel::SortRole);
        m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        m_proxy->setFilterKeyColumn(-1);
        m_table->setModel(m_proxy);
        m_table->setSortingEnabled(true);
        m_table->sortByColumn(AuditLogModel::TimeColumn, Qt::DescendingOrder);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setAlternatingRowColors(true);
        m_table->verticalHeader()->hide();
        QHeaderView* h = m_table->horizontalHeader();
        h->setSectionsMovable(true);
        h->setSectionResizeMode(AuditLogModel::ChangeColumn, QHeaderView::Stretch);
        h->resizeSection(AuditLogModel::TimeColumn, 150);
        h->resizeSection(AuditLogModel::EntityColumn, 200);
        h->resizeSection(AuditLogModel::ActionColumn, 140);
        new ColumnChooser(h);
        if (context.settings) {
            const QByteArray state = context.settings->viewState(QStringLiteral("activity/header"));
            if (!state.isEmpty() && h->restoreState(state))
                m_table->sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
        }
        connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
        connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ActivityPage::updateState);
        connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ActivityPage::updateState);
        connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivityPage::updateState);
        connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActivityPage::updateState);
    } else {
        m_search->setEnabled(false);
    }
    updateState();
}

void ActivityPage::updateState()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = m_proxy ? m_proxy->rowCount() : 0;
    m_stack->setCurrentIndex(total > 0 ? 1 : 0);
    m_count->setText(shown == total ? tr("%n changes", nullptr, total)
                                    : tr("%1 of %n changes", nullptr, total).arg(shown));
}

void ActivityPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ActivityPage::saveState() const
{
    if (context().settings && m_model)
        context().settings->setViewState(QStringLiteral("activity/header"), m_table->horizontalHeader()->saveState());
}
