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
    m_placeholder->hide();
}

void ChartViewBase::setPlaceholderText(const QString& text)
{
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
    // The chart's items stay but are hidden, so the placeholder is not drawn over stale axes.
    chart()->setVisible(text.isEmpty());
    m_placeholder->setGeometry(rect());
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
