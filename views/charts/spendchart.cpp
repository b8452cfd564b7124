#include "spendchart.h"

#include "moneyaxis.h"

#include <QAreaSeries>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>

namespace {

QPointF at(const QDateTime& t, Money m)
{
    return QPointF(double(t.toMSecsSinceEpoch()), m.toDollarsForDisplay());
}

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
    setData(SpendChartData{});
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

void SpendChart::setData(const SpendChartData& data)
{
    m_data = data;
    const bool hasPoints = !data.isEmpty();
    const QDateTime start = data.period.isValid() ? data.period.startUtc() : QDateTime::currentDateTimeUtc();
    const QDateTime end = data.period.isValid() ? data.period.endUtc() : start.addDays(30);
    m_timeAxis->setRange(start.toLocalTime(), end.toLocalTime());

    m_cumulative->replace(data.cumulativePoints());
    m_today->replace(hasPoints ? QList<QPointF>{at(data.now, data.monthToDate())} : QList<QPointF>{});

    const bool showForecast = hasPoints && data.forecast.has_value() && data.now < end;
    if (showForecast) {
        const Forecast& f = *data.forecast;
        const QPointF from = at(data.now, data.monthToDate());
        m_forecastLine->replace({from, at(end, f.endOfMonth)});
        m_bandUpper->replace({from, at(end, f.high)});
        m_bandLower->replace({from, at(end, f.low)});
    } else {
        m_forecastLine->clear();
        m_bandUpper->clear();
        m_bandLower->clear();
    }
    m_forecastLine->setVisible(showForecast);
    m_band->setVisible(showForecast);

    const Money peak = data.peak();
    double top = std::max(1.0, peak.toDollarsForDisplay() * 1.08);
    const bool hasLimit = data.limit.hasLimit();
    if (hasLimit)
        top = std::max(top, data.limit.amount().toDollarsForDisplay() * 1.15);
    m_moneyAxis->setMaxDollars(top);
    if (hasLimit) {
        const double limit = data.limit.amount().toDollarsForDisplay();
        const double x0 = double(start.toMSecsSinceEpoch());
        const double x1 = double(end.toMSecsSinceEpoch());
        m_limitLine->replace({QPointF(x0, limit), QPointF(x1, limit)});
        m_warnLower->replace({QPointF(x0, limit * 0.8), QPointF(x1, limit * 0.8)});
        m_warnUpper->replace({QPointF(x0, limit), QPointF(x1, limit)});
        m_overLower->replace({QPointF(x0, limit), QPointF(x1, limit)});
        const double ceiling = m_moneyAxis->top();
        m_overUpper->replace({QPointF(x0, ceiling), QPointF(x1, ceiling)});
    }
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(m_limitLine), static_cast<QAbstractSeries*>(m_warnZone),
                               static_cast<QAbstractSeries*>(m_overZone)})
        s->setVisible(hasLimit);
    m_cumulative->setVisible(hasPoints);
    m_today->setVisible(hasPoints);
    // Hidden series keep their legend markers unless told otherwise.
    for (QLegendMarker* m : chart()->legend()->markers())
        m->setVisible(m->series()->isVisible() && m->series() != m_today);

    setAccessibleDescription(hasPoints ? tr("Spent %1 this month").arg(data.monthToDate().format()) : QString());
}

QString SpendChart::toolTipFor(QObject* series, const QPointF& value) const
{
    const QLocale locale;
    if (series == m_limitLine)
        return tr("Monthly limit: %1").arg(m_data.limit.amount().format(locale));
    if ((series == m_forecastLine || series == m_band) && m_data.forecast) {
        const Forecast& f = *m_data.forecast;
        return tr("Forecast for the month end: %1\nlikely between %2 and %3")
            .arg(f.endOfMonth.format(locale), f.low.format(locale), f.high.format(locale));
    }
    if (m_data.isEmpty())
        return QString();
    // The nearest point in time on the spend line, shown with its exact amount.
    const qint64 x = qint64(value.x());
    qsizetype best = 0;
    for (qsizetype i = 1; i < m_data.pointTimes.size(); ++i) {
        if (std::abs(m_data.pointTimes[i].toMSecsSinceEpoch() - x) <
            std::abs(m_data.pointTimes[best].toMSecsSinceEpoch() - x))
            best = i;
    }
    const QDateTime t = m_data.pointTimes[best];
    if (best == m_data.pointTimes.size() - 1)
        return tr("Now (%1): %2 spent this month").arg(dayTimeText(t), m_data.pointAmounts[best].format(locale));
    return tr("By %1: %2 spent").arg(dayTimeText(t), m_data.pointAmounts[best].format(locale));
}

void SpendChart::showToolTip(QObject* series, const QPointF& point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), toolTipFor(series, point), this);
}
