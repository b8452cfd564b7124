#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

class EntityTableModel;
struct EntityRow;

// Shared filtering of the key and project tables: a case-insensitive search text and quick filters,
// sorted numerically on EntityTableModel::SortRole. Reads the source's precomputed rows directly.
class EntityFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Quick filters combine with OR (a row matching any selected one passes); none selected = all rows.
    enum QuickFilter {
        NoQuickFilter = 0,
        Over80Percent = 0x1, // at least 80 % of the limit
        OverLimit = 0x2,     // at least 100 %
        NoLimitSet = 0x4,
        ExpiringSoon = 0x8, // keys expiring within 7 days
    };
    Q_DECLARE_FLAGS(QuickFilters, QuickFilter)
    Q_FLAG(QuickFilters)

    void setSourceModel(QAbstractItemModel* model) override;
    // The source's header, naming the display currency over converted money columns.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }
    void setQuickFilters(QuickFilters filters);
    QuickFilters quickFilters() const { return m_quick; }

protected:
    explicit EntityFilterProxy(QObject* parent);
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // Subclasses add their own typed filters.
    virtual bool acceptsRow(const EntityRow& row) const;

private:
    QPointer<EntityTableModel> m_source;
    QString m_text;           // as typed
    QString m_folded;         // case-folded
    QStringMatcher m_matcher; // of m_folded, case-insensitive
    QuickFilters m_quick = NoQuickFilter;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(EntityFilterProxy::QuickFilters)
