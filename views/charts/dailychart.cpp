#include "dailychart.h"

#include "moneyaxis.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QToolTip>

DailyChart::DailyChart(QWidget* parent)
    : ChartViewBase(parent)
    , m_series(new QBarSeries(this))
    , m_set(new QBarSet(tr("Spend per day")))
    , m_dayAxis(new QCategoryAxis(this))
    , m_moneyAxis(new MoneyAxis(this))
{
    setObjectName(QStringLiteral("dailyChart"));
    m_series->append(m_set);
    m_series->setBarWidth(0.75);
    chart()->addSeries(m_series);
    chart()->addAxis(m_dayAxis, Qt::AlignBottom);
    chart()->addAxis(m_moneyAxis, Qt::AlignLeft);
    m_series->attachAxis(m_dayAxis);
    m_series->attachAxis(m_moneyAxis);
    m_dayAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_dayAxis->setTruncateLabels(false);
    chart()->legend()->hide();
    connect(m_set, &QBarSet::hovered, this, [this](bool state, int index) {
        if (state)
            QToolTip::showText(QCursor::pos(), toolTipFor(index), this);
        else
            QToolTip::hideText();
    });
    restyle();
}

void DailyChart::applyStyle(const ChartStyle& style)
{
    m_set->setColor(style.spend());
    m_set->setBorderColor(style.spend());
    const QColor grid = style.dark() ? QColor(255, 255, 255, 30) : QColor(0, 0, 0, 25);
    for (QAbstractAxis* a : {static_cast<QAbstractAxis*>(m_dayAxis), static_cast<QAbstractAxis*>(m_moneyAxis)}) {
        a->setLabelsColor(style.text());
        a->setGridLineColor(grid);
        a->setLinePenColor(grid);
    }
    m_dayAxis->setGridLineVisible(false);
}

void DailyChart::setData(const Period& period, const QList<Money>& daily)
{
    m_amounts = daily;
    const int days = period.isValid() ? period.daysInMonth() : 30;
    if (period != m_period || m_dayAxis->count() == 0) {
        m_period = period;
        // Bars sit at 0..days-1; day numbers are labelled on their bar, every fifth day.
        for (const QString& l : m_dayAxis->categoriesLabels())
            m_dayAxis->remove(l);
        m_dayAxis->setStartValue(-0.5);
        for (int d = 1; d <= days; ++d) {
            if (d == 1 || d % 5 == 0)
                m_dayAxis->append(QString::number(d), d - 1);
        }
        m_dayAxis->setRange(-0.5, days - 0.5);
    }
    double top = 0;
    if (m_set->count() != days) {
        m_set->remove(0, m_set->count());
        for (int d = 0; d < days; ++d)
            m_set->append(0.0);
    }
    for (int d = 0; d < days; ++d) {
        const double v = d < daily.size() ? daily[d].toDollarsForDisplay() : 0.0;
        top = std::max(top, v);
        if (m_set->at(d) != v)
            m_set->replace(d, v);
    }
    m_moneyAxis->setMaxDollars(top * 1.1, 4);
}

QString DailyChart::toolTipFor(int index) const
{
    if (!m_period.isValid() || index < 0 || index >= m_period.daysInMonth())
        return QString();
    const QDate day = m_period.firstDay().addDays(index);
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    if (index >= m_amounts.size())
        return tr("%1: not yet").arg(date);
    return tr("%1: %2 spent").arg(date, m_amounts[index].format());
}
