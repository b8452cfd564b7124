#pragma once

#include "page.h"

#include "store/entityref.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class RunwayModel;
class RunwayUpdater;

// What breaks first: every key and project ranked by the days of headroom left at its current burn
// (effective headroom: a key's own cap and its project's both count), with the last 14 days as a
// spark line and the date the cap is reached. Computed off the GUI thread (RunwayUpdater).
class RunwayPage final : public Page
{
    Q_OBJECT
public:
    explicit RunwayPage(const ViewContext& context, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    RunwayModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    RunwayUpdater* updater() const { return m_updater; }
    QComboBox* kindFilter() const { return m_kind; }
    QLabel* summary() const { return m_summary; }

    void saveState() const override;
    void focusSearch() override;

signals:
    void entityActivated(const EntityRef& entity);

private:
    void updateSummary();
    void applyKindFilter();

    RunwayModel* m_model;
    QSortFilterProxyModel* m_proxy;
    RunwayUpdater* m_updater;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QLabel* m_summary;
};
