#include "historychart.h"

#include "moneyaxis.h"

#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QTimeZone>
#include <QToolTip>

namespace {

qint64 msOf(QDate day)
{
    return QDateTime(day, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

HistoryChart::HistoryChart(QWidget* parent)
    : ChartViewBase(parent)
    , m_line(new QLineSeries(this))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_moneyAxis(new MoneyAxis(this))
{
    setObjectName(QStringLiteral("historyChart"));
    m_line->setName(tr("Spend per day"));
    chart()->addSeries(m_line);
    m_timeAxis->setFormat(QStringLiteral("MMM yyyy"));
    m_timeAxis->setTickCount(6);
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_moneyAxis, Qt::AlignLeft);
    m_line->attachAxis(m_timeAxis);
    m_line->attachAxis(m_moneyAxis);
    chart()->legend()->hide();
    connect(m_line, &QLineSeries::hovered, this, [this](const QPointF& p, bool state) {
        if (!state || !m_from.isValid()) {
            QToolTip::hideText();
            return;
        }
        const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(p.x()), QTimeZone::utc()).date();
        const qint64 i = m_from.daysTo(day);
        if (i >= 0 && i < m_amounts.size())
            QToolTip::showText(
                QCursor::pos(),
                tr("%1: %2 spent").arg(QLocale().toString(day, QLocale::LongFormat), m_amounts[i].format()), this);
    });
    restyle();
}

void HistoryChart::applyStyle(const ChartStyle& style)
{
    QPen pen(style.spend());
    pen.setWidthF(1.5);
    m_line->setPen(pen);
    const QColor grid = style.dark() ? QColor(255, 255, 255, 30) : QColor(0, 0, 0, 25);
    for (QAbstractAxis* a : {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_moneyAxis)}) {
        a->setLabelsColor(style.text());
        a->setGridLineColor(grid);
        a->setLinePenColor(grid);
    }
}

void HistoryChart::setData(QDate from, const QList<Money>& daily)
{
    m_from = from;
    m_amounts = daily;
    QList<QPointF> points;
    points.reserve(daily.size());
    double top = 0;
    for (int i = 0; i < daily.size(); ++i) {
        const double v = daily[i].toDollarsForDisplay();
        top = std::max(top, v);
        points.append(QPointF(double(msOf(from.addDays(i))), v));
    }
    m_line->replace(points);
    if (from.isValid() && !daily.isEmpty()) {
        const QDate last = from.addDays(daily.size() - 1);
        // Short ranges label days, long ones months.
        m_timeAxis->setFormat(daily.size() <= 62 ? ChartStyle::shortDayFormat() : QStringLiteral("MMM yyyy"));
        m_timeAxis->setRange(QDateTime(from, QTime(0, 0), QTimeZone::utc()),
                             QDateTime(last, QTime(23, 59), QTimeZone::utc()));
    }
    m_moneyAxis->setMaxDollars(top * 1.1, 4);
}
