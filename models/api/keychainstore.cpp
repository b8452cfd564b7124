#include "keychainstore.h"

#include "apilogging.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

KeychainStore::KeychainStore(QObject* parent)
    : SecretStore(parent)
{}

QString KeychainStore::environmentKey()
{
    return qEnvironmentVariable("SPENDBOARD_API_KEY").trimmed();
}

bool KeychainStore::isRetryable(int code)
{
    return code == QKeychain::NoBackendAvailable || code == QKeychain::OtherError;
}

ApiError KeychainStore::keychainError(int code, const QString& text)
{
    ApiError error(ApiError::Kind::NoCredentials, 0, {},
                   code == QKeychain::EntryNotFound ? QString()
                                                    : QStringLiteral("keychain: %1 (code %2)").arg(text).arg(code));
    const QString lower = text.toLower();
    bool noBus = lower.contains(QLatin1String("d-bus")) || lower.contains(QLatin1String("dbus")) ||
                 lower.contains(QLatin1String("autolaunch")) ||
                 lower.contains(QLatin1String("org.freedesktop.secrets"));
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Without a session bus QtKeychain's words vary ("The given address is empty", "Cannot autolaunch
    // D-Bus without X11 $DISPLAY"); the environment says it plainly.
    noBus = noBus || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#endif
    switch (code) {
    case QKeychain::EntryNotFound:
        break; // the default NoCredentials message
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        error.setUserMessage(
            ApiError::tr("The system keychain refused access to the management key: unlock it and try again."));
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error.setUserMessage(noBus
                                 ? ApiError::tr("Cannot reach the system keychain (no D-Bus session): start a desktop "
                                                "session with a keyring, or set SPENDBOARD_API_KEY for headless use.")
                                 : ApiError::tr("No system keychain is available: install and start one (for "
                                                "example GNOME Keyring or KWallet), or set SPENDBOARD_API_KEY for "
                                                "headless use."));
        break;
    default:
        error.setUserMessage(noBus
                                 ? ApiError::tr("Cannot reach the system keychain (no D-Bus session): start a desktop "
                                                "session with a keyring, or set SPENDBOARD_API_KEY for headless use.")
                                 : ApiError::tr("The system keychain failed: %1").arg(text));
        break;
    }
    return error;
}

void KeychainStore::readSecret(const QString& profile, QObject* context, ReadCallback done)
{
    if (m_useEnvironment) {
        const QString fromEnv = environmentKey();
        if (!fromEnv.isEmpty()) {
            qCDebug(lcApi) << "using the management key from SPENDBOARD_API_KEY";
            deliver<QString>(context, done, fromEnv);
            return;
        }
    }
    run(Op::Read, profile, {}, context, std::move(done), {}, 0);
}

void KeychainStore::writeSecret(const QString& profile, const QString& secret, QObject* context, DoneCallback done)
{
    if (secret.trimmed().isEmpty()) {
        deliver<Done>(context, done,
                      ApiError(ApiError::Kind::BadRequest, 0, {}, QStringLiteral("the management key is empty")));
        return;
    }
    run(Op::Write, profile, secret.trimmed(), context, {}, std::move(done), 0);
}

void KeychainStore::deleteSecret(const QString& profile, QObject* context, DoneCallback done)
{
    run(Op::Delete, profile, {}, context, {}, std::move(done), 0);
}

void KeychainStore::run(Op op, const QString& profile, const QString& secret, QObject* context, ReadCallback readDone,
                        DoneCallback done, int attempt)
{
    QKeychain::Job* job = nullptr;
    const QString service = serviceName();
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(service, this);
        break;
    case Op::Write: {
        auto* write = new QKeychain::WritePasswordJob(service, this);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Op::Delete:
        job = new QKeychain::DeletePasswordJob(service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(profile));
    const QPointer<QObject> ctx(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, op, profile, secret, ctx, readDone, done, attempt](QKeychain::Job* finished) {
                const QKeychain::Error code = finished->error();
                if (code == QKeychain::NoError || (op == Op::Delete && code == QKeychain::EntryNotFound)) {
                    if (op == Op::Read)
                        deliver<QString>(ctx, readDone, static_cast<QKeychain::ReadPasswordJob*>(finished)->textData());
                    else
                        deliver<Done>(ctx, done, Done{});
                    return;
                }
                const QString text = finished->errorString();
                if (attempt == 0 && isRetryable(code)) {
                    qCInfo(lcApi).noquote() << "keychain not ready, retrying once:" << text;
                    QTimer::singleShot(m_retryDelayMs, this, [this, op, profile, secret, ctx, readDone, done] {
                        if (ctx)
                            run(op, profile, secret, ctx, readDone, done, 1);
                    });
                    return;
                }
                const ApiError error = keychainError(code, text);
                if (code != QKeychain::EntryNotFound)
                    qCWarning(lcApi).noquote() << "keychain failure:" << error.technicalText();
                if (op == Op::Read)
                    deliver<QString>(ctx, readDone, error);
                else
                    deliver<Done>(ctx, done, error);
            });
    job->start();
}
