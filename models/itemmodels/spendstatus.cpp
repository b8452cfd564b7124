#include "spendstatus.h"

SpendStatus::Value SpendStatus::of(Limit limit, Money spend, bool expired)
{
    if (expired)
        return Expired;
    if (limit.isUnlimited())
        return NoLimit;
    if (Money::reachesPercent(spend, limit.amount(), kOverPercent))
        return Over;
    if (Money::reachesPercent(spend, limit.amount(), kWarningPercent))
        return Warning;
    return Ok;
}

qint64 SpendStatus::progress(Limit limit, Money spend)
{
    if (limit.isUnlimited())
        return -1;
    return std::max<qint64>(0, Money::basisPoints(spend, limit.amount()));
}

QString SpendStatus::text(Value status)
{
    switch (status) {
    case Ok:
        return tr("OK");
    case Warning:
        return tr("Warning");
    case Over:
        return tr("Over limit");
    case NoLimit:
        return tr("No limit");
    case Expired:
        return tr("Expired");
    }
    return {};
}

int SpendStatus::rank(Value status)
{
    switch (status) {
    case NoLimit:
        return 0;
    case Ok:
        return 1;
    case Warning:
        return 2;
    case Over:
        return 3;
    case Expired:
        return 4;
    }
    return 0;
}
