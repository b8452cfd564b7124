#pragma once

#include <QAbstractTableModel>
#include <QLocale>
#include <QPointer>

class AuditLog;
struct AuditEntry;

// The audit log as a table for the Activity page, oldest first (sort on SortRole for newest first).
// Follows AuditLog::entryAppended with row inserts.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, EntityColumn, ActionColumn, ChangeColumn, ResultColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole, // time: ms since epoch; others: case-folded text
        EntityIdRole,
        OkRole, // bool: the write succeeded
    };
    Q_ENUM(Role)

    explicit AuditLogModel(AuditLog* log, QObject* parent = nullptr);
    ~AuditLogModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionText(const QString& action);

private:
    QString cellText(const AuditEntry& e, int column) const;

    QPointer<AuditLog> m_log;
    int m_rows = 0;
    QLocale m_locale;
};
