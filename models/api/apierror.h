#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// An error is a value: what kind, the HTTP status, the server's own words, a sentence for a finance
// user, and a technical detail for the Details box and logs (never containing a secret).
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        Network,      // DNS, refused, dropped connection
        Timeout,      // no reply within the transfer timeout
        Tls,          // certificate or handshake failure
        Insecure,     // refused to send the key over plain http to a non-loopback host
        Unauthorized, // 401
        OutOfCredit,  // 402
        Forbidden,    // 403
        NotFound,     // 404
        Conflict,     // 409, or the value changed on the server since the user saw it
        RateLimited,  // 429
        Server,       // 5xx
        BadRequest,   // 400 and other 4xx
        BadResponse,  // undecodable, oversized, wrong shape
        NoCredentials,
        Cancelled,
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus = 0, QString serverMessage = {}, QString detail = {});

    static ApiError badResponse(const QString& fieldPath, const QString& problem);
    // The kind for an HTTP status (2xx gives None); 429 etc. keep the status.
    static Kind kindForStatus(int httpStatus);
    static ApiError fromHttpStatus(int httpStatus, const QString& serverMessage = {}, const QString& detail = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    QString serverMessage() const { return m_serverMessage; }
    QString detail() const { return m_detail; }
    // Seconds the server asked us to wait (Retry-After), 0 when not given.
    int retryAfterSecs() const { return m_retryAfterSecs; }
    void setRetryAfterSecs(int s) { m_retryAfterSecs = s; }
    // Replaces the generated user message (keychain and other local failures that have no HTTP status).
    void setUserMessage(const QString& message) { m_userMessage = message; }

    // Plain words for a finance user: "The key was rejected: check it in Settings."
    QString userMessage() const;
    // Everything for the Details box: kind, status, server message, detail.
    QString technicalText() const;
    // A transient failure worth retrying for idempotent calls (network, timeout, 429, 5xx).
    bool isTransient() const;
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retryAfterSecs = 0;
    QString m_serverMessage;
    QString m_detail;
    QString m_userMessage;
};

Q_DECLARE_METATYPE(ApiError)
