#pragma once

#include "domain/period.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

class CommandLine;
class HeadlessSession;

// `spendboard report --month YYYY-MM --pack DIR`: records the freshly loaded data into the profile's
// usage history, builds the month close from it (with the audit log's hash chain checked and the
// profile's alert history) and writes the PDF and CSV files into DIR. Prints where the pack went and
// whether the change log verifies; exit code 0 when written (even when the chain does not verify: the
// pack says so), 2 on an error.
class PackCommand final : public QObject
{
    Q_OBJECT
public:
    explicit PackCommand(HeadlessSession* session, QObject* parent = nullptr);

    void run(const CommandLine& commandLine, std::function<void(int exitCode)> finished);

    // The profile's folder name for a connection: its profile, else the server's host (as the GUI).
    static QString profileName(const HeadlessSession& session);

private:
    HeadlessSession* m_session;
};
