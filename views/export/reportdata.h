#pragma once

#include "domain/money.h"
#include "domain/period.h"

#include <QDateTime>
#include <QList>
#include <QString>

class OrgStore;

// What the monthly PDF report shows, gathered from the store once (the report itself only draws).
struct ReportData
{
    struct Row
    {
        QString name;
        QString detail; // keys: the project's name; projects: the number of keys
        Limit limit;
        Money spend;
        Money forecast; // expected at the month end
    };

    QString organization;
    Period period;
    QDateTime asOf; // UTC
    Money spend;    // month to date
    Money balance;
    Money forecast; // organization, month end
    bool hasProjects = false;
    QList<Row> projects; // by spend, highest first
    QList<Row> keys;     // by spend, highest first

    static ReportData fromStore(const OrgStore& store);
};
