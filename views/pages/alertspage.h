#pragma once

#include "page.h"

#include "store/entityref.h"

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

// The alert history: what crossed which threshold when, acknowledged or not. Acknowledge one or all,
// export as CSV, and snooze or mute alerts of the selected alert's key, project or organization.
class AlertsPage final : public Page
{
    Q_OBJECT
public:
    explicit AlertsPage(const ViewContext& context, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QAction* acknowledgeAction() const { return m_ack; }
    QAction* acknowledgeAllAction() const { return m_ackAll; }
    QAction* exportAction() const { return m_export; }
    QAction* muteAction() const { return m_mute; }
    QList<QAction*> snoozeActions() const { return m_snoozes; }
    QAction* showEntityAction() const { return m_show; }
    // The entity of the selected alert; nullopt without a selection.
    std::optional<EntityRef> selectedEntity() const;
    int selectedSourceRow() const;

    void saveState() const override;

signals:
    void exportCsvRequested();
    void entityRequested(const EntityRef& entity);

private:
    void updateActions();
    void updateSummary();
    void snooze(int which);

    QSortFilterProxyModel* m_proxy = nullptr;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_summary;
    QAction* m_ack;
    QAction* m_ackAll;
    QAction* m_export;
    QAction* m_mute;
    QAction* m_show;
    QList<QAction*> m_snoozes;
    QToolButton* m_snoozeButton = nullptr;
};
