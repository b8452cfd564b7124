#pragma once

#include "domain/money.h"
#include "store/entityref.h"

#include <QList>
#include <QString>

#include <optional>

// What the runway of one key or project is computed from: plain values, so the calculation does not
// depend on the store (RunwayInputBuilder makes them from a snapshot).
struct RunwayInput
{
    EntityRef entity; // a key or a project
    QString name;
    QString projectId; // keys: their project, if any
    QString projectName;
    Limit limit;
    Money spend; // month to date
    // Keys in a capped project: the project's limit - its spend (may be negative). nullopt otherwise.
    std::optional<Money> projectHeadroom;
    QList<Money> last14Days;     // spend per UTC day, oldest first; the last entry is today (partial)
    QList<Money> dailyThisMonth; // index 0 = the 1st, up to today
};
