#pragma once

#include "domain/apikey.h"
#include "domain/money.h"
#include "domain/period.h"
#include "domain/usage.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class CommandLine;
class HeadlessSession;
class OrgStore;

// `spendboard report --month YYYY-MM --format csv|json [--out FILE]`: one row per key with its limit,
// spend, share of the limit and forecast. Amounts are exact plain decimals (no currency sign, no
// grouping); "no limit" is an empty field (CSV) or null (JSON). The current month comes from the live
// key list; a past month from the organization's usage grouped by api_key_id (limits as they are now,
// forecast = spend since the month is over).
class ReportCommand final : public QObject
{
    Q_OBJECT
public:
    struct Row
    {
        QString keyId;
        QString name;
        QString project;
        Limit limit;
        Money spend;
        Money forecast;
    };

    explicit ReportCommand(HeadlessSession* session, QObject* parent = nullptr);

    // Runs on an opened session; `finished` gets the exit code (0 ok, 2 error, message on stderr).
    void run(const CommandLine& commandLine, std::function<void(int exitCode)> finished);

    static QList<Row> currentRows(const OrgStore& store);
    static QList<Row> pastRows(const UsageSeries& usage, const QList<ApiKey>& keys);
    // "82.15": the spend as a percentage of the limit, rounded half up to 2 decimals; empty: no limit.
    static QString percentText(Money spend, Limit limit);
    // RFC 4180: header, CRLF line ends, fields quoted when they hold a comma, quote or line break.
    static QByteArray toCsv(const QList<Row>& rows);
    static QByteArray toJson(const QList<Row>& rows, const Period& month, const QString& organization);

private:
    void write(const CommandLine& commandLine, const QList<Row>& rows, const Period& month,
               const std::function<void(int)>& finished);

    HeadlessSession* m_session;
};
