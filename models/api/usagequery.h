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

    QUrlQuery toUrlQuery() const;
};
