#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

// The command line of `spendboard`:
//   spendboard [--demo | --profile NAME | --base-url URL] [--minimized]
//              [--screenshot FILE [--page PAGE] [--size WxH]]
//   spendboard report --month YYYY-MM [--demo | --profile NAME | --base-url URL] --format csv|json [--out FILE]
//   spendboard report --month YYYY-MM [--demo | --profile NAME | --base-url URL] --pack DIR
//   spendboard check [--demo | --profile NAME | --base-url URL] [--format text|json]
//   spendboard --version | --help
// The management key is never an argument: it comes from the profile's keychain entry or, with
// --base-url (and for headless use), from the SPENDBOARD_API_KEY environment variable.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Command { Gui, Report, Check, Version, Help };

    Command command = Command::Gui;
    bool demo = false;
    QString profile;
    QUrl baseUrl;
    bool minimized = false;
    QString screenshot; // file to write; empty = normal GUI
    QString page;       // overview|projects|keys|runway|alerts|activity; empty = last page
    QSize size{1280, 800};
    QString month;  // report: YYYY-MM
    QString format; // report: csv|json; check: text|json
    QString out;    // report: output file; empty = stdout
    QString pack;   // report: folder for the month-close pack; empty = a plain report

    // Parses `arguments` (with the program name first). Returns false with a message in error().
    bool parse(const QStringList& arguments);
    QString error() const { return m_error; }

    // Whether the command needs no GUI (decided before any QCoreApplication exists, so headless
    // commands run without a display).
    static bool isHeadless(int argc, char** argv);
    static QString helpText();
    static QString versionText(); // "Spendboard 0.1.0 (Qt 6.4.2)"

private:
    QString m_error;
};
