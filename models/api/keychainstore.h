#pragma once

#include "secretstore.h"

// The management keys in the OS keychain through QtKeychain: service "Spendboard", entry
// "profile:<name>", insecure (plain file) fallback off. Each operation is retried once after a short
// delay when the keychain service is not up yet (the Linux Secret Service often starts after the
// session). Headless use: when SPENDBOARD_API_KEY is set, readSecret returns it for every profile
// without touching the keychain.
class KeychainStore final : public SecretStore
{
    Q_OBJECT
public:
    static QString serviceName() { return QStringLiteral("Spendboard"); }
    static QString entryName(const QString& profile) { return QStringLiteral("profile:") + profile; }
    static QString environmentVariable() { return QStringLiteral("SPENDBOARD_API_KEY"); }
    // The trimmed value of SPENDBOARD_API_KEY, or empty.
    static QString environmentKey();

    explicit KeychainStore(QObject* parent = nullptr);

    void setEnvironmentOverride(bool use) { m_useEnvironment = use; }
    bool environmentOverride() const { return m_useEnvironment; }
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

    void readSecret(const QString& profile, QObject* context, ReadCallback done) override;
    void writeSecret(const QString& profile, const QString& secret, QObject* context, DoneCallback done) override;
    void deleteSecret(const QString& profile, QObject* context, DoneCallback done) override;

    // A QtKeychain failure (QKeychain::Error code and its text) as an error with a clear user message.
    static ApiError keychainError(int code, const QString& text);
    // Whether a failure may be the keychain service not being up yet (worth one retry).
    static bool isRetryable(int code);

private:
    enum class Op { Read, Write, Delete };
    void run(Op op, const QString& profile, const QString& secret, QObject* context, ReadCallback readDone,
             DoneCallback done, int attempt);

    bool m_useEnvironment = true;
    int m_retryDelayMs = 700;
};
