#include "simgenerator.h"

#include "simlog.h"
#include "simnames.h"

#include <QDate>
#include <QSet>

#include <cmath>

namespace {
constexpr qint64 kDollar = 1000000;
constexpr qint64 kDay = SimDemand::kSecondsPerDay;

qint64 niceLimit(double dollars)
{
    qint64 whole = qMax<qint64>(1, qint64(dollars));
    if (whole >= 1000)
        whole = (whole + 25) / 50 * 50;
    else if (whole >= 100)
        whole = (whole + 2) / 5 * 5;
    return whole * kDollar;
}

double logUniform(SimRandom& random, double lo, double hi)
{
    return lo * std::pow(hi / lo, random.unit());
}

qint64 monthStartDay(qint64 now)
{
    const QDate date = QDate::fromJulianDay(2440588 + SimDemand::dayOf(now));
    return QDate(date.year(), date.month(), 1).toJulianDay() - 2440588;
}

qint64 nextMonthStartDay(qint64 now)
{
    const QDate date = QDate::fromJulianDay(2440588 + SimDemand::dayOf(now));
    return QDate(date.year(), date.month(), 1).addMonths(1).toJulianDay() - 2440588;
}

qint64 ceilToCent(double micros)
{
    return qint64(std::ceil(micros / 10000.0)) * 10000;
}
} // namespace

void SimGenerator::assignTraffic(SimOrganization::Key& key, SimRandom& random, bool modest)
{
    key.modelCount = random.range(1, 3);
    QSet<int> used;
    double cost = 0;
    int weightSum = 0;
    for (int i = 0; i < key.modelCount; ++i) {
        int model = random.bounded(SimNames::modelCount());
        while (used.contains(model))
            model = (model + 1) % SimNames::modelCount();
        used.insert(model);
        const int weight = i == 0 ? random.range(6, 12) : random.range(1, 5);
        key.models[size_t(i)] = {model, weight};
        cost += double(SimNames::model(model).costPerRequestMicros) * weight;
        weightSum += weight;
    }
    key.costPerRequestMicros = qMax(200, int(cost / weightSum * (0.5 + random.unit())));
    key.inputTokensPerRequest = random.range(200, 6000);
    key.outputTokensPerRequest = random.range(50, 1500);
    key.demand.salt = random.next();
    key.demand.weekendPercent = random.chance(0.2) ? 100 : random.range(20, 70);
    if (modest)
        key.demand.baseDailyMicros = qint64(logUniform(random, 0.5, 20.0) * kDollar);
}

void SimGenerator::populate(SimOrganization& org, const Settings& settings)
{
    SimRandom& random = org.random();
    org.setName(SimNames::orgName(random));
    org.setEmailDomain(SimNames::emailDomain(org.name()));
    addPeople(org, qBound(6, 6 + settings.keys / 40, 250));
    if (org.projectsEnabled())
        addProjects(org, qMax(0, settings.projects));
    addGroups(org);
    addKeys(org, settings);

    const qint64 historyStart = (SimDemand::dayOf(settings.now) - kHistoryDays) * kDay;
    org.startAt(historyStart);
    org.advanceTo(settings.now);
    placeNearThresholds(org, settings.now);

    qint64 monthSpend = 0;
    for (const SimOrganization::Key& key : org.keys())
        monthSpend += key.monthSpendMicros;
    org.setBalanceMicros(ceilToCent(double(monthSpend) * (1.5 + random.unit()) + 500.0 * kDollar));
}

void SimGenerator::addPeople(SimOrganization& org, int count)
{
    SimRandom& random = org.random();
    QSet<QString> taken;
    for (int i = 0; i < count; ++i) {
        QString person = SimNames::personName(random);
        for (int n = 2; taken.contains(person); ++n)
            person = SimNames::personName(random) + QString::number(n);
        taken.insert(person);
        org.addUser({QLatin1String("user_") + random.hex(12), person + QLatin1Char('@') + org.emailDomain()});
    }
}

void SimGenerator::addProjects(SimOrganization& org, int count)
{
    SimRandom& random = org.random();
    const int privateCount = count >= 4 ? 2 : qMin(count, 1);
    for (int i = 0; i < count; ++i) {
        SimOrganization::Project project;
        project.id = random.uuid();
        if (i < privateCount) {
            project.isPrivate = true;
            project.owner = i % int(org.users().size());
            project.name = QLatin1String("Private (") +
                           org.users()[size_t(project.owner)].email.section(QLatin1Char('@'), 0, 0) + QLatin1Char(')');
            project.limitMicros = random.chance(0.5) ? 0 : niceLimit(random.range(100, 1000));
        } else {
            project.name = SimNames::projectName(i - privateCount);
            project.limitMicros = random.chance(0.25) ? 0 : niceLimit(logUniform(random, 500, 20000));
        }
        org.addProject(project);
    }
}

void SimGenerator::addGroups(SimOrganization& org)
{
    SimRandom& random = org.random();
    for (int i = 0; i < 4; ++i) {
        SimOrganization::Group group;
        group.id = random.uuid();
        group.name = SimNames::groupName(i);
        group.limitMicros = random.chance(0.3) ? 0 : niceLimit(logUniform(random, 1000, 30000));
        org.addGroup(group);
    }
}

void SimGenerator::addKeys(SimOrganization& org, const Settings& settings)
{
    SimRandom& random = org.random();
    const qint64 now = settings.now;
    const qint64 historyStart = (SimDemand::dayOf(now) - kHistoryDays) * kDay;
    const int userCount = int(org.users().size());
    const int projectCount = int(org.projects().size());
    const int groupCount = int(org.groups().size());
    QHash<QString, int> nameUse;
    const int total = qMax(2, settings.keys);
    org.reserveKeys(total + 64);
    for (int i = 0; i < total; ++i) {
        SimOrganization::Key key;
        key.id = random.uuid();
        key.creator = random.bounded(userCount);
        key.createdAt = historyStart - qint64(random.range(1, 300)) * kDay - random.bounded(int(kDay));
        assignTraffic(key, random, false);
        if (i < 2) {
            // The two management keys the simulator hands out: they read and write, never spend.
            key.name = i == 0 ? QStringLiteral("spendboard-admin") : QStringLiteral("spendboard-readonly");
            key.manage = i == 0 ? SimOrganization::Access::Write : SimOrganization::Access::Read;
            key.completions = SimOrganization::Access::None;
            key.secret = i == 0 ? settings.adminSecret : settings.readSecret;
            key.labels.insert(QStringLiteral("team"), QStringLiteral("platform"));
            key.demand.baseDailyMicros = 0;
            org.addKey(std::move(key));
            continue;
        }
        QString name = SimNames::keyName(random);
        const int use = ++nameUse[name];
        if (use > 1)
            name += QLatin1Char('-') + QString::number(use);
        key.name = name;
        key.manage = random.chance(0.05) ? SimOrganization::Access::Read : SimOrganization::Access::None;
        const double c = random.unit();
        key.completions = c < 0.02 ? SimOrganization::Access::None
                                   : (c < 0.05 ? SimOrganization::Access::Read : SimOrganization::Access::Write);
        if (random.chance(0.7)) {
            const double e = random.unit();
            key.labels.insert(QStringLiteral("env"),
                              e < 0.6 ? QStringLiteral("prod")
                                      : (e < 0.9 ? QStringLiteral("staging") : QStringLiteral("dev")));
        }
        if (random.chance(0.6))
            key.labels.insert(QStringLiteral("team"), SimNames::team(random));
        key.logging = random.chance(0.8);
        if (projectCount > 0 && random.chance(0.85))
            key.project = random.bounded(projectCount);
        if (random.chance(0.4))
            key.group = random.bounded(groupCount);
        if (random.chance(0.12))
            key.createdAt = now - qint64(random.range(3600, int(90 * kDay)));
        const double x = random.unit();
        if (x < 0.03)
            key.expiresAt = now - qint64(random.range(3600, int(20 * kDay)));
        else if (x < 0.06)
            key.expiresAt = now + qint64(random.range(7200, int(7 * kDay)));
        else if (x < 0.12)
            key.expiresAt = now + qint64(random.range(30, 365)) * kDay;
        if (total > 8 && i == 5) // at least one expired key and one that expires within the week
            key.expiresAt = now - qint64(random.range(1, 5)) * kDay;
        else if (total > 8 && i == 6)
            key.expiresAt = now + qint64(random.range(2, 6)) * kDay;
        if (random.chance(0.2) || (total > 8 && i == 7)) {
            key.limitMicros = 0;
            key.demand.baseDailyMicros = qint64(logUniform(random, 0.2, 150.0) * kDollar);
        } else {
            key.limitMicros = niceLimit(logUniform(random, 20, 5000));
            // About 25 weekday-equivalents of demand per month; u > 1 runs into the limit before month end.
            const double u = random.chance(0.1) ? 0.0 : 0.05 + 1.1 * random.unit();
            key.demand.baseDailyMicros = qint64(double(key.limitMicros) * u / 25.0);
        }
        if (i >= 2 && i <= 4 && total > 6) {
            // Threshold demo keys: no project cap, no expiry, steady traffic.
            key.project = -1;
            key.expiresAt = 0;
            key.completions = SimOrganization::Access::Write;
            key.demand.baseDailyMicros = qint64(logUniform(random, 40, 120) * kDollar);
            key.demand.weekendPercent = 100;
            key.limitMicros = 0;
            if (i == 4) // already at its limit: the cap has to be there while the month is replayed
                key.limitMicros = qMax<qint64>(5 * kDollar, ceilToCent(monthToDateDemand(key, now) * 0.7));
        }
        org.addKey(std::move(key));
    }
}

qint64 SimGenerator::monthToDateDemand(const SimOrganization::Key& key, qint64 now)
{
    qint64 sum = 0;
    const qint64 today = SimDemand::dayOf(now);
    for (qint64 day = monthStartDay(now); day <= today; ++day) {
        const int until = day == today ? int(now - day * kDay) : int(kDay);
        sum += SimDemand::between(key.demand, day, 0, until);
    }
    return sum;
}

qint64 SimGenerator::futureDemand(const SimOrganization::Key& key, qint64 now, qint64 seconds)
{
    qint64 sum = 0;
    for (qint64 t = now; t < now + seconds;) {
        const qint64 day = SimDemand::dayOf(t);
        const qint64 until = qMin(now + seconds, (day + 1) * kDay);
        sum += SimDemand::between(key.demand, day, int(t - day * kDay), int(until - day * kDay));
        t = until;
    }
    return sum;
}

void SimGenerator::placeNearThresholds(SimOrganization& org, qint64 now)
{
    // Demand is counted only up to the month's end: past it, monthly spend starts again from zero.
    const qint64 monthEnd = nextMonthStartDay(now) * kDay;
    auto soon = [&](const SimOrganization::Key& key, qint64 seconds) {
        return futureDemand(key, now, qMin(seconds, monthEnd - now));
    };
    // A limit placed a little above the spend to come, with a window that grows until the limit looks like
    // a real one (early in a month, a two-hour window would give a limit of a few dollars).
    auto place = [&](int index, qint64 window, double share) {
        const SimOrganization::Key& key = org.key(index);
        qint64 limit = 0;
        for (;; window *= 2) {
            limit = ceilToCent(double(key.monthSpendMicros + qMax<qint64>(soon(key, window), 10000)) / share);
            if (limit >= 50 * kDollar || window >= 48 * 3600)
                break;
        }
        org.setKeyLimit(index, limit);
    };
    const int keyCount = int(org.keys().size());
    if (keyCount > 6) {
        // Key 2 reaches 80 % after about two simulated hours of traffic, key 3 reaches 100 % after about three.
        place(2, 2 * 3600, 0.8);
        place(3, 3 * 3600, 1.0);
    }
    // One shared project with a limit reaches 80 % within about four simulated hours.
    for (int p = 0; p < int(org.projects().size()); ++p) {
        const SimOrganization::Project& project = org.projects()[size_t(p)];
        if (project.isPrivate || project.keyCount == 0)
            continue;
        qint64 upcoming = 0;
        for (const SimOrganization::Key& key : org.keys()) {
            if (key.project == p && !key.deleted && key.completions != SimOrganization::Access::None &&
                (key.expiresAt == 0 || key.expiresAt > now + 4 * 3600))
                upcoming += soon(key, 3 * 3600);
        }
        if (upcoming <= 0)
            continue;
        org.setProjectLimit(p, ceilToCent(double(project.monthSpendMicros + upcoming) / 0.8));
        qCDebug(lcSim) << "project near 80 %:" << project.name;
        break;
    }
}
