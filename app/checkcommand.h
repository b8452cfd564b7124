#pragma once

#include <QObject>

#include <functional>

class AppSettings;
class CommandLine;
class HeadlessSession;
struct AlertSettings;

// `spendboard check [--format text|json]`: what needs attention now (thresholds reached, projected
// overruns, low balance), from the alert engine's CheckReport. Exit code 0 nothing, 1 something,
// 2 an error (message on stderr).
class CheckCommand final : public QObject
{
    Q_OBJECT
public:
    explicit CheckCommand(HeadlessSession* session, QObject* parent = nullptr);

    void run(const CommandLine& commandLine, std::function<void(int exitCode)> finished);

    // The alert settings the GUI uses, from AppSettings.
    static AlertSettings alertSettings(const AppSettings& settings);

private:
    HeadlessSession* m_session;
};
