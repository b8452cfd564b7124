#pragma once

#include <QCategoryAxis>
#include <QLocale>

// A value axis whose labels are currency ("$0", "$250", "$1.5k") at round steps. QValueAxis only
// takes a printf format, so the labels are categories placed on their values.
class MoneyAxis final : public QCategoryAxis
{
    Q_OBJECT
public:
    explicit MoneyAxis(QObject* parent = nullptr);

    // Sets the range to [0, a round number >= maxDollars] with about `ticks` labelled steps. Does
    // nothing when the result equals the current range, so refreshes do not relabel without reason.
    void setMaxDollars(double maxDollars, int ticks = 5);
    double top() const { return m_top; }
    double step() const { return m_step; }

    // The round step for a maximum: 1, 2 or 5 times a power of ten, at least $0.02.
    static double niceStep(double maxDollars, int ticks);
    static QString label(double dollars, double step, const QLocale& locale = QLocale());

private:
    double m_top = -1;
    double m_step = 0;
};
