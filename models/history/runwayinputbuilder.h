#pragma once

#include "runwayinput.h"

#include "store/orgsnapshot.h"

#include <QDateTime>
#include <QList>

class HistoryDb;

// Builds the runway inputs of every key and project from a snapshot: per-day spend from dailyByKey's
// groups (api_key_id, project_id), the project headroom of each key. Days of the 14-day window that
// the snapshot does not cover (early in a month) come from the history database when one is given.
class RunwayInputBuilder
{
public:
    static QList<RunwayInput> fromSnapshot(const OrgSnapshot& snapshot, const QDateTime& asOfUtc,
                                           const HistoryDb* history = nullptr);
};
