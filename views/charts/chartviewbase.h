#pragma once

#include "chartstyle.h"

#include <QChartView>

class QLabel;

// Shared behaviour of the dashboard charts: one QChart created once (series and axes are never
// rebuilt), palette-following theme, and a centred placeholder text for the empty/loading state.
class ChartViewBase : public QChartView
{
    Q_OBJECT
public:
    explicit ChartViewBase(QWidget* parent = nullptr);

    // Shows `text` over an empty chart ("No data yet — connecting…"); an empty text shows the chart.
    void setPlaceholderText(const QString& text);
    QString placeholderText() const;
    bool isShowingPlaceholder() const;

    QSize minimumSizeHint() const override;

protected:
    // Re-applies series colours after the theme changed (QChart::setTheme resets them).
    virtual void applyStyle(const ChartStyle& style) = 0;
    void restyle();
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QLabel* m_placeholder;
};
