#include "memorysecretstore.h"

void MemorySecretStore::readSecret(const QString& profile, QObject* context, ReadCallback done)
{
    if (m_failure.isError())
        return deliver<QString>(context, done, m_failure);
    const auto it = m_secrets.constFind(profile);
    if (it == m_secrets.constEnd())
        return deliver<QString>(context, done, ApiError(ApiError::Kind::NoCredentials));
    deliver<QString>(context, done, it.value());
}

void MemorySecretStore::writeSecret(const QString& profile, const QString& secret, QObject* context, DoneCallback done)
{
    if (m_failure.isError())
        return deliver<Done>(context, done, m_failure);
    m_secrets.insert(profile, secret);
    deliver<Done>(context, done, Done{});
}

void MemorySecretStore::deleteSecret(const QString& profile, QObject* context, DoneCallback done)
{
    if (m_failure.isError())
        return deliver<Done>(context, done, m_failure);
    m_secrets.remove(profile);
    deliver<Done>(context, done, Done{});
}
