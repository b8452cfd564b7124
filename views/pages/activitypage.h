#pragma once

#include "page.h"

class AuditLogModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

// The audit log of every write made from this app (limit changes, keys created or deleted, labels,
// expiry), newest first, with the result of each.
class ActivityPage final : public Page
{
    Q_OBJECT
public:
    explicit ActivityPage(const ViewContext& context, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    AuditLogModel* model() const { return m_model; }
    QLineEdit* searchField() const { return m_search; }

    void saveState() const override;
    void focusSearch() override;

private:
    void updateState();

    AuditLogModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLineEdit* m_search;
    QLabel* m_count;
};
