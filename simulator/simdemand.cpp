#include "simdemand.h"

#include "simrandom.h"

namespace {
// Weights per UTC hour; both shapes sum to 128.
constexpr std::array<int, 24> kWeekday = {1, 1,  1,  1,  1,  1,  3, 3, 10, 10, 10, 10,
                                          8, 10, 10, 10, 10, 10, 5, 5, 2,  2,  2,  2};
constexpr std::array<int, 24> kWeekend = {3, 3, 3, 3, 3, 3, 3, 3, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 5, 5, 5, 5};
constexpr qint64 kWeightSum = 128;

constexpr std::array<int, 25> cumulativeOf(const std::array<int, 24>& w)
{
    std::array<int, 25> c{};
    for (int i = 0; i < 24; ++i)
        c[i + 1] = c[i] + w[i];
    return c;
}
constexpr std::array<int, 25> kWeekdayCum = cumulativeOf(kWeekday);
constexpr std::array<int, 25> kWeekendCum = cumulativeOf(kWeekend);
static_assert(kWeekdayCum[24] == kWeightSum && kWeekendCum[24] == kWeightSum, "hour shapes must sum to 128");
} // namespace

bool SimDemand::isWeekend(qint64 day)
{
    // 1970-01-01 (day 0) was a Thursday; 0 = Monday .. 6 = Sunday.
    const qint64 weekday = ((day % 7) + 7 + 3) % 7;
    return weekday >= 5;
}

qint64 SimDemand::dayDemand(const Profile& profile, qint64 day)
{
    if (profile.baseDailyMicros <= 0)
        return 0;
    const quint64 h = SimRandom::hash(profile.salt, quint64(day), 0x5eedULL);
    // Day-to-day noise of +-30 %, and now and then a busy day (a batch job, a launch).
    double factor = 0.7 + 0.6 * SimRandom::unitFromHash(h);
    if ((h & 0x3f) == 0)
        factor *= 2.5;
    if (isWeekend(day))
        factor *= profile.weekendPercent / 100.0;
    return qint64(double(profile.baseDailyMicros) * factor);
}

qint64 SimDemand::cumulative(qint64 dayTotal, qint64 day, int secondOfDay)
{
    if (secondOfDay <= 0 || dayTotal <= 0)
        return 0;
    if (secondOfDay >= kSecondsPerDay)
        return dayTotal;
    const bool weekend = isWeekend(day);
    const auto& w = weekend ? kWeekend : kWeekday;
    const auto& c = weekend ? kWeekendCum : kWeekdayCum;
    const int hour = secondOfDay / 3600;
    const qint64 within = secondOfDay % 3600;
    const qint64 weight = qint64(c[hour]) * 3600 + qint64(w[hour]) * within; // <= 128 * 3600
    return dayTotal / (kWeightSum * 3600) * weight + dayTotal % (kWeightSum * 3600) * weight / (kWeightSum * 3600);
}

qint64 SimDemand::between(const Profile& profile, qint64 day, int fromSecond, int toSecond)
{
    if (toSecond <= fromSecond)
        return 0;
    const qint64 total = dayDemand(profile, day);
    return cumulative(total, day, toSecond) - cumulative(total, day, fromSecond);
}

std::array<qint64, SimDemand::kHours> SimDemand::hourly(qint64 dayTotal, qint64 day)
{
    std::array<qint64, kHours> out{};
    qint64 previous = 0;
    for (int h = 0; h < kHours; ++h) {
        const qint64 next = cumulative(dayTotal, day, (h + 1) * 3600);
        out[h] = next - previous;
        previous = next;
    }
    return out;
}
