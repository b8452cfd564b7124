#include "chartstyle.h"

#include <QChart>
#include <QRegularExpression>

ChartStyle::ChartStyle(const QPalette& palette)
    : m_dark(isDark(palette))
    , m_text(palette.color(QPalette::WindowText))
    , m_base(palette.color(QPalette::Base))
{}

bool ChartStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void ChartStyle::applyTo(QChart* chart) const
{
    const QChart::ChartTheme theme = m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(m_base);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(m_text);
    chart->legend()->setLabelColor(m_text);
}

QColor ChartStyle::spend() const
{
    return m_dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
}

QColor ChartStyle::forecast() const
{
    return m_dark ? QColor(0xb3, 0x9d, 0xdb) : QColor(0x5e, 0x35, 0xb1);
}

QColor ChartStyle::band() const
{
    QColor c = forecast();
    c.setAlpha(m_dark ? 60 : 45);
    return c;
}

QColor ChartStyle::limit() const
{
    return m_dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
}

QColor ChartStyle::ok() const
{
    return m_dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
}

QColor ChartStyle::warning() const
{
    return m_dark ? QColor(0xff, 0xca, 0x28) : QColor(0xe6, 0x8a, 0x00);
}

QColor ChartStyle::over() const
{
    return m_dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
}

QColor ChartStyle::muted() const
{
    return m_dark ? QColor(0x90, 0x90, 0x90) : QColor(0x75, 0x75, 0x75);
}

QColor ChartStyle::warningZone() const
{
    QColor c = warning();
    c.setAlpha(m_dark ? 45 : 40);
    return c;
}

QColor ChartStyle::overZone() const
{
    QColor c = over();
    c.setAlpha(m_dark ? 45 : 32);
    return c;
}

QColor ChartStyle::forBasisPoints(qint64 basisPoints) const
{
    if (basisPoints < 0)
        return muted();
    if (basisPoints >= 10000)
        return over();
    if (basisPoints >= 8000)
        return warning();
    return ok();
}

QString ChartStyle::shortDayFormat(const QLocale& locale)
{
    QString f = locale.dateFormat(QLocale::ShortFormat);
    // Drop the year and the separator that joined it ("M/d/yy" -> "M/d", "yyyy-MM-dd" -> "MM-dd").
    static const QRegularExpression yearFirst(QStringLiteral("^y+[^dMy]*"));
    static const QRegularExpression yearAny(QStringLiteral("[^dMy]*y+"));
    f.remove(yearFirst);
    f.remove(yearAny);
    f = f.trimmed();
    if (f.isEmpty() || !f.contains(u'd'))
        return QStringLiteral("d MMM");
    return f;
}
