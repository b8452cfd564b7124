#pragma once

#include "domain/money.h"
#include "domain/period.h"
#include "store/entityref.h"

#include <QDate>
#include <QList>

#include <optional>

// How close the end-of-month forecasts made during a month came to the month's actual total.
struct ForecastAccuracy
{
    struct Made
    {
        QDate madeOn;
        Money forecast;
        Limit limit;         // the limit when the forecast was made
        Money error;         // forecast - actual (positive = the forecast was too high)
        qint64 errorBp = -1; // |error| / actual in basis points (1 % = 100); -1 when actual is 0
    };

    EntityRef entity;
    Period month;
    Money actual;          // the month's total from the recorded daily usage
    bool complete = false; // the month is over and its last day was recorded afterwards
    QList<Made> forecasts; // one per day a forecast was made, oldest first

    // Fills error and errorBp of every forecast from `actual`.
    void computeErrors();
    // The forecast made on the latest day <= `day` of the month, else the earliest one after it.
    std::optional<Made> madeAround(int dayOfMonth) const;
    // Mean of |errorBp| over the forecasts that have one; -1 when none.
    qint64 meanErrorBp() const;
};
