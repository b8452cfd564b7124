#pragma once

#include "chartviewbase.h"

#include "domain/money.h"

#include <QDate>
#include <QList>

class MoneyAxis;
class QDateTimeAxis;
class QLineSeries;

// Spend per UTC day over a long range (months, all of the local history) as one line. The series and
// axes are created once; a new range replaces the points in bulk.
class HistoryChart final : public ChartViewBase
{
    Q_OBJECT
public:
    explicit HistoryChart(QWidget* parent = nullptr);

    // `daily`: index 0 = `from`.
    void setData(QDate from, const QList<Money>& daily);
    QDate from() const { return m_from; }
    const QList<Money>& amounts() const { return m_amounts; }

    QLineSeries* lineSeries() const { return m_line; }
    QDateTimeAxis* timeAxis() const { return m_timeAxis; }
    MoneyAxis* moneyAxis() const { return m_moneyAxis; }

protected:
    void applyStyle(const ChartStyle& style) override;

private:
    QDate m_from;
    QList<Money> m_amounts;
    QLineSeries* m_line;
    QDateTimeAxis* m_timeAxis;
    MoneyAxis* m_moneyAxis;
};
