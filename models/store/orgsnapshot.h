#pragma once

#include "api/managementapi.h"
#include "entityref.h"

#include "domain/apikey.h"
#include "domain/organization.h"
#include "domain/project.h"
#include "domain/usage.h"

#include <QDateTime>
#include <QList>

// Everything one refresh produced: the unit the cache stores and the alert engine evaluates.
struct OrgSnapshot
{
    Organization organization;
    QList<Project> projects;
    QList<ApiKey> keys;
    // Day buckets from 7 days before the month start up to today, grouped by api_key_id (and
    // project_id when the server has projects). Totals are the organization's.
    UsageSeries dailyByKey;
    // Day buckets of this month grouped by model_used.
    UsageSeries dailyByModel;
    Capabilities capabilities;
    QDateTime fetchedAt; // UTC, when the server answered

    // The same data, whenever fetched.
    bool sameDataAs(const OrgSnapshot& o) const
    {
        return organization == o.organization && capabilities == o.capabilities && keys == o.keys &&
               projects == o.projects && dailyByKey == o.dailyByKey && dailyByModel == o.dailyByModel;
    }
};
