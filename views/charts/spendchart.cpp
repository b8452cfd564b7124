#include "spendchart.h"

#include "moneyaxis.h"

#include <QAreaSeries>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimeZone>
#include <QToolTip>

namespace {

QString dayTimeText(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

SpendChart::SpendChart(QWidget* parent)
    : ChartViewBase(parent)
    , m_cumulative(new QLineSeries(this))
    , m_today(new QScatterSeries(this))
    , m_forecastLine(new QLineSeries(this))
    , m_limitLine(new QLineSeries(this))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_moneyAxis(new MoneyAxis(this))
{
    setObjectName(QStringLiteral("spendChart"));
    m_band = makeArea(&m_bandUpper, &m_bandLower, tr("Forecast range"));
    m_warnZone = makeArea(&m_warnUpper, &m_warnLower, tr("80–100 % of limit"));
    m_overZone = makeArea(&m_overUpper, &m_overLower, tr("Over the limit"));
    m_cumulative->setName(tr("Spend this month"));
    m_today->setName(tr("Now"));
    m_today->setMarkerSize(10);
    m_forecastLine->setName(tr("Forecast"));
    m_limitLine->setName(tr("Monthly limit"));

    QChart* c = chart();
    // Zones first so the lines are drawn over them.
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(m_overZone), static_cast<QAbstractSeries*>(m_warnZone),
                               static_cast<QAbstractSeries*>(m_band), static_cast<QAbstractSeries*>(m_limitLine),
                               static_cast<QAbstractSeries*>(m_forecastLine),
                               static_cast<QAbstractSeries*>(m_cumulative), static_cast<QAbstractSeries*>(m_today)})
        c->addSeries(s);
    m_timeAxis->setFormat(ChartStyle::shortDayFormat());
    m_timeAxis->setTickCount(7);
    c->addAxis(m_timeAxis, Qt::AlignBottom);
    c->addAxis(m_moneyAxis, Qt::AlignLeft);
    for (QAbstractSeries* s : c->series()) {
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_moneyAxis);
    }
    for (QLegendMarker* m : c->legend()->markers(m_today))
        m->setVisible(false);

    const auto hook = [this](QXYSeries* s) {
        connect(s, &QXYSeries::hovered, this, [this, s](const QPointF& p, bool state) { showToolTip(s, p, state); });
    };
    hook(m_cumulative);
    hook(m_today);
    hook(m_forecastLine);
    hook(m_limitLine);
    connect(m_band, &QAreaSeries::hovered, this,
            [this](const QPointF& p, bool state) { showToolTip(m_band, p, state); });

    restyle();
    setData(SpendSeries::Data{}, false);
}

QAreaSeries* SpendChart::makeArea(QLineSeries** upper, QLineSeries** lower, const QString& name)
{
    *upper = new QLineSeries(this);
    *lower = new QLineSeries(this);
    auto* area = new QAreaSeries(*upper, *lower);
    area->setParent(this);
    area->setName(name);
    return area;
}

void SpendChart::applyStyle(const ChartStyle& style)
{
    QPen spend(style.spend());
    spend.setWidthF(2.5);
    m_cumulative->setPen(spend);
    m_today->setColor(style.spend());
    m_today->setBorderColor(style.text());

    QPen forecast(style.forecast());
    forecast.setWidthF(2);
    forecast.setStyle(Qt::DashLine);
    m_forecastLine->setPen(forecast);
    m_band->setBrush(style.band());
    m_band->setPen(Qt::NoPen);

    QPen limit(style.limit());
    limit.setWidthF(1.5);
    m_limitLine->setPen(limit);
    // Hatching as well as colour, so the zones read without colour vision.
    m_warnZone->setBrush(style.warningZone());
    m_warnZone->setPen(Qt::NoPen);
    m_overZone->setBrush(QBrush(style.overZone(), Qt::BDiagPattern));
    m_overZone->setPen(Qt::NoPen);

    const QColor grid = style.dark() ? QColor(255, 255, 255, 30) : QColor(0, 0, 0, 25);
    for (QAbstractAxis* a : {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_moneyAxis)}) {
        a->setLabelsColor(style.text());
        a->setGridLineColor(grid);
        a->setLinePenColor(grid);
    }
}

void SpendChart::setData(const SpendSeries::Data& data, bool hasData)
{
    m_data = data;
    m_hasData = hasData && data.period.isValid() && data.cumulative.size() > 1;
    const bool hasPoints = m_hasData;
    const QDateTime start = data.period.isValid() ? data.period.startUtc() : QDateTime::currentDateTimeUtc();
    const QDateTime end = data.period.isValid() ? data.period.endUtc() : start.addDays(30);
    if (m_timeAxis->min() != start.toLocalTime() || m_timeAxis->max() != end.toLocalTime())
        m_timeAxis->setRange(start.toLocalTime(), end.toLocalTime());

    // Exact running sums beside the drawn points, so tooltips show cents, not doubles.
    m_cumulativeExact.clear();
    if (hasPoints) {
        Money running;
        m_cumulativeExact.append(running);
        for (const Money& m : data.dailyExact) {
            running += m;
            m_cumulativeExact.append(running);
        }
    }
    m_cumulative->replace(hasPoints ? data.cumulative : QList<QPointF>{});
    m_today->replace(hasPoints ? QList<QPointF>{data.cumulative.last()} : QList<QPointF>{});

    const bool showForecast = hasPoints && data.forecastLine.size() == 2 && data.asOf < end;
    m_forecastLine->replace(showForecast ? data.forecastLine : QList<QPointF>{});
    m_bandUpper->replace(showForecast ? data.forecastHigh : QList<QPointF>{});
    m_bandLower->replace(showForecast ? data.forecastLow : QList<QPointF>{});
    m_forecastLine->setVisible(showForecast);
    m_band->setVisible(showForecast);

    Money peak = data.monthToDate;
    if (hasPoints && !data.dailyExact.isEmpty())
        peak = std::max(peak, m_cumulativeExact.last());
    if (showForecast)
        peak = std::max({peak, data.forecast.high, data.forecast.endOfMonth});
    double top = peak.toDollarsForDisplay() * 1.08;
    const bool hasLimit = data.limit.hasLimit() && data.limitLine.size() == 2;
    if (hasLimit)
        top = std::max(top, data.limit.amount().toDollarsForDisplay() * 1.15);
    m_moneyAxis->setMaxDollars(top);
    if (hasLimit) {
        const double limit = data.limit.amount().toDollarsForDisplay();
        const double x0 = data.limitLine.first().x();
        const double x1 = data.limitLine.last().x();
        const double ceiling = m_moneyAxis->top();
        m_limitLine->replace(data.limitLine);
        m_warnLower->replace({QPointF(x0, limit * 0.8), QPointF(x1, limit * 0.8)});
        m_warnUpper->replace(data.limitLine);
        m_overLower->replace(data.limitLine);
        m_overUpper->replace({QPointF(x0, ceiling), QPointF(x1, ceiling)});
    }
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(m_limitLine), static_cast<QAbstractSeries*>(m_warnZone),
                               static_cast<QAbstractSeries*>(m_overZone)})
        s->setVisible(hasLimit);
    m_cumulative->setVisible(hasPoints);
    m_today->setVisible(hasPoints);
    updateLegend();

    setAccessibleDescription(hasPoints ? tr("Spent %1 this month").arg(data.monthToDate.format()) : QString());
}

void SpendChart::setCompactLegend(bool compact)
{
    m_compactLegend = compact;
    updateLegend();
}

void SpendChart::updateLegend()
{
    // Hidden series keep their legend markers unless told otherwise.
    for (QLegendMarker* m : chart()->legend()->markers()) {
        QAbstractSeries* s = m->series();
        const bool secondary = s == m_today || (m_compactLegend && (s == m_band || s == m_warnZone || s == m_overZone));
        m->setVisible(s->isVisible() && !secondary);
    }
}

void SpendChart::resizeEvent(QResizeEvent* event)
{
    ChartViewBase::resizeEvent(event);
    // About 80 px per "26 Nov" label plus the money axis; 4 ticks are 1, 11, 21 and 1 of the next month.
    const int ticks = width() >= 640 ? 7 : 4;
    if (m_timeAxis->tickCount() != ticks)
        m_timeAxis->setTickCount(ticks);
}

QString SpendChart::toolTipFor(QObject* series, const QPointF& value) const
{
    const QLocale locale;
    if (series == m_limitLine)
        return tr("Monthly limit: %1").arg(m_data.limit.amount().format(locale));
    if (series == m_forecastLine || series == m_band) {
        const Forecast& f = m_data.forecast;
        return tr("Forecast for the month end: %1\nlikely between %2 and %3")
            .arg(f.endOfMonth.format(locale), f.low.format(locale), f.high.format(locale));
    }
    if (!m_hasData || m_data.cumulative.isEmpty())
        return QString();
    // The nearest point in time on the spend line, shown with its exact amount.
    const double x = value.x();
    qsizetype best = 0;
    for (qsizetype i = 1; i < m_data.cumulative.size(); ++i) {
        if (std::abs(m_data.cumulative[i].x() - x) < std::abs(m_data.cumulative[best].x() - x))
            best = i;
    }
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(m_data.cumulative[best].x()), QTimeZone::utc());
    const Money amount = best < m_cumulativeExact.size() ? m_cumulativeExact[best] : m_data.monthToDate;
    if (best == m_data.cumulative.size() - 1)
        return tr("Now (%1): %2 spent this month").arg(dayTimeText(t), m_data.monthToDate.format(locale));
    return tr("By %1: %2 spent").arg(dayTimeText(t), amount.format(locale));
}

void SpendChart::showToolTip(QObject* series, const QPointF& point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), toolTipFor(series, point), this);
}
