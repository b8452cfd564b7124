#pragma once

#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QString>

class QChart;

// Colours and theme of every chart, derived from the window palette so light and dark desktops both
// read well. State colours are never the only signal: the views add text and patterns too.
class ChartStyle
{
public:
    explicit ChartStyle(const QPalette& palette);

    static bool isDark(const QPalette& palette);
    bool dark() const { return m_dark; }

    // QChart::setTheme by lightness, then the background and text from the palette. setTheme resets
    // series colours, so callers re-apply their series styles after this.
    void applyTo(QChart* chart) const;

    QColor spend() const;       // the main spend line and bars
    QColor forecast() const;    // forecast line (drawn dashed)
    QColor band() const;        // forecast low/high band (translucent)
    QColor limit() const;       // the limit line
    QColor ok() const;          // below 80 %
    QColor warning() const;     // 80-100 %
    QColor over() const;        // at or over 100 %
    QColor muted() const;       // no limit, secondary text
    QColor warningZone() const; // translucent fill of the 80-100 % band
    QColor overZone() const;    // translucent fill above the limit
    QColor text() const { return m_text; }

    // Colour for a share of the limit in basis points (-1 = no limit).
    QColor forBasisPoints(qint64 basisPoints) const;

    // "d MMM"-like date format of the locale without the year ("M/d", "dd.MM").
    static QString shortDayFormat(const QLocale& locale = QLocale());

private:
    bool m_dark = false;
    QColor m_text;
    QColor m_base;
};
