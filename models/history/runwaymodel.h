#pragma once

#include "runwaycalculator.h"
#include "runwayinput.h"

#include "store/entityref.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QTimeZone>

// Runway of every key and project as a table. setInputs() merges: rows are matched by entity (O(1)),
// inserted and removed for membership changes, and dataChanged is emitted only for rows whose values
// changed; the model is never reset, so selection and sort survive a refresh. Sort by SortRole on
// DaysLeft for "what breaks first" (over first, no cap last).
class RunwayModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Entity, Name, Project, DaysLeft, LimitReachedOn, Headroom, BurnPerDay, Spark, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numeric: micros, tenths of days, ms since epoch, rank
        SparkRole,                   // QVariantList of 14 qint64 micro-dollar values, oldest first
        StatusRole,                  // int(RunwayCalculator::Status)
        EntityRole,                  // EntityRef
    };

    explicit RunwayModel(QObject* parent = nullptr);

    // Local zone for "limit reached on" and the locale for numbers and money (tests fix both).
    void setTimeZone(const QTimeZone& zone);
    void setLocale(const QLocale& locale);

    void setInputs(const QList<RunwayInput>& inputs, const QDateTime& nowUtc);
    // The same with the results already computed (RunwayCalculator::computeAll, e.g. on a worker: at
    // 10 000 keys the computation is ~40 ms, the merge a few).
    void setResults(const QList<RunwayCalculator::Result>& fresh);
    const RunwayCalculator::Result* result(const EntityRef& entity) const;
    int rowOf(const EntityRef& entity) const { return m_row.value(entity, -1); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const RunwayCalculator::Result& r, int column) const;
    QVariant sortValue(const RunwayCalculator::Result& r, int column) const;
    QString daysText(qint64 tenths) const;
    void reindex();

    QList<RunwayCalculator::Result> m_rows;
    QHash<EntityRef, int> m_row;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QLocale m_locale;
};
