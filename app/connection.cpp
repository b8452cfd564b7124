#include "connection.h"

#include "commandline.h"

#include "api/keychainstore.h"
#include "api/managementapi.h"
#include "api/profilestore.h"
#include "api/secretstore.h"
#include "simulator.h"

namespace {

const QString kNoProfileDetail = QStringLiteral("no-profile");

ApiError noProfile()
{
    ApiError e(ApiError::Kind::NoCredentials, 0, QString(), kNoProfileDetail);
    e.setUserMessage(ConnectionResolver::tr("There is no connection yet: add your management key under Tools → "
                                            "Connections…, or start with --demo to look around."));
    return e;
}

} // namespace

ConnectionResolver::ConnectionResolver(ProfileStore* profiles, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{}

bool ConnectionResolver::isNoProfile(const ApiError& error)
{
    return error.kind() == ApiError::Kind::NoCredentials && error.detail() == kNoProfileDetail;
}

std::unique_ptr<Simulator> ConnectionResolver::startDemo(QString* error, double speed)
{
    Simulator::Options options;
    options.speed = speed;
    auto sim = std::make_unique<Simulator>(options);
    if (!sim->start(error))
        return nullptr;
    return sim;
}

void ConnectionResolver::resolve(const CommandLine& commandLine, Done done)
{
    if (!commandLine.baseUrl.isEmpty()) {
        const ApiError insecure = ManagementApi::validateBaseUrl(commandLine.baseUrl);
        if (insecure.isError()) {
            done(insecure);
            return;
        }
        const QString key = KeychainStore::environmentKey();
        if (key.isEmpty()) {
            ApiError e(ApiError::Kind::NoCredentials);
            e.setUserMessage(tr("--base-url needs the management key in the SPENDBOARD_API_KEY environment variable."));
            done(e);
            return;
        }
        done(Connection{QString(), commandLine.baseUrl, key, 0, false});
        return;
    }
    const QString name = commandLine.profile.isEmpty() ? m_profiles->currentName() : commandLine.profile;
    if (name.isEmpty() || !m_profiles->contains(name)) {
        if (!commandLine.profile.isEmpty()) {
            ApiError e(ApiError::Kind::NoCredentials);
            e.setUserMessage(tr("There is no profile named “%1”.").arg(commandLine.profile));
            done(e);
            return;
        }
        done(noProfile());
        return;
    }
    resolveProfile(name, std::move(done));
}

void ConnectionResolver::resolveProfile(const QString& name, Done done)
{
    const std::optional<Profile> profile = m_profiles->profile(name);
    if (!profile) {
        done(noProfile());
        return;
    }
    m_secrets->readSecret(name, this, [profile = *profile, done](Result<QString> secret) {
        if (!secret) {
            done(secret.error());
            return;
        }
        done(Connection{profile.name, profile.baseUrl, secret.value(), profile.refreshIntervalSecs, false});
    });
}
