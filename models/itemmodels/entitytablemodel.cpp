#include "entitytablemodel.h"

#include "itemmodelslogging.h"

#include "domain/releaselater.h"

#include <QElapsedTimer>

#include <utility>

namespace {

const QList<int> kChangedRoles{Qt::DisplayRole,
                               Qt::ToolTipRole,
                               EntityTableModel::SortRole,
                               EntityTableModel::ProgressRole,
                               EntityTableModel::StatusRole,
                               EntityTableModel::MoneyRole,
                               EntityTableModel::FilterTextRole};

constexpr qsizetype kReleaseInBackgroundRows = 256;

} // namespace

EntityTableModel::EntityTableModel(int columnCount, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(columnCount)
{}

int EntityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QString EntityTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

const EntityRow* EntityTableModel::existingRow(const QString& id) const
{
    const auto it = m_rowOf.constFind(id);
    return it == m_rowOf.cend() ? nullptr : &m_rows.at(*it);
}

QVariant EntityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntityRow& row = m_rows.at(index.row());
    if (index.column() >= m_columns)
        return {};
    const EntityCell cell = this->cell(row, index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (m_moneyFormatter && cell.kind == EntityCell::Kind::Money)
            return m_moneyFormatter->format(Money::fromMicros(cell.value));
        return cell.display(m_cellLocale);
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        return cell.numeric ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                            : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case SortRole:
        return cell.sort();
    case IdRole:
        return row.id;
    case ProgressRole:
        return row.progress;
    case StatusRole:
        return int(row.status);
    case MoneyRole:
        return cell.kind == EntityCell::Kind::Money ? QVariant::fromValue(Money::fromMicros(cell.value)) : QVariant();
    case FilterTextRole:
        return searchText(row);
    default:
        return {};
    }
}

bool EntityTableModel::matches(const EntityRow& row, const QStringMatcher& matcher)
{
    for (const QString* text : {&row.name, &row.labels, &row.owner, &row.filterText})
        if (!text->isEmpty() && matcher.indexIn(*text) >= 0)
            return true;
    return false;
}

QString EntityTableModel::searchText(const EntityRow& row)
{
    QStringList parts;
    for (const QString* text : {&row.name, &row.labels, &row.owner, &row.filterText})
        if (!text->isEmpty())
            parts.append(text->toCaseFolded());
    return parts.join(QLatin1Char('\n'));
}

QString EntityTableModel::toolTip(const EntityRow& row, int column) const
{
    return column >= 0 && column < m_columns ? cell(row, column).display(m_cellLocale) : QString();
}

void EntityTableModel::setCellLocale(const QLocale& locale)
{
    m_cellLocale = locale;
    // Money, percentages and dates are formatted on demand: every shown text may change.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, m_columns - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

QHash<int, QByteArray> EntityTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(IdRole, "entityId");
    names.insert(ProgressRole, "progress");
    names.insert(StatusRole, "status");
    names.insert(MoneyRole, "money");
    names.insert(FilterTextRole, "filterText");
    names.insert(ExactHeaderRole, "exactHeader");
    return names;
}

void EntityTableModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
}

void EntityTableModel::mergeRows(const QList<EntityRow>& rows)
{
    QElapsedTimer timer;
    timer.start();
    ++m_generation;
    MergeStats stats;

    // Where each incoming row is now (-1 = new), and which current rows stay. No per-merge hash: the
    // id->row index we keep anyway answers it.
    QList<int> oldRow(rows.size(), -1);
    QList<bool> stays(m_rows.size(), false);
    for (int i = 0; i < rows.size(); ++i) {
        const int r = m_rowOf.value(rows.at(i).id, -1);
        oldRow[i] = r;
        if (r >= 0)
            stays[r] = true;
    }

    // 1. Membership: rows that are gone, removed in contiguous runs from the bottom up.
    QList<int> shift(m_rows.size(), 0); // rows removed above each current row
    int removedAbove = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        shift[r] = removedAbove;
        if (!stays.at(r))
            ++removedAbove;
    }
    // Rows removed or replaced are freed on a pool thread when there are many (a refresh of 10 000 keys).
    QList<EntityRow> replaced;
    for (int last = int(m_rows.size()) - 1; last >= 0; --last) {
        if (stays.at(last))
            continue;
        int first = last;
        while (first > 0 && !stays.at(first - 1))
            --first;
        beginRemoveRows(QModelIndex(), first, last);
        for (int r = first; r <= last; ++r)
            replaced.append(std::move(m_rows[r]));
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        stats.removed += last - first + 1;
        last = first;
    }
    if (stats.removed > 0)
        rebuildIndex();

    // 2. Rows still here: replace those whose cells changed and remember the changed column span.
    QList<Change> changes;
    QList<int> added;
    for (int i = 0; i < rows.size(); ++i) {
        if (oldRow.at(i) < 0) {
            added.append(i);
            continue;
        }
        const int r = oldRow.at(i) - shift.at(oldRow.at(i));
        EntityRow& current = m_rows[r];
        const EntityRow& next = rows.at(i);
        // Reused rows keep their stamp: nothing to do at all.
        if (current.sourceDigest != 0 && current.sourceDigest == next.sourceDigest)
            continue;
        replaced.append(std::exchange(current, next));
        Change change{r, 0, 0};
        if (changedSpan(replaced.constLast(), current, m_columns, ownCells(), &change))
            changes.append(change);
    }
    stats.changed = int(changes.size());
    emitChanges(changes);

    // 3. New rows, appended in the order given.
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        m_rows.reserve(m_rows.size() + added.size());
        for (int i : std::as_const(added)) {
            m_rowOf.insert(rows.at(i).id, int(m_rows.size()));
            m_rows.append(rows.at(i));
        }
        endInsertRows();
    }
    stats.inserted = int(added.size());
    if (replaced.size() >= kReleaseInBackgroundRows)
        releaseInBackground(false, std::move(replaced));
    m_lastMerge = stats;
    qCDebug(lcModels) << metaObject()->className() << "merged: +" << stats.inserted << "-" << stats.removed << "~"
                      << stats.changed << "in" << timer.elapsed() << "ms";
    emit merged();
}

EntityTableModel::CellSource EntityTableModel::ownCells() const
{
    return {[](const EntityRow& row, int column, const void* model) {
                return static_cast<const EntityTableModel*>(model)->cell(row, column);
            },
            this};
}

bool EntityTableModel::changedSpan(const EntityRow& was, const EntityRow& now, int columns, const CellSource& cells,
                                   Change* change)
{
    if (was.sourceDigest != 0 && was.sourceDigest == now.sourceDigest)
        return false; // a reused row
    int first = columns;
    int last = -1;
    for (int c = 0; c < columns; ++c) {
        if (cells(was, c) != cells(now, c)) {
            first = std::min(first, c);
            last = c;
        }
    }
    if (last < 0) {
        if (was.sameExtras(now))
            return false; // same display; only tooltip values may differ (no signal for those)
        // Only filter data changed: the proxies must re-check the whole row.
        first = 0;
        last = columns - 1;
    }
    change->firstColumn = first;
    change->lastColumn = last;
    return true;
}

void EntityTableModel::emitChanges(QList<Change>& changes)
{
    std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.row < b.row; });
    if (!changes.isEmpty() && changes.size() * 2 > m_rows.size()) {
        // Most rows changed: one range is cheaper for every view and proxy.
        int first = m_columns;
        int last = -1;
        for (const Change& c : std::as_const(changes)) {
            first = std::min(first, c.firstColumn);
            last = std::max(last, c.lastColumn);
        }
        emit dataChanged(index(changes.first().row, first), index(changes.last().row, last), kChangedRoles);
        return;
    }
    for (qsizetype i = 0; i < changes.size();) {
        const int firstRow = changes.at(i).row;
        int lastRow = firstRow;
        int first = changes.at(i).firstColumn;
        int last = changes.at(i).lastColumn;
        while (++i < changes.size() && changes.at(i).row == lastRow + 1) {
            lastRow = changes.at(i).row;
            first = std::min(first, changes.at(i).firstColumn);
            last = std::max(last, changes.at(i).lastColumn);
        }
        emit dataChanged(index(firstRow, first), index(lastRow, last), kChangedRoles);
    }
}

void EntityTableModel::prepareReplacement(PreparedMerge& merge, int r, const EntityRow& current, EntityRow&& row,
                                          int columns, const CellSource& cells)
{
    Change change{r, 0, 0};
    if (changedSpan(current, row, columns, cells, &change))
        merge.changes.append(change);
    merge.replacements.append({r, std::move(row)}); // even without a visible change: tooltip values
}

bool EntityTableModel::applyPrepared(PreparedMerge&& prepared)
{
    if (!prepared.valid || prepared.generation != m_generation)
        return false;
    QElapsedTimer timer;
    timer.start();
    ++m_generation;
    // The same ids at the same positions: the id index stays valid. The rows shown until now are
    // freed on a pool thread when there are many.
    QList<EntityRow> replaced;
    replaced.reserve(prepared.replacements.size());
    for (auto& [r, row] : prepared.replacements)
        replaced.append(std::exchange(m_rows[r], std::move(row)));
    MergeStats stats;
    stats.changed = int(prepared.changes.size());
    emitChanges(prepared.changes);
    m_lastMerge = stats;
    if (replaced.size() >= kReleaseInBackgroundRows)
        releaseInBackground(false, std::move(replaced), std::move(prepared.replacements));
    qCDebug(lcModels) << metaObject()->className() << "merged (prepared): ~" << stats.changed << "in" << timer.elapsed()
                      << "ms";
    emit merged();
    return true;
}

void EntityTableModel::setMoneyFormatter(std::shared_ptr<const MoneyFormatter> formatter,
                                         const QList<int>& moneyColumns)
{
    if (!formatter && !m_moneyFormatter)
        return;
    m_moneyFormatter = std::move(formatter);
    m_moneyColumns = moneyColumns;
    if (m_columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, m_columns - 1), {Qt::DisplayRole});
}

QVariant EntityTableModel::moneyHeader(int section, const QVariant& header) const
{
    if (!m_moneyFormatter || !m_moneyColumns.contains(section) || header.toString().isEmpty())
        return header;
    //: A table column header with the display currency, e.g. "Spend (month) in EUR"
    return tr("%1 in %2").arg(header.toString(), m_moneyFormatter->currency());
}
