#include "headlesssession.h"

#include "applogging.h"
#include "commandline.h"
#include "democlock.h"

#include "api/keychainstore.h"
#include "api/managementapi.h"
#include "api/profilestore.h"
#include "simulator.h"
#include "store/orgstore.h"

#include <QNetworkAccessManager>
#include <QSettings>

HeadlessSession::HeadlessSession(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_profiles(new ProfileStore(m_settings.get(), this))
    , m_secrets(new KeychainStore(this))
    , m_nam(new QNetworkAccessManager(this))
    , m_api(new ManagementApi(m_nam, this))
    , m_clock(std::make_unique<SystemClock>())
{}

HeadlessSession::~HeadlessSession()
{
    m_store.reset(); // before the clock and the simulator it may refer to
}

void HeadlessSession::open(const CommandLine& commandLine, Done done)
{
    if (commandLine.demo) {
        QString error;
        m_simulator = ConnectionResolver::startDemo(&error);
        if (!m_simulator) {
            ApiError e(ApiError::Kind::Network, 0, QString(), error);
            e.setUserMessage(tr("The demo could not start: %1").arg(error));
            done(e);
            return;
        }
        m_clock = std::make_unique<DemoClock>(m_simulator.get());
        connectTo(
            Connection{ConnectionResolver::demoProfileName(), m_simulator->url(), m_simulator->adminKey(), 0, true},
            std::move(done));
        return;
    }
    auto* resolver = new ConnectionResolver(m_profiles, m_secrets, this);
    resolver->resolve(commandLine, [this, resolver, done](Result<Connection> c) {
        resolver->deleteLater();
        if (!c) {
            done(c.error());
            return;
        }
        connectTo(c.value(), done);
    });
}

void HeadlessSession::connectTo(const Connection& connection, Done done)
{
    m_connection = connection;
    m_api->setBaseUrl(connection.baseUrl);
    m_api->setApiKey(connection.key);
    m_store = std::make_unique<OrgStore>(m_api, *m_clock);
    m_store->setProfileName(connection.profile);
    qCDebug(lcApp) << "headless session connecting to" << connection.baseUrl.toDisplayString();
    connect(m_store.get(), &OrgStore::refreshFinished, this,
            [this, done](bool ok) { done(ok ? ApiError() : m_store->lastError()); });
    m_store->refresh();
}
