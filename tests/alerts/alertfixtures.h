#pragma once

// Hand-built snapshots for the alert tests. Amounts are decimal text parsed exactly (Money::parse).

#include "domain/money.h"
#include "store/orgsnapshot.h"

#include <QTimeZone>

namespace fixtures {

inline Money usd(const char* text)
{
    return *Money::parse(QString::fromLatin1(text));
}

// 0 / "0" = no limit (the API encoding).
inline ApiKey key(const char* id, const char* limit, const char* spend, const char* project = "")
{
    ApiKey k;
    k.id = QString::fromLatin1(id);
    k.name = QStringLiteral("key-") + k.id;
    k.limit = Limit::fromApi(usd(limit));
    k.spend = usd(spend);
    k.projectId = QString::fromLatin1(project);
    return k;
}

inline Project project(const char* id, const char* limit, const char* spend)
{
    Project p;
    p.id = QString::fromLatin1(id);
    p.name = QStringLiteral("project-") + p.id;
    p.limit = Limit::fromApi(usd(limit));
    p.spend = usd(spend);
    return p;
}

inline QDateTime utc(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

// November 2026, noon UTC of `day`.
inline QDateTime nov(int day, int hour = 12, int minute = 0)
{
    return utc(2026, 11, day, hour, minute);
}

inline OrgSnapshot snapshot(const QList<ApiKey>& keys, const QList<Project>& projects = {},
                            const char* balance = "1000")
{
    OrgSnapshot s;
    s.organization.name = QStringLiteral("Acme AI");
    s.organization.balance = usd(balance);
    s.keys = keys;
    s.projects = projects;
    return s;
}

// Adds one day bucket per entry of `daily` (index 0 = `first`) grouped by api_key_id = keyId.
inline void addDailyUsage(OrgSnapshot& s, const QString& keyId, const QDate& first, const QList<Money>& daily)
{
    for (int i = 0; i < daily.size(); ++i) {
        const QDateTime start(first.addDays(i), QTime(0, 0), QTimeZone::utc());
        UsageBucket* bucket = nullptr;
        for (UsageBucket& b : s.dailyByKey) {
            if (b.start == start)
                bucket = &b;
        }
        if (!bucket) {
            s.dailyByKey.append(UsageBucket{start, {}, {}});
            bucket = &s.dailyByKey.last();
        }
        UsageGroup g;
        g.values.insert(QStringLiteral("api_key_id"), keyId);
        g.counters.spend = daily[i];
        bucket->groups.append(g);
        bucket->totals.spend += daily[i];
    }
    std::sort(s.dailyByKey.begin(), s.dailyByKey.end(),
              [](const UsageBucket& a, const UsageBucket& b) { return a.start < b.start; });
}

} // namespace fixtures
