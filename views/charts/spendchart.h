#pragma once

#include "chartviewbase.h"

#include "itemmodels/spendseries.h"

class MoneyAxis;
class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;

// Cumulative month-to-date spend against the monthly limit: the spend line with today's point, the
// limit line, shaded 80-100 % and over-limit zones (only with a limit), and the forecast to month end
// as a dashed line inside its low/high band. Series and axes are created once; setData() replaces
// their points in place, so a refresh neither flickers nor loses hover state.
class SpendChart final : public ChartViewBase
{
    Q_OBJECT
public:
    explicit SpendChart(QWidget* parent = nullptr);

    // `hasData` false shows the axes of the month without lines (before the first refresh).
    void setData(const SpendSeries::Data& data, bool hasData = true);
    const SpendSeries::Data& data() const { return m_data; }
    // A narrow chart names only the spend, forecast and limit lines in its legend.
    void setCompactLegend(bool compact);

    // For tests and the accessible description.
    QLineSeries* cumulativeSeries() const { return m_cumulative; }
    QScatterSeries* todaySeries() const { return m_today; }
    QLineSeries* forecastSeries() const { return m_forecastLine; }
    QAreaSeries* forecastBand() const { return m_band; }
    QLineSeries* limitSeries() const { return m_limitLine; }
    QAreaSeries* warningZone() const { return m_warnZone; }
    QAreaSeries* overZone() const { return m_overZone; }
    QDateTimeAxis* timeAxis() const { return m_timeAxis; }
    MoneyAxis* moneyAxis() const { return m_moneyAxis; }

    // Text of the hover tooltip for a point near `value` on `series` (exposed for tests).
    QString toolTipFor(QObject* series, const QPointF& value) const;

protected:
    void applyStyle(const ChartStyle& style) override;
    // Fewer date ticks when narrow (the detail panel), so no label is elided.
    void resizeEvent(QResizeEvent* event) override;

private:
    void showToolTip(QObject* series, const QPointF& point, bool state);
    QAreaSeries* makeArea(QLineSeries** upper, QLineSeries** lower, const QString& name);
    void updateLegend();

    SpendSeries::Data m_data;
    bool m_hasData = false;
    bool m_compactLegend = false;
    QList<Money> m_cumulativeExact; // exact amounts of the cumulative points, for tooltips
    QLineSeries* m_cumulative;
    QScatterSeries* m_today;
    QLineSeries* m_forecastLine;
    QLineSeries* m_bandUpper = nullptr;
    QLineSeries* m_bandLower = nullptr;
    QAreaSeries* m_band;
    QLineSeries* m_limitLine;
    QLineSeries* m_warnUpper = nullptr;
    QLineSeries* m_warnLower = nullptr;
    QAreaSeries* m_warnZone;
    QLineSeries* m_overUpper = nullptr;
    QLineSeries* m_overLower = nullptr;
    QAreaSeries* m_overZone;
    QDateTimeAxis* m_timeAxis;
    MoneyAxis* m_moneyAxis;
};
