#pragma once

#include "chartviewbase.h"

#include "domain/money.h"
#include "domain/period.h"

class MoneyAxis;
class QCategoryAxis;
class QBarSeries;
class QBarSet;

// Spend per day of the month as bars (day numbers on the axis, future days empty). The bar set is
// created once; a refresh changes its values in place.
class DailyChart final : public ChartViewBase
{
    Q_OBJECT
public:
    explicit DailyChart(QWidget* parent = nullptr);

    // `daily`: index 0 = the 1st, up to today (today partial).
    void setData(const Period& period, const QList<Money>& daily);
    const QList<Money>& amounts() const { return m_amounts; }

    QBarSeries* barSeries() const { return m_series; }
    QBarSet* barSet() const { return m_set; }
    QCategoryAxis* dayAxis() const { return m_dayAxis; }
    MoneyAxis* moneyAxis() const { return m_moneyAxis; }

    QString toolTipFor(int index) const;

protected:
    void applyStyle(const ChartStyle& style) override;

private:
    Period m_period;
    QList<Money> m_amounts;
    QBarSeries* m_series;
    QBarSet* m_set;
    QCategoryAxis* m_dayAxis;
    MoneyAxis* m_moneyAxis;
};
