#pragma once

#include "alert.h"
#include "alertsettings.h"
#include "alertsubject.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// `spendboard check`: every entity at or over an alert threshold, projected to reach its limit this
// month, or (the organization) below the balance floor — regardless of snoozes, mutes and what has
// already fired, and without writing any state. Exit code 0 when nothing needs attention, 1 otherwise;
// the caller uses 2 for errors (no data, bad arguments).
class CheckReport
{
    Q_DECLARE_TR_FUNCTIONS(CheckReport)

public:
    static CheckReport build(const OrgSnapshot& snapshot, const AlertSettings& settings, const QDateTime& nowUtc,
                             const ForecastProvider& provider = {});

    // One Alert value per finding (id empty): the highest threshold reached, with the forecast date
    // when also projected to go over; a Forecast item when only projected; a Balance item for the floor.
    const QList<Alert>& items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    int exitCode() const { return m_items.isEmpty() ? 0 : 1; }
    QDateTime checkedAt() const { return m_checkedAt; }

    // Human text: a summary line, then one line per item ("WARNING  Key ci-bot reached 80 % …").
    QString toText() const;
    // {"checkedAt", "month", "status": "ok"|"alert", "count", "items": [{entityKind, entityId, name,
    //  kind, thresholdPercent, percentOfLimit, spend, limit, forecastDate, severity, message}]}
    // Amounts and percentOfLimit are exact decimal strings.
    QByteArray toJson() const;

private:
    QList<Alert> m_items;
    QDateTime m_checkedAt;
};
