#include "historyforecast.h"

#include "localhistory.h"

#include "store/usageindex.h"

HistoryForecast HistoryForecast::compute(const LocalHistory& history, const EntityRef& entity, Limit limit)
{
    HistoryForecast h;
    const QDateTime asOf = history.lastSynced();
    if (!asOf.isValid() || !history.hasData())
        return h;
    h.asOf = asOf.toUTC();
    h.period = Period::containing(h.asOf);
    const QDate first = h.period.firstDay().addDays(-UsageIndex::kPreviousDays);
    const QDate last = h.asOf.date();
    const LocalHistory::Series s = history.dailySpend(entity, first);
    // Days the history does not reach (before its first record, after what it holds) count as nothing.
    const auto dayAt = [&s](QDate day) {
        const qint64 i = s.from.isValid() ? s.from.daysTo(day) : -1;
        return i >= 0 && i < s.daily.size() ? s.daily.at(int(i)) : Money();
    };
    for (QDate d = first; d < h.period.firstDay(); d = d.addDays(1))
        h.previousDays.append(dayAt(d));
    for (QDate d = h.period.firstDay(); d <= last; d = d.addDays(1)) {
        h.dailySpend.append(dayAt(d));
        h.monthToDate += h.dailySpend.last();
    }

    ForecastInput in;
    in.period = h.period;
    in.nowUtc = h.asOf;
    in.monthToDate = h.monthToDate;
    in.dailySpend = h.dailySpend;
    in.previousDays = h.previousDays;
    in.limit = limit;
    h.forecast = computeForecast(in);
    return h;
}
