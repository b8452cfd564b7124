#pragma once

#include "secretstore.h"

#include <QHash>

// A SecretStore in memory only: for tests, the demo mode and sessions without a keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void readSecret(const QString& profile, QObject* context, ReadCallback done) override;
    void writeSecret(const QString& profile, const QString& secret, QObject* context, DoneCallback done) override;
    void deleteSecret(const QString& profile, QObject* context, DoneCallback done) override;

    // Makes every later call fail with this error (tests of error paths); None restores normal service.
    void setFailure(const ApiError& error) { m_failure = error; }

private:
    QHash<QString, QString> m_secrets;
    ApiError m_failure;
};
