#include "modelchart.h"

#include <QCursor>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QResizeEvent>
#include <QToolTip>

namespace {

// Distinct hues that stay apart in light and dark themes.
QColor sliceColor(int i, bool dark)
{
    static const QRgb light[] = {0x1565c0, 0x2e7d32, 0x6a1b9a, 0xef6c00, 0x00838f, 0xad1457, 0x757575};
    static const QRgb darkc[] = {0x64b5f6, 0x81c784, 0xce93d8, 0xffb74d, 0x4dd0e1, 0xf48fb1, 0x9e9e9e};
    const int n = int(std::size(light));
    return QColor::fromRgb(dark ? darkc[std::min(i, n - 1)] : light[std::min(i, n - 1)]);
}

} // namespace

ModelChart::ModelChart(QWidget* parent)
    : ChartViewBase(parent)
    , m_series(new QPieSeries(this))
{
    setObjectName(QStringLiteral("modelChart"));
    m_series->setHoleSize(0.45);
    m_series->setPieSize(0.85);
    chart()->addSeries(m_series);
    chart()->legend()->setAlignment(Qt::AlignRight);
    connect(m_series, &QPieSeries::hovered, this, [this](QPieSlice* slice, bool state) {
        slice->setExploded(state);
        if (state)
            QToolTip::showText(QCursor::pos(), slice->property("toolTip").toString(), this);
        else
            QToolTip::hideText();
    });
    restyle();
}

void ModelChart::applyStyle(const ChartStyle& style)
{
    const auto slices = m_series->slices();
    for (int i = 0; i < slices.size(); ++i) {
        slices[i]->setColor(sliceColor(i, style.dark()));
        slices[i]->setBorderColor(palette().color(QPalette::Base));
    }
    chart()->legend()->setLabelColor(style.text());
}

void ModelChart::setData(const QList<QPair<QString, Money>>& byModel, int maxSlices)
{
    QList<QPair<QString, Money>> shown;
    Money total;
    Money other;
    for (const auto& [model, spend] : byModel) {
        total += spend;
        if (shown.size() < maxSlices - 1 || (shown.size() == maxSlices - 1 && byModel.size() == maxSlices))
            shown.append({model, spend});
        else
            other += spend;
    }
    if (!other.isZero())
        shown.append({tr("Other"), other});
    m_shown = shown;

    const QLocale locale;
    if (m_series->count() != shown.size()) {
        m_series->clear();
        for (int i = 0; i < shown.size(); ++i)
            m_series->append(QString(), 0.0);
        restyle();
    }
    const auto slices = m_series->slices();
    for (int i = 0; i < shown.size(); ++i) {
        const auto& [model, spend] = shown[i];
        const qint64 bp = total.isZero() ? 0 : Money::basisPoints(spend, total);
        const QString share = locale.toString(double(bp) / 100.0, 'f', 0);
        // "openai/gpt-5" -> "gpt-5": the legend is narrow; the tooltip keeps the full name.
        const QString shortName = model.section(u'/', -1);
        slices[i]->setLabel(tr("%1 · %2").arg(shortName.size() > 16 ? shortName.left(15) + QChar(0x2026) : shortName,
                                              spend.formatCompact(locale)));
        slices[i]->setValue(spend.toDollarsForDisplay());
        slices[i]->setProperty("toolTip", tr("%1: %2 this month (%3 %)").arg(model, spend.format(locale), share));
    }
}

void ModelChart::resizeEvent(QResizeEvent* event)
{
    ChartViewBase::resizeEvent(event);
    // QtCharts gives a side legend little room; the model names are what this chart is read for.
    chart()->legend()->setMinimumWidth(width() * 0.5);
}
