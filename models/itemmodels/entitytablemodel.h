#pragma once

#include "entityrow.h"
#include "moneyformatter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringMatcher>

#include <memory>

// Base of the key and project tables: rows precomputed per merge (their cells made on demand from the
// row's values, see cell()), O(1) lookup by id, and a merge that
// emits only what changed (rowsRemoved/rowsInserted for membership, dataChanged per changed row or
// contiguous run with the role list; one range when most rows changed). Never resets on refresh, so
// selection, scroll position and sort survive.
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole, // raw sortable value (see EntityCell::sort); the proxies' sortRole
        IdRole,                  // entity id (QString)
        ProgressRole,            // basis points of the limit (qint64), -1 = no limit
        StatusRole,              // int(SpendStatus::Value)
        MoneyRole,               // Money of a money cell; invalid otherwise
        FilterTextRole,          // case-folded search text of the row (see matches())
        ExactHeaderRole,         // header text without a display currency (exports of exact US dollars)
    };
    Q_ENUM(Role)

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Whether `row` contains what `matcher` (case-insensitive) looks for: in its name, labels, owner or
    // filterText. The texts are not kept folded a second time: a 10 000-key table would hold another
    // 1.8 MB for it.
    static bool matches(const EntityRow& row, const QStringMatcher& matcher);
    static QString searchText(const EntityRow& row); // the same texts, case-folded, one per line

    int rowOf(const QString& id) const { return m_rowOf.value(id, -1); }
    QString idAt(int row) const;
    const EntityRow& rowAt(int row) const { return m_rows.at(row); }

    struct MergeStats
    {
        int inserted = 0;
        int removed = 0;
        int changed = 0;
    };
    MergeStats lastMerge() const { return m_lastMerge; }

    // Display currency: money cells show `formatter`'s text (null: their own US dollar text) and the
    // headers of `moneyColumns` name its currency. SortRole, MoneyRole and tooltips stay exact US
    // dollars, so sorting and filtering never depend on a rate.
    void setMoneyFormatter(std::shared_ptr<const MoneyFormatter> formatter, const QList<int>& moneyColumns);
    const MoneyFormatter* moneyFormatter() const { return m_moneyFormatter.get(); }
    // `header` with the display currency when `section` is a converted money column ("Spend in EUR").
    QVariant moneyHeader(int section, const QVariant& header) const;

    // How the cells of a row are made, callable on any thread (a worker prepares merges): a function of
    // the row, the column and the subclass's own context (its translated texts).
    struct CellSource
    {
        EntityCell (*make)(const EntityRow& row, int column, const void* context) = nullptr;
        const void* context = nullptr;
        EntityCell operator()(const EntityRow& row, int column) const { return make(row, column, context); }
    };

signals:
    // A merge finished (after its row and data signals).
    void merged();

protected:
    EntityTableModel(int columnCount, QObject* parent);

    // The cell at `column` of `row`, made from the row's values.
    virtual EntityCell cell(const EntityRow& row, int column) const = 0;

    // Tooltip of a cell, composed on demand (hover) from the row's raw values. Default: the cell's text
    // in exact US dollars.
    virtual QString toolTip(const EntityRow& row, int column) const;
    // The locale money, percentages and dates are shown in (default: QLocale()).
    void setCellLocale(const QLocale& locale);
    const QLocale& cellLocale() const { return m_cellLocale; }
    const QList<EntityRow>& currentRows() const { return m_rows; }
    const QHash<QString, int>& rowIndex() const { return m_rowOf; }

    // Makes the model hold exactly `rows` (unique ids). Existing rows keep their position; new rows are
    // appended in the given order.
    void mergeRows(const QList<EntityRow>& rows);

    struct Change
    {
        int row;
        int firstColumn;
        int lastColumn;
    };
    // A merge worked out on a worker thread against the rows the model held then (rowsGeneration()):
    // only when the set of ids is the same (no key added or removed). It holds just the rows that were
    // rebuilt, at their model positions, and the changed cells; unchanged rows are never copied.
    struct PreparedMerge
    {
        bool valid = false;
        quint64 generation = 0; // of the rows it was worked out against
        QList<std::pair<int, EntityRow>> replacements;
        QList<Change> changes;
    };
    // Bumped whenever the row list changes; a prepared merge applies only to the generation it saw.
    quint64 rowsGeneration() const { return m_generation; }
    // Records that `row` (rebuilt) replaces `current` at model row `r`, with the changed cell span.
    static void prepareReplacement(PreparedMerge& merge, int r, const EntityRow& current, EntityRow&& row, int columns,
                                   const CellSource& cells);
    // Applies a prepared merge in O(changed rows) when the model still holds the rows it was worked out
    // against; false otherwise (the caller falls back to mergeRows()).
    bool applyPrepared(PreparedMerge&& prepared);
    const EntityRow* existingRow(const QString& id) const;

private:
    void rebuildIndex();
    static bool changedSpan(const EntityRow& was, const EntityRow& now, int columns, const CellSource& cells,
                            Change* change);
    CellSource ownCells() const;
    void emitChanges(QList<Change>& changes);

    int m_columns;
    quint64 m_generation = 0;
    QList<EntityRow> m_rows;
    QHash<QString, int> m_rowOf;
    MergeStats m_lastMerge;
    QLocale m_cellLocale;
    std::shared_ptr<const MoneyFormatter> m_moneyFormatter;
    QList<int> m_moneyColumns;
};
