#include "chartviewbase.h"

#include <QEvent>
#include <QLabel>
#include <QResizeEvent>

ChartViewBase::ChartViewBase(QWidget* parent)
    : QChartView(new QChart, parent)
    , m_placeholder(new QLabel(this))
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_placeholder->setAutoFillBackground(true);
    m_placeholder->setBackgroundRole(QPalette::Base);
    m_placeholder->hide();
}

void ChartViewBase::setPlaceholderText(const QString& text)
{
    m_placeholder->setText(text);
    // An opaque label over the chart: the chart itself stays visible, because QtCharts computes axis
    // label space only for visible items and would not redo it when shown again.
    m_placeholder->setVisible(!text.isEmpty());
    m_placeholder->setGeometry(rect());
    m_placeholder->raise();
}

QString ChartViewBase::placeholderText() const
{
    return m_placeholder->text();
}

bool ChartViewBase::isShowingPlaceholder() const
{
    return !m_placeholder->isHidden();
}

QSize ChartViewBase::minimumSizeHint() const
{
    return QSize(240, 160);
}

void ChartViewBase::restyle()
{
    const ChartStyle style(palette());
    style.applyTo(chart());
    setBackgroundBrush(palette().color(QPalette::Base)); // no frame of window colour around the chart
    QPalette p = m_placeholder->palette();
    p.setColor(QPalette::WindowText, style.muted());
    m_placeholder->setPalette(p);
    applyStyle(style);
}

void ChartViewBase::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        restyle();
}

void ChartViewBase::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    m_placeholder->setGeometry(rect());
}
