#include "forecastaccuracy.h"

void ForecastAccuracy::computeErrors()
{
    for (Made& made : forecasts) {
        made.error = made.forecast - actual;
        const Money absError = made.error.isNegative() ? -made.error : made.error;
        made.errorBp = actual > Money() ? Money::basisPoints(absError, actual) : -1;
    }
}

std::optional<ForecastAccuracy::Made> ForecastAccuracy::madeAround(int dayOfMonth) const
{
    if (forecasts.isEmpty() || !month.isValid())
        return std::nullopt;
    const QDate target = month.firstDay().addDays(dayOfMonth - 1);
    std::optional<Made> best;
    for (const Made& made : forecasts) {
        if (made.madeOn <= target)
            best = made; // oldest first: the last one <= target wins
    }
    return best ? best : std::optional<Made>(forecasts.first());
}

qint64 ForecastAccuracy::meanErrorBp() const
{
    qint64 sum = 0;
    qint64 count = 0;
    for (const Made& made : forecasts) {
        if (made.errorBp >= 0) {
            sum += made.errorBp;
            ++count;
        }
    }
    return count > 0 ? sum / count : -1;
}
