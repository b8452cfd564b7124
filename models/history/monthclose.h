#pragma once

#include "csvtable.h"
#include "forecastaccuracy.h"

#include "alerts/alert.h"
#include "domain/money.h"
#include "domain/period.h"
#include "store/auditentry.h"
#include "store/entityref.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class AuditLog;
class HistoryDb;

// The month-close pack of one month: per key and project what was spent against which limit, the
// forecast made mid-month against the actual total, the alerts fired, every limit change made from
// the app and whether the change log's hash chain verifies. Tables for a PDF (drawn by the views) and
// the CSV files of the pack.
class MonthClose
{
    Q_DECLARE_TR_FUNCTIONS(MonthClose)
public:
    static constexpr int kMidMonthDay = 15;

    struct Line
    {
        EntityRef entity;
        QString name;
        QString projectId; // keys
        QString projectName;
        Limit limit;                // the last one recorded in the month
        Money spend;                // the month's total
        bool spendFromUsage = true; // false: no daily usage was recorded, the last monthly_spend is used
        std::optional<ForecastAccuracy::Made> midMonthForecast;

        bool overLimit() const { return limit.hasLimit() && spend >= limit.amount(); }
    };
    struct Summary
    {
        Period month;
        Money organizationTotal;
        int keyCount = 0;
        int keysOverLimit = 0;
        int projectCount = 0;
        int projectsOverLimit = 0;
        int limitChanges = 0;
        int alerts = 0;
        bool complete = false; // the month is over and its last day was recorded afterwards
        QDateTime lastSynced;
        bool chainChecked = false; // an audit log was given
        bool chainVerifies = false;
        QString chainDetail; // why it does not verify
    };

    // Reads everything the pack needs. `audit` and `alerts` are optional (no log: the summary says the
    // chain was not checked). Alerts are the alert history; only those of `month` are kept.
    static MonthClose build(const Period& month, const HistoryDb& history, const AuditLog* audit = nullptr,
                            const QList<Alert>& alerts = {});

    const Summary& summary() const { return m_summary; }
    const QList<Line>& keys() const { return m_keys; }         // by name
    const QList<Line>& projects() const { return m_projects; } // by name
    const QList<ForecastAccuracy>& forecastAccuracy() const { return m_accuracy; }
    const QList<AuditEntry>& limitChanges() const { return m_changes; } // oldest first
    const QList<Alert>& alerts() const { return m_alerts; }             // oldest first
    // "The change log verifies: …" / "does not verify: <why>" / "was not checked."
    QString chainStatusText() const;

    // The CSV tables of the pack, named by file.
    CsvTable keysTable() const;
    CsvTable projectsTable() const;
    CsvTable forecastAccuracyTable() const;
    CsvTable limitChangesTable() const;
    CsvTable alertsTable() const;
    CsvTable summaryTable() const;
    static QStringList
    fileNames(); // keys.csv, projects.csv, forecast_accuracy.csv, limit_changes.csv, alerts.csv, summary.csv

    // Writes the six files into `directory` (created if needed). Stops at the first failure.
    bool writeCsv(const QString& directory, QString* error = nullptr) const;

private:
    QString nameOf(const EntityRef& entity) const;

    Summary m_summary;
    QList<Line> m_keys;
    QList<Line> m_projects;
    QList<ForecastAccuracy> m_accuracy;
    QList<AuditEntry> m_changes;
    QList<Alert> m_alerts;
};
