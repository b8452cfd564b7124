#pragma once

#include "connection.h"

#include "domain/clock.h"

#include <QObject>

#include <functional>
#include <memory>

class CommandLine;
class KeychainStore;
class ManagementApi;
class OrgStore;
class ProfileStore;
class QNetworkAccessManager;
class QSettings;
class Simulator;

// What `spendboard report` and `spendboard check` run on: the connection from the command line (the
// in-process simulator for --demo), a ManagementApi and an OrgStore loaded once. No window.
class HeadlessSession final : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessSession(QObject* parent = nullptr);
    ~HeadlessSession() override;

    using Done = std::function<void(const ApiError& error)>; // None = loaded
    void open(const CommandLine& commandLine, Done done);

    ManagementApi* api() const { return m_api; }
    OrgStore* store() const { return m_store.get(); }
    const Clock& clock() const { return *m_clock; }
    const Connection& connection() const { return m_connection; }

private:
    void connectTo(const Connection& connection, Done done);

    std::unique_ptr<QSettings> m_settings;
    ProfileStore* m_profiles;
    KeychainStore* m_secrets;
    QNetworkAccessManager* m_nam;
    ManagementApi* m_api;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<OrgStore> m_store;
    Connection m_connection;
};
