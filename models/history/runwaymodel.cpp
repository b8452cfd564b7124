#include "runwaymodel.h"

#include <QVariantList>

#include <limits>

namespace {

const QString kDash = QStringLiteral("\u2014");

} // namespace

RunwayModel::RunwayModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RunwayModel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LimitReachedOn), index(int(m_rows.size()) - 1, LimitReachedOn), {Qt::DisplayRole});
}

void RunwayModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void RunwayModel::reindex()
{
    m_row.clear();
    m_row.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_row.insert(m_rows[i].entity, i);
}

void RunwayModel::setInputs(const QList<RunwayInput>& inputs, const QDateTime& nowUtc)
{
    setResults(RunwayCalculator::computeAll(inputs, nowUtc));
}

void RunwayModel::setResults(const QList<RunwayCalculator::Result>& fresh)
{
    QHash<EntityRef, int> freshRow;
    freshRow.reserve(fresh.size());
    for (int i = 0; i < fresh.size(); ++i)
        freshRow.insert(fresh[i].entity, i);

    if (m_rows.isEmpty()) {
        // The first fill (10 000 rows when the Runway page first opens): the list as it came, shared rather
        // than copied row by row, and the index just built.
        if (fresh.isEmpty())
            return;
        beginInsertRows(QModelIndex(), 0, int(fresh.size()) - 1);
        m_rows = fresh;
        m_row = std::move(freshRow);
        endInsertRows();
        return;
    }

    // 1. Rows that left, removed from the bottom up in contiguous runs.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (freshRow.contains(m_rows[row].entity)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !freshRow.contains(m_rows[first - 1].entity))
            --first;
        beginRemoveRows(QModelIndex(), first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    reindex();

    // 2. Rows that stayed: update in place; report the changed rows in contiguous runs, or in one range
    //    when most of them changed.
    QList<int> changed;
    QList<bool> seen(fresh.size(), false);
    for (int row = 0; row < m_rows.size(); ++row) {
        const int at = freshRow.value(m_rows[row].entity);
        seen[at] = true;
        if (m_rows[row] != fresh[at]) {
            m_rows[row] = fresh[at];
            changed.append(row);
        }
    }
    if (changed.size() * 2 > m_rows.size()) {
        emit dataChanged(index(changed.first(), 0), index(changed.last(), ColumnCount - 1));
    } else {
        for (qsizetype i = 0; i < changed.size();) {
            qsizetype j = i;
            while (j + 1 < changed.size() && changed[j + 1] == changed[j] + 1)
                ++j;
            emit dataChanged(index(changed[i], 0), index(changed[j], ColumnCount - 1));
            i = j + 1;
        }
    }

    // 3. Newcomers appended in input order.
    QList<RunwayCalculator::Result> added;
    for (int i = 0; i < fresh.size(); ++i) {
        if (!seen[i])
            added.append(fresh[i]);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        m_rows.append(added);
        for (int i = first; i < m_rows.size(); ++i)
            m_row.insert(m_rows[i].entity, i);
        endInsertRows();
    }
}

const RunwayCalculator::Result* RunwayModel::result(const EntityRef& entity) const
{
    const int row = m_row.value(entity, -1);
    return row >= 0 ? &m_rows[row] : nullptr;
}

int RunwayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunwayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunwayModel::daysText(qint64 tenths) const
{
    return m_locale.toString(tenths / 10) + m_locale.decimalPoint() + QString::number(tenths % 10);
}

QVariant RunwayModel::display(const RunwayCalculator::Result& r, int column) const
{
    using Status = RunwayCalculator::Status;
    switch (column) {
    case Entity:
        return r.entity.kind == EntityRef::Kind::Project ? tr("Project") : tr("Key");
    case Name:
        return r.name;
    case Project:
        return r.projectName;
    case DaysLeft:
        if (r.status == Status::Over)
            return tr("over");
        return r.daysLeftTenths ? daysText(*r.daysLeftTenths) : kDash;
    case LimitReachedOn:
        if (r.status == Status::Over)
            return tr("reached");
        if (!r.limitReachedAt.isValid())
            return kDash;
        if (r.status == Status::Safe)
            return tr("after the reset");
        return m_locale.toString(r.limitReachedAt.toTimeZone(m_zone).date(), QLocale::ShortFormat);
    case Headroom:
        return r.headroom ? r.headroom->format(m_locale) : kDash;
    case BurnPerDay:
        return r.burnPerDay.format(m_locale);
    case Spark:
        return QVariant();
    }
    return QVariant();
}

QVariant RunwayModel::sortValue(const RunwayCalculator::Result& r, int column) const
{
    switch (column) {
    case Entity:
        return int(r.entity.kind);
    case Name:
        return r.name;
    case Project:
        return r.projectName;
    case DaysLeft:
    case LimitReachedOn:
        return r.rank;
    case Headroom:
        // No cap sorts after every capped amount.
        return r.headroom ? r.headroom->micros() : std::numeric_limits<qint64>::max();
    case BurnPerDay:
        return r.burnPerDay.micros();
    case Spark: {
        Money sum;
        for (Money m : r.spark)
            sum += m;
        return sum.micros();
    }
    }
    return QVariant();
}

QVariant RunwayModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RunwayCalculator::Result& r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case SortRole:
        return sortValue(r, index.column());
    case SparkRole: {
        QVariantList values;
        values.reserve(r.spark.size());
        for (Money m : r.spark)
            values.append(m.micros());
        return values;
    }
    case StatusRole:
        return int(r.status);
    case EntityRole:
        return QVariant::fromValue(r.entity);
    case Qt::ToolTipRole:
        if (index.column() == DaysLeft || index.column() == LimitReachedOn) {
            QString tip = RunwayCalculator::statusText(r.status);
            if (r.cappedByProject && r.headroom)
                tip += u'\n' + tr("Capped by the project's limit");
            return tip;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= DaysLeft && index.column() <= BurnPerDay)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant RunwayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Entity:
        return tr("Type");
    case Name:
        return tr("Name");
    case Project:
        return tr("Project");
    case DaysLeft:
        return tr("Days left");
    case LimitReachedOn:
        return tr("Limit reached on");
    case Headroom:
        return tr("Headroom");
    case BurnPerDay:
        return tr("Burn/day");
    case Spark:
        return tr("Last 14 days");
    }
    return QVariant();
}

QHash<int, QByteArray> RunwayModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(SparkRole, "spark");
    names.insert(StatusRole, "status");
    names.insert(EntityRole, "entity");
    return names;
}
