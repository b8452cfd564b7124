#include "moneyaxis.h"

#include "domain/money.h"

#include <cmath>

MoneyAxis::MoneyAxis(QObject* parent)
    : QCategoryAxis(parent)
{
    setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // QtCharts sizes category labels by the category's extent and elides short money labels to "…".
    setTruncateLabels(false);
    setStartValue(0);
    setMaxDollars(1.0);
}

double MoneyAxis::niceStep(double maxDollars, int ticks)
{
    const double raw = std::max(maxDollars, 0.1) / std::max(ticks, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    return std::max(step, 0.02);
}

QString MoneyAxis::label(double dollars, double step, const QLocale& locale)
{
    const Money m = Money::fromMicros(std::llround(dollars * double(Money::kMicrosPerDollar)));
    if (dollars >= 1000)
        return m.formatCompact(locale);
    return m.format(locale, step >= 1 ? 0 : 2);
}

void MoneyAxis::setMaxDollars(double maxDollars, int ticks)
{
    if (!std::isfinite(maxDollars) || maxDollars < 0)
        maxDollars = 0;
    const double step = niceStep(maxDollars, ticks);
    const double top = std::max(1.0, std::ceil(maxDollars / step - 1e-9)) * step;
    if (std::abs(top - m_top) < step * 1e-6 && std::abs(step - m_step) < step * 1e-6)
        return;
    m_top = top;
    m_step = step;
    const QStringList old = categoriesLabels();
    for (const QString& l : old)
        remove(l);
    const QLocale locale;
    const int count = int(std::llround(top / step));
    for (int i = 0; i <= count; ++i) {
        const double v = i * step;
        append(label(v, step, locale), v);
    }
    setRange(0, top);
}
