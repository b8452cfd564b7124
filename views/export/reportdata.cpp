#include "reportdata.h"

#include "store/orgstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

void sortBySpend(QList<ReportData::Row>& rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const ReportData::Row& a, const ReportData::Row& b) {
        return a.spend != b.spend ? a.spend > b.spend : a.name.localeAwareCompare(b.name) < 0;
    });
}

} // namespace

ReportData ReportData::fromStore(const OrgStore& store)
{
    ReportData data;
    data.organization = store.organization().name;
    data.period = store.currentPeriod();
    data.asOf = store.asOf();
    data.spend = store.monthToDate(EntityRef::org());
    data.balance = store.organization().balance;
    data.forecast = store.forecast(EntityRef::org()).endOfMonth;
    data.hasProjects = store.hasProjects();
    for (const Project& p : store.projects()) {
        data.projects.append({p.name, QCoreApplication::translate("ReportData", "%n keys", nullptr, p.keyCount),
                              p.limit, p.spend, store.forecast(EntityRef::project(p.id)).endOfMonth});
    }
    for (const ApiKey& k : store.keys())
        data.keys.append({k.name, k.projectName, k.limit, k.spend, store.forecast(EntityRef::key(k.id)).endOfMonth});
    sortBySpend(data.projects);
    sortBySpend(data.keys);
    return data;
}
