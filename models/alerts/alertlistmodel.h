#pragma once

#include "alert.h"

#include <QAbstractTableModel>
#include <QList>

class QIODevice;
class ThresholdMonitor;

// The alert history for the Alerts page: newest first, at most AlertState::kHistoryCap rows.
class AlertListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        EntityColumn,
        ThresholdColumn,
        SpendColumn,
        LimitColumn,
        MessageColumn,
        AcknowledgedColumn,
        ColumnCount
    };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Alert::Severity)
        EntityIdRole,                    // Alert::entityKey: "key:<id>", "project:<id>", "org"
        EntityKindRole,                  // int(EntityRef::Kind)
        AlertIdRole,
        KindRole, // int(Alert::Kind)
        AcknowledgedRole,
        SuppressedRole,
        SortRole // raw value of the column: ms since epoch, micro-dollars, percent, text
    };

    explicit AlertListModel(QObject* parent = nullptr);

    // Replaces the rows with a history in chronological order (AlertState::history()).
    void setAlerts(const QList<Alert>& chronological);
    // Adds newly raised alerts at the top.
    void addAlerts(const QList<Alert>& alerts);
    // Loads the monitor's history and follows it: new alerts are added, acknowledgements go back to it.
    void attach(ThresholdMonitor* monitor);

    const Alert& alertAt(int row) const { return m_rows.at(row); }
    int unacknowledgedCount() const;
    bool acknowledge(int row);
    void acknowledgeAll();

    // RFC 4180 CSV (UTF-8, CRLF, header row), rows in model order; amounts as exact plain decimals.
    // Text fields starting with = + - @ get a leading ' so spreadsheets do not run them as formulas.
    bool exportCsv(QIODevice* device) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void alertsAcknowledged(const QStringList& alertIds);
    void unacknowledgedCountChanged(int count);

private:
    QVariant displayData(const Alert& alert, int column) const;
    QVariant sortData(const Alert& alert, int column) const;
    void trimToCap();

    QList<Alert> m_rows;
};
