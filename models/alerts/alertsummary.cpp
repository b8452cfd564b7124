#include "alertsummary.h"

#include <QLocale>

AlertSummary AlertSummary::compute(const OrgSnapshot& snapshot, const AlertSettings& settings, const QDateTime& nowUtc,
                                   const ForecastProvider& provider)
{
    AlertSummary sum;
    sum.hasData = true;
    sum.budget = settings.orgBudget;
    bool anyOver = false;
    bool anyWarning = false;
    for (const AlertSubject& s : AlertSubject::collect(snapshot, settings, nowUtc, provider)) {
        if (s.entity.kind == EntityRef::Kind::Organization) {
            sum.monthToDate = s.spend;
            sum.balanceLow = settings.balanceFloor && s.balance < *settings.balanceFloor;
            anyOver = anyOver || sum.balanceLow;
        }
        if (!s.limit.hasLimit())
            continue;
        const bool over = Money::reachesPercent(s.spend, s.limit.amount(), 100);
        const bool warning = !over && Money::reachesPercent(s.spend, s.limit.amount(), kWarningPercent);
        anyOver = anyOver || over;
        anyWarning = anyWarning || warning;
        if (!over && !warning && s.limitReachedAt) {
            ++sum.projected;
            anyWarning = true;
        }
        if (s.entity.kind == EntityRef::Kind::Key) {
            sum.keysOver += over ? 1 : 0;
            sum.keysWarning += warning ? 1 : 0;
        } else if (s.entity.kind == EntityRef::Kind::Project) {
            sum.projectsOver += over ? 1 : 0;
            sum.projectsWarning += warning ? 1 : 0;
        }
    }
    sum.level = anyOver ? Level::Over : anyWarning ? Level::Warning : Level::Ok;
    return sum;
}

QString AlertSummary::toolTip() const
{
    if (!hasData)
        return tr("No data yet");
    const QLocale locale;
    QStringList parts;
    if (budget.hasLimit())
        parts << tr("%1 of %2 this month").arg(monthToDate.format(locale), budget.amount().format(locale));
    else
        parts << tr("%1 this month").arg(monthToDate.format(locale));
    const QString warn = locale.toString(kWarningPercent);
    if (keysOver > 0)
        parts << tr("%n keys at their limit", nullptr, keysOver);
    if (keysWarning > 0)
        parts << tr("%n keys over %1 %", nullptr, keysWarning).arg(warn);
    if (projectsOver > 0)
        parts << tr("%n projects at their limit", nullptr, projectsOver);
    if (projectsWarning > 0)
        parts << tr("%n projects over %1 %", nullptr, projectsWarning).arg(warn);
    if (projected > 0)
        parts << tr("%n projected to exceed", nullptr, projected);
    if (balanceLow)
        parts << tr("balance below the floor");
    return parts.join(QStringLiteral(" · "));
}
