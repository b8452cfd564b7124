#pragma once

#include "chartviewbase.h"

#include "domain/money.h"

class QPieSeries;

// This month's spend by model as a donut, the largest models named and the rest as "Other".
// Slices are updated in place while the set of models stays the same.
class ModelChart final : public ChartViewBase
{
    Q_OBJECT
public:
    explicit ModelChart(QWidget* parent = nullptr);

    // Descending by spend (as OrgStore::spendByModel gives them).
    void setData(const QList<QPair<QString, Money>>& byModel, int maxSlices = 6);
    QPieSeries* pieSeries() const { return m_series; }
    const QList<QPair<QString, Money>>& shown() const { return m_shown; }

protected:
    void applyStyle(const ChartStyle& style) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QList<QPair<QString, Money>> m_shown;
    QPieSeries* m_series;
};
