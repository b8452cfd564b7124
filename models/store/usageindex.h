#pragma once

#include "orgsnapshot.h"

#include "domain/forecast.h"
#include "domain/money.h"
#include "domain/period.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

// The grouped usage of one snapshot, indexed once: per key, per project and for the organization a
// per-day spend array over the window [month start - 7 days, the day of `asOf`]. Built off the GUI
// thread for big organizations; immutable afterwards (safe to share between threads).
class UsageIndex
{
public:
    static constexpr int kPreviousDays = 7;

    UsageIndex() = default;
    static UsageIndex build(const OrgSnapshot& snapshot, const QDateTime& asOf);

    Period period() const { return m_period; }
    QDate firstDay() const { return m_firstDay; } // month start - kPreviousDays
    int dayCount() const { return m_dayCount; }   // kPreviousDays + days of the month up to asOf's day

    // Spend per day of the window; all zeros for an entity without usage. Implicitly shared: cheap to
    // copy and to compare with an earlier copy.
    QList<Money> window(const EntityRef& e) const;
    // A digest of window(e) (Digest, computed once when the index is built): what a table row built
    // from a window compares, instead of keeping the window.
    quint64 windowDigest(const EntityRef& e) const { return days(e).digest; }
    // Spend by model over this month, descending (organization only: the refresh groups by model org-wide).
    const QList<QPair<QString, Money>>& orgModels() const { return m_orgModels; }
    // The forecast of an entity from its window, as of `asOf` (the instant the index was built for).
    Forecast forecast(const EntityRef& e, Money monthToDate, Limit limit, const QDateTime& asOf) const;

    int indexedKeys() const { return int(m_keys.size()); }

private:
    int dayOffset(const QDateTime& bucketStart) const;

    Period m_period;
    QDate m_firstDay;
    int m_dayCount = 0;
    struct Days
    {
        QList<Money> money;
        quint64 digest = 0;
    };
    static void addAt(QHash<QString, Days>& hash, const QString& id, int day, int dayCount, Money spend);
    static quint64 digestOf(const QList<Money>& days);
    const Days& days(const EntityRef& e) const;

    QHash<QString, Days> m_keys;
    QHash<QString, Days> m_projects;
    Days m_org;
    Days m_zeros;
    QList<QPair<QString, Money>> m_orgModels;
};
