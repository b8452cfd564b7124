#pragma once

#include "page.h"

#include "itemmodels/entityfilterproxy.h"
#include "store/entityref.h"

class DetailPanel;
class EntityFilterProxy;
class EntityTableModel;
class FilterBar;
class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

// The shared frame of the Keys and Projects pages: filter bar, sortable table with the progress
// delegate and a column chooser, and the detail panel in a splitter. Header and splitter state are
// kept in AppSettings under "<stateName>/header" and "<stateName>/splitter".
class EntityTablePage : public Page
{
    Q_OBJECT
public:
    FilterBar* filterBar() const { return m_filter; }
    QTableView* table() const { return m_table; }
    DetailPanel* detailPanel() const { return m_detail; }
    QSplitter* splitter() const { return m_splitter; }
    EntityFilterProxy* proxy() const { return m_proxy; }
    QAction* editLimitAction() const { return m_editLimit; }

    QString selectedId() const;
    // Selects the row of `id` (clearing the filters if they hide it); false when there is no such row.
    bool selectId(const QString& id);

    void saveState() const override;
    void focusSearch() override;
    void displayCurrencyChanged() override { updateMoneyFormat(); }

    // Why writes are disabled ("This management key can only read…"), empty when they are allowed.
    QString readOnlyReason() const;

signals:
    void editLimitRequested(const EntityRef& entity);
    void selectedChanged(const QString& id);

protected:
    EntityTablePage(const QString& stateName, const ViewContext& context, EntityTableModel* model,
                    EntityFilterProxy* proxy, EntityFilterProxy::QuickFilters quickFilters, QWidget* parent);

    // Builds the UI; subclasses call it at the end of their constructor after adding their actions.
    void finishSetup();
    virtual EntityRef entityFor(const QString& id) const = 0;
    virtual QString countText(int shown, int total) const = 0;
    virtual int percentColumn() const = 0;
    // The columns of amounts of money (shown in the display currency when one is set).
    virtual QList<int> moneyColumns() const = 0;
    // Column widths and hidden columns when no saved header state exists.
    virtual void applyDefaultColumns() = 0;
    // Called after every selection or data change: enable/disable actions.
    virtual void updateActions();
    // An action that needs write permission (and, if `needsSelection`, a selected row).
    QAction* addPageAction(const QString& text, const QString& iconName, const QKeySequence& shortcut,
                           bool needsSelection, bool textOnButton = true);
    void setTablePlaceholder(const QString& text); // shown instead of the table (empty text: the table)
    EntityTableModel* sourceModel() const { return m_model; }

private:
    void updateCount();
    void restoreState();
    // Hands the model the display currency of the store's month (only when it changed).
    void updateMoneyFormat();
    // Widens the sections whose header text would be clipped.
    void widenToHeaders(const QList<int>& columns);

    QString m_stateName;
    EntityTableModel* m_model;
    EntityFilterProxy* m_proxy;
    FilterBar* m_filter;
    QStackedWidget* m_tableStack;
    QTableView* m_table;
    QLabel* m_tablePlaceholder;
    DetailPanel* m_detail;
    QSplitter* m_splitter;
    QAction* m_editLimit;
    QList<QPair<QAction*, bool>> m_writeActions; // action, needs a selection
    QString m_moneyFormat;                       // signature of the display currency in use ("" = USD)
};
