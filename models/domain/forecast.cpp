#include "forecast.h"

#include <algorithm>

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kWindowDays = 7;

} // namespace

Forecast computeForecast(const ForecastInput& in)
{
    Forecast f;
    const qint64 elapsedMs = in.period.elapsedMs(in.nowUtc);
    const qint64 remainingMs = in.period.lengthMs() - elapsedMs;

    // The recent window: complete days of this month (today is partial), topped up with the days before
    // the month began so that the 1st and 2nd of a month still have a burn rate.
    const int completeDays = std::min<int>(in.period.dayIndex(in.nowUtc) - 1, int(in.dailySpend.size()));
    QList<Money> window;
    for (int i = std::max(0, completeDays - kWindowDays); i < completeDays; ++i)
        window.append(in.dailySpend[i]);
    for (qsizetype i = in.previousDays.size() - 1; i >= 0 && window.size() < kWindowDays; --i)
        window.prepend(in.previousDays[i]);

    Money burn;
    Money lowDaily;
    Money highDaily;
    if (!window.isEmpty()) {
        // Weighted mean, recent days heaviest (weights 1..k).
        Money weighted;
        qint64 weights = 0;
        for (int i = 0; i < window.size(); ++i) {
            weighted += window[i] * (i + 1);
            weights += i + 1;
        }
        burn = Money::mulDiv(weighted, 1, weights);
        lowDaily = *std::min_element(window.begin(), window.end());
        highDaily = *std::max_element(window.begin(), window.end());
        // A burn above the window's highest day cannot happen; the low end never exceeds the mean.
        lowDaily = std::min(lowDaily, burn);
        highDaily = std::max(highDaily, burn);
    } else if (elapsedMs > 0) {
        // First hours of a month with no history: extrapolate the month so far, with a wide band.
        burn = Money::mulDiv(in.monthToDate, kDayMs, elapsedMs);
        lowDaily = Money();
        highDaily = burn * 2;
    }

    f.dailyBurn = burn;
    f.endOfMonth = in.monthToDate + Money::mulDiv(burn, remainingMs, kDayMs);
    f.low = in.monthToDate + Money::mulDiv(lowDaily, remainingMs, kDayMs);
    f.high = in.monthToDate + Money::mulDiv(highDaily, remainingMs, kDayMs);

    if (in.limit.hasLimit()) {
        const Money cap = in.limit.amount();
        if (in.monthToDate >= cap) {
            f.alreadyOver = true;
            f.limitReachedAt = in.nowUtc;
        } else if (burn > Money()) {
            const qint64 msToCap = Money::mulDiv(cap - in.monthToDate, kDayMs, burn.micros()).micros();
            if (msToCap < remainingMs)
                f.limitReachedAt = in.nowUtc.addMSecs(msToCap);
        }
    }
    return f;
}
