#include "runwayinputbuilder.h"

#include "historydb.h"
#include "runwaycalculator.h"

#include "domain/period.h"

#include <QHash>

namespace {

const QString kKeyField = QStringLiteral("api_key_id");
const QString kProjectField = QStringLiteral("project_id");

// Per-day spend of keys and projects over [first, last].
struct Days
{
    QDate first;
    int size = 0;
    QHash<QString, QList<Money>> keys;
    QHash<QString, QList<Money>> projects;

    static void add(QHash<QString, QList<Money>>& hash, const QString& id, int at, int size, Money spend)
    {
        auto it = hash.find(id);
        if (it == hash.end())
            it = hash.insert(id, QList<Money>(size));
        (*it)[at] += spend;
    }
    // Fills days before `coveredFrom` (not in the snapshot) from the history.
    static void backfill(QHash<QString, QList<Money>>& hash, const QHash<QString, QList<Money>>& older, int count,
                         int size)
    {
        for (auto it = older.cbegin(); it != older.cend(); ++it) {
            auto days = hash.find(it.key());
            if (days == hash.end())
                days = hash.insert(it.key(), QList<Money>(size));
            for (int i = 0; i < count && i < it->size(); ++i)
                (*days)[i] = it->at(i);
        }
    }
};

} // namespace

QList<RunwayInput> RunwayInputBuilder::fromSnapshot(const OrgSnapshot& snapshot, const QDateTime& asOfUtc,
                                                    const HistoryDb* history)
{
    const QDate today = asOfUtc.toUTC().date();
    const Period period = Period::containing(asOfUtc);
    Days days;
    days.first = std::min(period.firstDay(), today.addDays(1 - RunwayCalculator::kSparkDays));
    days.size = int(days.first.daysTo(today)) + 1;
    QDate coveredFrom = today.addDays(1);
    for (const UsageBucket& bucket : snapshot.dailyByKey) {
        const QDate day = bucket.start.toUTC().date();
        const qint64 at = days.first.daysTo(day);
        if (at < 0 || at >= days.size)
            continue;
        coveredFrom = std::min(coveredFrom, day);
        for (const UsageGroup& group : bucket.groups) {
            const QString keyId = group.values.value(kKeyField);
            if (!keyId.isEmpty())
                Days::add(days.keys, keyId, int(at), days.size, group.counters.spend);
            const QString projectId = group.values.value(kProjectField);
            if (!projectId.isEmpty())
                Days::add(days.projects, projectId, int(at), days.size, group.counters.spend);
        }
    }
    const int missing = int(days.first.daysTo(coveredFrom));
    if (history && history->isOpen() && missing > 0) {
        const QDate to = coveredFrom.addDays(-1);
        Days::backfill(days.keys, history->dailySpendOfAll(EntityRef::Kind::Key, days.first, to), missing, days.size);
        Days::backfill(days.projects, history->dailySpendOfAll(EntityRef::Kind::Project, days.first, to), missing,
                       days.size);
    }

    const QList<Money> zeros(days.size);
    const int monthOffset = int(days.first.daysTo(period.firstDay()));
    auto fill = [&](RunwayInput& in, const QList<Money>& series) {
        in.last14Days = series.mid(series.size() - RunwayCalculator::kSparkDays);
        in.dailyThisMonth = series.mid(monthOffset);
    };

    QList<RunwayInput> inputs;
    inputs.reserve(snapshot.projects.size() + snapshot.keys.size());
    QHash<QString, std::optional<Money>> projectHeadroom;
    for (const Project& project : snapshot.projects) {
        RunwayInput in;
        in.entity = EntityRef::project(project.id);
        in.name = project.name;
        in.limit = project.limit;
        in.spend = project.spend;
        fill(in, days.projects.value(project.id, zeros));
        projectHeadroom.insert(project.id, project.limit.headroom(project.spend));
        inputs.append(in);
    }
    for (const ApiKey& key : snapshot.keys) {
        RunwayInput in;
        in.entity = EntityRef::key(key.id);
        in.name = key.name;
        in.projectId = key.projectId;
        in.projectName = key.projectName;
        in.limit = key.limit;
        in.spend = key.spend;
        if (!key.projectId.isEmpty())
            in.projectHeadroom = projectHeadroom.value(key.projectId);
        fill(in, days.keys.value(key.id, zeros));
        inputs.append(in);
    }
    return inputs;
}
