#pragma once

#include "groupvalues.h"
#include "money.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct UsageCounters
{
    Money spend;
    qint64 requests = 0; // total_requests
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 totalTokens = 0;

    bool operator==(const UsageCounters& o) const
    {
        return spend == o.spend && requests == o.requests && inputTokens == o.inputTokens &&
               outputTokens == o.outputTokens && totalTokens == o.totalTokens;
    }
};

// One row of `grouped_data`: the group_by field values (e.g. {"model_used": "openai/gpt-5"}) and counters.
struct UsageGroup
{
    GroupValues values;
    UsageCounters counters;

    bool operator==(const UsageGroup& o) const { return counters == o.counters && values == o.values; }
};

// One period bucket of a usage series (hour, day or month), starting at `start` (UTC).
struct UsageBucket
{
    QDateTime start;
    UsageCounters totals;
    QList<UsageGroup> groups; // only when the request had group_by

    // Buckets kept from an earlier refresh share their groups, so comparing them is cheap.
    bool operator==(const UsageBucket& o) const { return start == o.start && totals == o.totals && groups == o.groups; }
};

enum class Resolution { Hour, Day, Month };

// A usage series sorted by bucket start.
using UsageSeries = QList<UsageBucket>;
