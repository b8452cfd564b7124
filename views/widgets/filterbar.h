#pragma once

#include "itemmodels/entityfilterproxy.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;

// The row above a key or project table: a search field, quick-filter toggles (≥ 80 %, over limit,
// no limit, expiring soon), room for a page's own combo box, and "12 of 40 keys". It only reports
// what the user chose; the page passes it on to the proxy's typed setters.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(EntityFilterProxy::QuickFilters offered, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QToolButton* quickButton(EntityFilterProxy::QuickFilter filter) const;
    EntityFilterProxy::QuickFilters quickFilters() const;
    // Adds a page-specific widget (a project or kind combo) before the count.
    void addWidget(QWidget* widget);
    void setCountText(const QString& text);
    QString countText() const;

public slots:
    void focusSearch();
    void clearFilters();

signals:
    void searchTextChanged(const QString& text);
    void quickFiltersChanged(EntityFilterProxy::QuickFilters filters);

private:
    QToolButton* addQuick(EntityFilterProxy::QuickFilter filter, const QString& text, const QString& toolTip);

    QHBoxLayout* m_layout;
    QLineEdit* m_search;
    QList<QPair<EntityFilterProxy::QuickFilter, QToolButton*>> m_quick;
    QLabel* m_count;
    int m_insertAt = 0;
};
