#pragma once

#include "api/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class CommandLine;
class ProfileStore;
class SecretStore;
class Simulator;

// Where a session connects and with which key (held in memory only).
struct Connection
{
    QString profile; // "Demo" for --demo, "" for --base-url
    QUrl baseUrl;
    QString key;
    int refreshIntervalSecs = 0; // 0 = the app setting
    bool demo = false;
};

// Works out the connection from the command line: the in-process simulator (--demo), a URL with the
// key from SPENDBOARD_API_KEY (--base-url), or a profile (named, else the current one) with its key
// from the keychain (or SPENDBOARD_API_KEY). Answers once, asynchronously for keychain reads.
class ConnectionResolver final : public QObject
{
    Q_OBJECT
public:
    ConnectionResolver(ProfileStore* profiles, SecretStore* secrets, QObject* parent = nullptr);

    using Done = std::function<void(Result<Connection>)>;
    void resolve(const CommandLine& commandLine, Done done);
    // The key of a profile, from the secret store.
    void resolveProfile(const QString& name, Done done);

    // A running simulator for --demo (fast simulated time so the demo moves), or an error text.
    static std::unique_ptr<Simulator> startDemo(QString* error, double speed = 60.0);
    static QString demoProfileName() { return QStringLiteral("Demo"); }
    // NoCredentials error meaning "there is no profile yet" (the GUI then asks for a connection).
    static bool isNoProfile(const ApiError& error);

private:
    ProfileStore* m_profiles;
    SecretStore* m_secrets;
};
