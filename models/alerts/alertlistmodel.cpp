#include "alertlistmodel.h"

#include "alertstate.h"
#include "thresholdmonitor.h"

#include <QIODevice>
#include <QLocale>

#include <algorithm>

namespace {

QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\r') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

// Free text (names, messages) only: amounts are exact decimals and may legitimately start with '-'.
QString csvText(const QString& value)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && risky.contains(value.front()))
        return csvField(u'\'' + value);
    return csvField(value);
}

QString entityKindName(EntityRef::Kind kind)
{
    switch (kind) {
    case EntityRef::Kind::Organization:
        return QStringLiteral("organization");
    case EntityRef::Kind::Project:
        return QStringLiteral("project");
    case EntityRef::Kind::Key:
        return QStringLiteral("key");
    }
    return {};
}

} // namespace

AlertListModel::AlertListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AlertListModel::setAlerts(const QList<Alert>& chronological)
{
    beginResetModel();
    m_rows = chronological;
    std::reverse(m_rows.begin(), m_rows.end());
    if (m_rows.size() > AlertState::kHistoryCap)
        m_rows.resize(AlertState::kHistoryCap);
    endResetModel();
    emit unacknowledgedCountChanged(unacknowledgedCount());
}

void AlertListModel::addAlerts(const QList<Alert>& alerts)
{
    if (alerts.isEmpty())
        return;
    beginInsertRows(QModelIndex(), 0, int(alerts.size()) - 1);
    m_rows = alerts + m_rows;
    endInsertRows();
    trimToCap();
    emit unacknowledgedCountChanged(unacknowledgedCount());
}

void AlertListModel::trimToCap()
{
    if (m_rows.size() <= AlertState::kHistoryCap)
        return;
    beginRemoveRows(QModelIndex(), AlertState::kHistoryCap, int(m_rows.size()) - 1);
    m_rows.resize(AlertState::kHistoryCap);
    endRemoveRows();
}

void AlertListModel::attach(ThresholdMonitor* monitor)
{
    setAlerts(monitor->state().history());
    connect(monitor, &ThresholdMonitor::stateLoaded, this, [this, monitor] { setAlerts(monitor->state().history()); });
    connect(monitor, &ThresholdMonitor::alertsRaised, this, &AlertListModel::addAlerts);
    connect(this, &AlertListModel::alertsAcknowledged, monitor, &ThresholdMonitor::acknowledge);
}

int AlertListModel::unacknowledgedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Alert& a) { return !a.acknowledged; }));
}

bool AlertListModel::acknowledge(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].acknowledged)
        return false;
    m_rows[row].acknowledged = true;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit alertsAcknowledged({m_rows[row].id});
    emit unacknowledgedCountChanged(unacknowledgedCount());
    return true;
}

void AlertListModel::acknowledgeAll()
{
    QStringList ids;
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].acknowledged)
            continue;
        m_rows[row].acknowledged = true;
        ids.append(m_rows[row].id);
        if (first < 0)
            first = row;
        last = row;
    }
    if (ids.isEmpty())
        return;
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit alertsAcknowledged(ids);
    emit unacknowledgedCountChanged(0);
}

bool AlertListModel::exportCsv(QIODevice* device) const
{
    if (!device || !device->isWritable())
        return false;
    const QString header = QStringLiteral("time,entity_kind,entity_id,entity_name,kind,threshold_percent,spend_usd,"
                                          "limit_usd,forecast_date,severity,message,acknowledged\r\n");
    if (device->write(header.toUtf8()) < 0)
        return false;
    for (const Alert& a : m_rows) {
        const QStringList fields{
            a.time.toUTC().toString(Qt::ISODate),
            entityKindName(a.entity.kind),
            csvText(a.entity.id),
            csvText(a.entityName),
            Alert::kindName(a.kind),
            QString::number(a.thresholdPercent),
            a.spend.toDecimalString(),
            a.limit.toDecimalString(),
            a.forecastDate.isValid() ? a.forecastDate.toString(Qt::ISODate) : QString(),
            Alert::severityName(a.severity),
            csvText(a.message),
            a.acknowledged ? QStringLiteral("true") : QStringLiteral("false"),
        };
        if (device->write((fields.join(u',') + QLatin1String("\r\n")).toUtf8()) < 0)
            return false;
    }
    return true;
}

int AlertListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::displayData(const Alert& a, int column) const
{
    const QLocale locale;
    switch (column) {
    case TimeColumn:
        return locale.toString(a.time.toLocalTime(), QLocale::ShortFormat);
    case EntityColumn:
        return a.entityName;
    case ThresholdColumn:
        if (a.kind == Alert::Kind::Forecast)
            return tr("Forecast");
        if (a.kind == Alert::Kind::Balance)
            return tr("Balance");
        return tr("%1 %").arg(locale.toString(a.thresholdPercent));
    case SpendColumn:
        return a.spend.format(locale);
    case LimitColumn:
        return a.limit.format(locale);
    case MessageColumn:
        return a.message;
    case AcknowledgedColumn:
        return a.acknowledged ? tr("Yes") : QString();
    default:
        return {};
    }
}

QVariant AlertListModel::sortData(const Alert& a, int column) const
{
    switch (column) {
    case TimeColumn:
        return a.time.toMSecsSinceEpoch();
    case EntityColumn:
        return a.entityName;
    case ThresholdColumn:
        return a.thresholdPercent;
    case SpendColumn:
        return a.spend.micros();
    case LimitColumn:
        return a.limit.micros();
    case MessageColumn:
        return a.message;
    case AcknowledgedColumn:
        return a.acknowledged;
    default:
        return {};
    }
}

QVariant AlertListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert& a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(a, index.column());
    case Qt::ToolTipRole:
        return a.message;
    case Qt::TextAlignmentRole:
        if (index.column() == ThresholdColumn || index.column() == SpendColumn || index.column() == LimitColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SeverityRole:
        return int(a.severity);
    case EntityIdRole:
        return a.entityKey();
    case EntityKindRole:
        return int(a.entity.kind);
    case AlertIdRole:
        return a.id;
    case KindRole:
        return int(a.kind);
    case AcknowledgedRole:
        return a.acknowledged;
    case SuppressedRole:
        return a.suppressed;
    case SortRole:
        return sortData(a, index.column());
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EntityColumn:
        return tr("Entity");
    case ThresholdColumn:
        return tr("Threshold");
    case SpendColumn:
        return tr("Spend");
    case LimitColumn:
        return tr("Limit");
    case MessageColumn:
        return tr("Message");
    case AcknowledgedColumn:
        return tr("Acknowledged");
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SeverityRole, "severity");
    names.insert(EntityIdRole, "entityId");
    names.insert(EntityKindRole, "entityKind");
    names.insert(AlertIdRole, "alertId");
    names.insert(KindRole, "kind");
    names.insert(AcknowledgedRole, "acknowledged");
    names.insert(SuppressedRole, "suppressed");
    names.insert(SortRole, "sortValue");
    return names;
}
