#pragma once

#include "simencoder.h"
#include "simorganization.h"

#include <QByteArray>
#include <QStringList>

class QUrlQuery;

// The usage endpoints (/v1/manage/org/usage and /v1/manage/apikey/{id}/usage): validates the query and
// aggregates the ledger into buckets of an hour, a day or a month, optionally grouped. A bucket holds
// the whole days (hours for hour resolution) of the window that fall into it; hours of past days are
// rebuilt from the day's total by the key's hourly demand shape, which reproduces them exactly.
class SimUsage final
{
public:
    enum class Resolution { Hour, Day, Month };

    struct Query
    {
        qint64 start = 0;
        qint64 end = 0;
        Resolution resolution = Resolution::Day;
        QStringList groupBy;
    };

    SimUsage(const SimOrganization& org, const SimEncoder& encoder)
        : m_org(org)
        , m_encoder(encoder)
    {}

    // false with a message for the 400 body
    bool parse(const QUrlQuery& query, Query* out, QString* error) const;
    // keyIndex -1 = the whole organization
    QByteArray compute(const Query& query, int keyIndex) const;

    static constexpr qint64 kMaxRangeSecs = 100 * 86400;

private:
    QByteArray groupKey(const QStringList& groupBy, int keyIndex, int modelIndex) const;

    const SimOrganization& m_org;
    const SimEncoder& m_encoder;
};
