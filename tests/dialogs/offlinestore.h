#pragma once

// An OrgStore without a network, filled with a hand-made snapshot (for states the simulator can't
// easily reach, like an expired key, and for the screenshot gallery).

#include "store/orgstore.h"

#include <QTimeZone>

struct OfflineStore
{
    explicit OfflineStore(bool canEdit = true)
        : clock(QDateTime(QDate(2026, 11, 14), QTime(10, 0), QTimeZone::utc()))
    {
        OrgSnapshot s;
        s.organization = {QStringLiteral("Acme Analytics"), Money::fromCents(1'234'567)};
        s.capabilities.projects = true;
        s.capabilities.manage = canEdit ? Access::Write : Access::Read;
        s.fetchedAt = clock.nowUtc();
        s.projects.append(project(QStringLiteral("p1"), QStringLiteral("Research"), 5'000, 3'100));
        s.projects.append(project(QStringLiteral("p2"), QStringLiteral("Customer support"), 0, 812));
        s.keys.append(key(QStringLiteral("k1"), QStringLiteral("ci-bot"), 500, 412, QStringLiteral("p1")));
        s.keys.append(key(QStringLiteral("k2"), QStringLiteral("marketing-site"), 0, 77, QStringLiteral("p2")));
        ApiKey expired = key(QStringLiteral("k3"), QStringLiteral("old-intern"), 50, 0, QString());
        expired.expiresAt = clock.nowUtc().addDays(-3);
        s.keys.append(expired);
        ApiKey labelled = key(QStringLiteral("k4"), QStringLiteral("etl-nightly"), 1'000, 650, QStringLiteral("p1"));
        labelled.labels = {{QStringLiteral("team"), QStringLiteral("data")},
                           {QStringLiteral("env"), QStringLiteral("prod")}};
        labelled.expiresAt = clock.nowUtc().addDays(40);
        s.keys.append(labelled);
        store.setSnapshot(s, false);
    }

    static Project project(const QString& id, const QString& name, qint64 limitDollars, qint64 spendDollars)
    {
        Project p;
        p.id = id;
        p.name = name;
        p.limit = Limit::of(Money::fromDollars(limitDollars));
        p.spend = Money::fromDollars(spendDollars);
        p.keyCount = 2;
        return p;
    }

    static ApiKey key(const QString& id, const QString& name, qint64 limitDollars, qint64 spendDollars,
                      const QString& projectId)
    {
        ApiKey k;
        k.id = id;
        k.name = name;
        k.limit = Limit::of(Money::fromDollars(limitDollars));
        k.spend = Money::fromDollars(spendDollars) + Money::fromCents(37);
        k.projectId = projectId;
        k.projectName = projectId == QLatin1String("p1") ? QStringLiteral("Research")
                        : projectId.isEmpty()            ? QString()
                                                         : QStringLiteral("Customer support");
        k.permissions = Permissions{Access::None, Access::Write};
        return k;
    }

    FixedClock clock;
    OrgStore store{nullptr, clock};
};
