#pragma once

#include "domain/usage.h"

#include <QDateTime>
#include <QStringList>
#include <QUrlQuery>

// Parameters of /v1/manage/org/usage and /v1/manage/apikey/{id}/usage, sent as a query string.
struct UsageQuery
{
    QDateTime start; // required, UTC
    QDateTime end;   // optional; server default start + 24 h; at most 100 days after start
    Resolution resolution = Resolution::Day;
    QStringList groupBy; // repeated group_by=...: api_key_id, project_id, model_used, ...

    static constexpr qint64 kMaxRangeDays = 100;

    // start/end as RFC 3339 UTC with a "Z" ("2026-08-01T00:00:00Z"), resolution, repeated group_by.
    QUrlQuery toUrlQuery() const;
    // Empty when the query can be sent; otherwise why not ("start is missing", "end is not after start",
    // "the range is longer than 100 days", "group_by has an empty field").
    QString validate() const;

    static QString resolutionToApi(Resolution resolution);
    static QString formatTime(const QDateTime& instant); // RFC 3339, UTC, second precision, "Z"
};
