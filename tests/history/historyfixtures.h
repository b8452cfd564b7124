#pragma once

// Builders for the snapshots and usage series the history tests feed in.

#include "domain/money.h"
#include "store/orgsnapshot.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace fixtures {

inline QDateTime utc(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

inline Money dollars(const char* text)
{
    return *Money::parse(QString::fromLatin1(text));
}

inline UsageGroup group(std::initializer_list<std::pair<const char*, QString>> values, Money spend, qint64 requests = 1,
                        qint64 tokens = 100)
{
    UsageGroup g;
    for (const auto& [field, value] : values)
        g.values.insert(QString::fromLatin1(field), value);
    g.counters.spend = spend;
    g.counters.requests = requests;
    g.counters.totalTokens = tokens;
    return g;
}

inline UsageGroup keyGroup(const QString& key, const QString& project, Money spend, qint64 requests = 1,
                           qint64 tokens = 100)
{
    if (project.isEmpty())
        return group({{"api_key_id", key}}, spend, requests, tokens);
    return group({{"api_key_id", key}, {"project_id", project}}, spend, requests, tokens);
}

// A day bucket whose totals are the sum of its groups.
inline UsageBucket bucket(QDate day, const QList<UsageGroup>& groups)
{
    UsageBucket b;
    b.start = QDateTime(day, QTime(0, 0), QTimeZone::utc());
    b.groups = groups;
    for (const UsageGroup& g : groups) {
        b.totals.spend += g.counters.spend;
        b.totals.requests += g.counters.requests;
        b.totals.totalTokens += g.counters.totalTokens;
    }
    return b;
}

inline ApiKey key(const QString& id, const QString& name, Limit limit, Money spend, const QString& projectId = {},
                  const QString& projectName = {})
{
    ApiKey k;
    k.id = id;
    k.name = name;
    k.limit = limit;
    k.spend = spend;
    k.projectId = projectId;
    k.projectName = projectName;
    return k;
}

inline Project project(const QString& id, const QString& name, Limit limit, Money spend)
{
    Project p;
    p.id = id;
    p.name = name;
    p.limit = limit;
    p.spend = spend;
    return p;
}

// A snapshot fetched at `at` where every key spends `perDay` on each day of the window the store fetches
// (7 days before the month start up to the day of `at`).
inline OrgSnapshot uniformSnapshot(const QDateTime& at, const QStringList& keyIds, Money perDay)
{
    OrgSnapshot s;
    s.organization.name = QStringLiteral("Acme AI");
    s.fetchedAt = at;
    const QDate first = QDate(at.date().year(), at.date().month(), 1);
    for (const QString& id : keyIds) {
        const Money spend = perDay * at.date().day();
        s.keys.append(key(id, QStringLiteral("Key ") + id, Limit::of(Money::fromDollars(1000)), spend));
    }
    for (QDate d = first.addDays(-7); d <= at.date(); d = d.addDays(1)) {
        QList<UsageGroup> groups;
        groups.reserve(keyIds.size());
        for (const QString& id : keyIds)
            groups.append(keyGroup(id, QString(), perDay));
        s.dailyByKey.append(bucket(d, groups));
    }
    return s;
}

} // namespace fixtures
