#include "runwaycalculator.h"

#include "domain/forecast.h"
#include "domain/period.h"

#include <algorithm>
#include <limits>

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// Beyond a century the exact time to the cap means nothing (and would overflow milliseconds).
constexpr qint64 kMaxTenths = 10LL * 36525;
constexpr qint64 kNoCapRank = std::numeric_limits<qint64>::max();
constexpr qint64 kIdleRank = kNoCapRank - 1;

QList<Money> lastDays(const QList<Money>& days, int count)
{
    QList<Money> out = days.size() > count ? days.mid(days.size() - count) : days;
    while (out.size() < count)
        out.prepend(Money());
    return out;
}

} // namespace

bool RunwayCalculator::Result::operator==(const Result& o) const
{
    return entity == o.entity && name == o.name && projectId == o.projectId && projectName == o.projectName &&
           headroom == o.headroom && cappedByProject == o.cappedByProject && burnPerDay == o.burnPerDay &&
           daysLeftTenths == o.daysLeftTenths && limitReachedAt == o.limitReachedAt && status == o.status &&
           spark == o.spark && rank == o.rank;
}

RunwayCalculator::Result RunwayCalculator::compute(const RunwayInput& input, const QDateTime& nowUtc)
{
    Result r;
    r.entity = input.entity;
    r.name = input.name;
    r.projectId = input.projectId;
    r.projectName = input.projectName;
    r.spark = lastDays(input.last14Days, kSparkDays);

    // The burn exactly as the forecast computes it: this month's days, topped up with the days before.
    const Period period = Period::containing(nowUtc);
    const int today = period.dayIndex(nowUtc);
    ForecastInput in;
    in.period = period;
    in.nowUtc = nowUtc;
    in.monthToDate = input.spend;
    in.dailySpend = input.dailyThisMonth.mid(0, today);
    const qsizetype before = input.last14Days.size() - today;
    if (before > 0)
        in.previousDays = input.last14Days.mid(0, before);
    r.burnPerDay = computeForecast(in).dailyBurn;

    const std::optional<Money> own = input.limit.headroom(input.spend);
    const std::optional<Money>& project = input.projectHeadroom;
    if (own && project) {
        r.cappedByProject = *project < *own;
        r.headroom = std::min(*own, *project);
    } else if (own) {
        r.headroom = own;
    } else if (project) {
        r.headroom = project;
        r.cappedByProject = true;
    }

    if (!r.headroom) {
        r.status = Status::NoCap;
        r.rank = kNoCapRank;
        return r;
    }
    if (*r.headroom <= Money()) {
        r.status = Status::Over;
        r.daysLeftTenths = 0;
        r.limitReachedAt = nowUtc;
        r.rank = -1 - (-*r.headroom).micros(); // the furthest over ranks first
        return r;
    }
    if (r.burnPerDay <= Money()) {
        r.status = Status::Idle;
        r.rank = kIdleRank;
        return r;
    }
    const qint64 tenths = std::min(Money::mulDiv(*r.headroom, 10, r.burnPerDay.micros()).micros(), kMaxTenths);
    const qint64 ms = tenths >= kMaxTenths ? kMaxTenths * kDayMs / 10
                                           : Money::mulDiv(*r.headroom, kDayMs, r.burnPerDay.micros()).micros();
    r.daysLeftTenths = tenths;
    r.limitReachedAt = nowUtc.addMSecs(ms);
    r.rank = ms;
    if (r.limitReachedAt >= period.endUtc())
        r.status = Status::Safe;
    else if (ms <= kCriticalDays * kDayMs)
        r.status = Status::Critical;
    else if (ms <= kWarningDays * kDayMs)
        r.status = Status::Warning;
    else
        r.status = Status::Ok;
    return r;
}

QList<RunwayCalculator::Result> RunwayCalculator::computeAll(const QList<RunwayInput>& inputs, const QDateTime& nowUtc)
{
    QList<Result> out;
    out.reserve(inputs.size());
    for (const RunwayInput& input : inputs)
        out.append(compute(input, nowUtc));
    return out;
}

void RunwayCalculator::sortByRunway(QList<Result>& results)
{
    std::stable_sort(results.begin(), results.end(), [](const Result& a, const Result& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.name != b.name)
            return a.name < b.name;
        return a.entity.id < b.entity.id;
    });
}

QString RunwayCalculator::statusText(Status status)
{
    switch (status) {
    case Status::Over:
        return tr("At or over its limit");
    case Status::Critical:
        return tr("Reaches its limit within %n day(s)", nullptr, kCriticalDays);
    case Status::Warning:
        return tr("Reaches its limit within %n day(s)", nullptr, kWarningDays);
    case Status::Ok:
        return tr("Reaches its limit this month at the current burn");
    case Status::Safe:
        return tr("The limit resets before it is reached");
    case Status::Idle:
        return tr("Capped, but nothing spent recently");
    case Status::NoCap:
        return tr("No limit");
    }
    return QString();
}
