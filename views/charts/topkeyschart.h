#pragma once

#include "chartviewbase.h"

#include "itemmodels/spendseries.h"

class MoneyAxis;
class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;

// The keys that spent most this month as horizontal bars, largest on top, each labelled with its
// share of its limit ("ci-bot · 82 %"). Bars are coloured by state through four stacked sets (under
// 80 %, 80-100 %, over, no limit) so the legend names the state in words as well.
class TopKeysChart final : public ChartViewBase
{
    Q_OBJECT
public:
    using Entry = SpendSeries::TopKey;

    explicit TopKeysChart(QWidget* parent = nullptr);

    // `entries` in any order (SpendSeries::topKeys); the chart keeps the `maxBars` largest.
    void setEntries(QList<Entry> entries, int maxBars = 10);
    const QList<Entry>& entries() const { return m_entries; } // shown, largest first
    QStringList categories() const;

    QHorizontalStackedBarSeries* barSeries() const { return m_series; }

    static QString categoryLabel(const Entry& entry);

protected:
    void applyStyle(const ChartStyle& style) override;

private:
    QString toolTipFor(int index) const;

    QList<Entry> m_entries;
    QHorizontalStackedBarSeries* m_series;
    QBarSet* m_ok;
    QBarSet* m_warning;
    QBarSet* m_over;
    QBarSet* m_unlimited;
    QBarCategoryAxis* m_nameAxis;
    MoneyAxis* m_moneyAxis;
};
