#include "entityfilterproxy.h"

#include "entitytablemodel.h"

EntityFilterProxy::EntityFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EntityTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void EntityFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_source = qobject_cast<EntityTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

QVariant EntityFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == EntityTableModel::ExactHeaderRole)
        return QSortFilterProxyModel::headerData(section, orientation, Qt::DisplayRole);
    const QVariant header = QSortFilterProxyModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && m_source)
        return m_source->moneyHeader(section, header);
    return header;
}

void EntityFilterProxy::setSearchText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    m_text = text;
    if (folded == m_folded)
        return;
    m_folded = folded;
    m_matcher = QStringMatcher(folded, Qt::CaseInsensitive);
    invalidateFilter();
}

void EntityFilterProxy::setQuickFilters(QuickFilters filters)
{
    if (filters == m_quick)
        return;
    m_quick = filters;
    invalidateFilter();
}

bool EntityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_source || sourceRow < 0 || sourceRow >= m_source->rowCount())
        return false;
    const EntityRow& row = m_source->rowAt(sourceRow);
    if (!m_folded.isEmpty() && !EntityTableModel::matches(row, m_matcher))
        return false;
    if (m_quick != NoQuickFilter) {
        const bool match = (m_quick.testFlag(Over80Percent) && row.progress >= 8000) ||
                           (m_quick.testFlag(OverLimit) && row.progress >= 10000) ||
                           (m_quick.testFlag(NoLimitSet) && row.progress < 0) ||
                           (m_quick.testFlag(ExpiringSoon) && row.expiringSoon);
        if (!match)
            return false;
    }
    return acceptsRow(row);
}

bool EntityFilterProxy::acceptsRow(const EntityRow&) const
{
    return true;
}
