#pragma once

#include "entityrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// Base of the key and project tables: rows precomputed per merge, O(1) lookup by id, and a merge that
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
        FilterTextRole,          // case-folded search text of the row
    };
    Q_ENUM(Role)

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

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

signals:
    // A merge finished (after its row and data signals).
    void merged();

protected:
    EntityTableModel(int columnCount, QObject* parent);

    // Tooltip of a cell, composed on demand (hover) from the row's raw values. Default: the cell text.
    virtual QString toolTip(const EntityRow& row, int column) const;
    const QList<EntityRow>& currentRows() const { return m_rows; }
    const QHash<QString, int>& rowIndex() const { return m_rowOf; }

    // Makes the model hold exactly `rows` (unique ids). Existing rows keep their position; new rows are
    // appended in the given order.
    void mergeRows(const QList<EntityRow>& rows);
    const EntityRow* existingRow(const QString& id) const;

private:
    void rebuildIndex();

    int m_columns;
    QList<EntityRow> m_rows;
    QHash<QString, int> m_rowOf;
    MergeStats m_lastMerge;
};
