#pragma once

#include "domain/money.h"

#include <QList>

#include <algorithm>
#include <optional>

// What the alert engine watches. A plain value: the app fills it from AppSettings (thresholds,
// hysteresis, forecast switch) and the profile (balance floor, organization budget).
struct AlertSettings
{
    // Percent of a monthly limit; each fires once per entity and month.
    QList<int> thresholds{50, 80, 90, 100};
    // A fired threshold re-arms (within the month) only when spend falls below threshold - hysteresis
    // percentage points, e.g. below 78 % for the 80 % threshold after a limit was raised.
    int hysteresisPoints = 2;
    // Organization balance below this raises a Balance alert; nullopt = no floor.
    std::optional<Money> balanceFloor;
    // Organization month-to-date spend is checked against the thresholds of this budget; none = off.
    Limit orgBudget;
    // "Projected to reach its limit on …" alerts.
    bool forecastAlerts = true;

    // Thresholds sorted ascending, duplicates and values outside 1..1000 dropped.
    QList<int> normalizedThresholds() const
    {
        QList<int> out;
        for (int t : thresholds) {
            if (t >= 1 && t <= 1000 && !out.contains(t))
                out.append(t);
        }
        std::sort(out.begin(), out.end());
        return out;
    }
};
