#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <functional>

// Asynchronous storage of a profile's management key. Every call answers exactly once, queued, on the
// thread of `context`, unless `context` is destroyed first. Failures are ApiError::Kind::NoCredentials
// with a user message saying what to do. Implementations never log or persist the secret elsewhere.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Result<Done>)>;

    using QObject::QObject;

    // The key of `profile`; NoCredentials ("No management key is stored for this profile.") when none.
    virtual void readSecret(const QString& profile, QObject* context, ReadCallback done) = 0;
    virtual void writeSecret(const QString& profile, const QString& secret, QObject* context, DoneCallback done) = 0;
    // Deleting a key that is not there succeeds.
    virtual void deleteSecret(const QString& profile, QObject* context, DoneCallback done) = 0;

    // For a renamed profile: read under `from`, write under `to`, then delete `from`. Nothing stored
    // under `from` is not an error (nothing to move).
    void moveSecret(const QString& from, const QString& to, QObject* context, DoneCallback done);

protected:
    // Queued delivery on the context's thread, dropped when the context is gone.
    template <typename T>
    static void deliver(QObject* context, const std::function<void(Result<T>)>& done, const Result<T>& result)
    {
        if (context && done)
            QMetaObject::invokeMethod(
                context, [done, result] { done(result); }, Qt::QueuedConnection);
    }
};
