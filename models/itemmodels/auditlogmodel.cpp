#include "auditlogmodel.h"

#include "store/auditlog.h"

AuditLogModel::AuditLogModel(AuditLog* log, QObject* parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_rows(log ? log->count() : 0)
{
    if (!log)
        return;
    connect(log, &AuditLog::entryAppended, this, [this](int index) {
        if (!m_log || index < m_rows)
            return;
        beginInsertRows(QModelIndex(), m_rows, index);
        m_rows = index + 1;
        endInsertRows();
    });
}

AuditLogModel::~AuditLogModel() = default;

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_log ? 0 : m_rows;
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionText(const QString& action)
{
    if (action == QLatin1String("set_limit"))
        return tr("Set limit");
    if (action == QLatin1String("create"))
        return tr("Create key");
    if (action == QLatin1String("delete"))
        return tr("Delete key");
    if (action == QLatin1String("set_labels"))
        return tr("Set labels");
    if (action == QLatin1String("set_expiry"))
        return tr("Set expiry");
    if (action == QLatin1String("set_labels_expiry"))
        return tr("Set labels and expiry of a new key");
    return action;
}

QString AuditLogModel::cellText(const AuditEntry& e, int column) const
{
    switch (column) {
    case TimeColumn:
        return m_locale.toString(e.time.toLocalTime(), QLocale::ShortFormat);
    case EntityColumn: {
        const QString name = e.entityName.isEmpty() ? e.entityId : e.entityName;
        return e.entityKind == QLatin1String("project") ? tr("Project %1").arg(name) : tr("Key %1").arg(name);
    }
    case ActionColumn:
        return actionText(e.action);
    case ChangeColumn:
        if (e.oldValue.isEmpty())
            return e.newValue;
        return e.oldValue + QStringLiteral(" → ") + (e.newValue.isEmpty() ? QStringLiteral("—") : e.newValue);
    case ResultColumn:
        return e.ok ? tr("OK") : tr("Failed: %1").arg(e.error);
    default:
        return {};
    }
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!m_log || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.row() >= m_log->count())
        return {};
    const AuditEntry& e = m_log->entries().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QString(e.time.toUTC().toString(Qt::ISODate) + QStringLiteral(" (") + e.profile + QLatin1Char(')'));
        if (index.column() == EntityColumn)
            return e.entityId;
        return cellText(e, index.column());
    case SortRole:
        if (index.column() == TimeColumn)
            return e.time.toMSecsSinceEpoch();
        return cellText(e, index.column()).toCaseFolded();
    case EntityIdRole:
        return e.entityId;
    case OkRole:
        return e.ok;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EntityColumn:
        return tr("Entity");
    case ActionColumn:
        return tr("Action");
    case ChangeColumn:
        return tr("Change");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}
