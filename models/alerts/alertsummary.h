#pragma once

#include "alertsettings.h"
#include "alertsubject.h"

#include <QCoreApplication>

// The worst current state of an organization, for the tray icon and its tooltip. Pure function of a
// snapshot: ignores snoozes and what has fired (the icon shows where things stand, not what was said).
struct AlertSummary
{
    Q_DECLARE_TR_FUNCTIONS(AlertSummary)

public:
    // Warning from this share of a limit (and for a projected overrun); Over at 100 %.
    static constexpr int kWarningPercent = 80;

    enum class Level { Ok, Warning, Over };

    Level level = Level::Ok;
    Money monthToDate;   // the organization's
    Limit budget;        // the organization budget from the settings (none = not set)
    int keysWarning = 0; // keys at or over kWarningPercent but under their limit
    int keysOver = 0;    // keys at or over their limit
    int projectsWarning = 0;
    int projectsOver = 0;
    int projected = 0; // entities under kWarningPercent but projected to reach their limit this month
    bool balanceLow = false;
    bool hasData = false;

    static AlertSummary compute(const OrgSnapshot& snapshot, const AlertSettings& settings, const QDateTime& nowUtc,
                                const ForecastProvider& provider = {});

    // "$4,210.00 of $6,000.00 this month · 2 keys over 80 %" (money in the default QLocale).
    QString toolTip() const;
};
