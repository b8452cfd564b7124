#include "apierror.h"

#include <QStringList>

ApiError::ApiError(Kind kind, int httpStatus, QString serverMessage, QString detail)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_serverMessage(std::move(serverMessage))
    , m_detail(std::move(detail))
{}

ApiError ApiError::badResponse(const QString& fieldPath, const QString& problem)
{
    return ApiError(Kind::BadResponse, 0, {},
                    fieldPath.isEmpty() ? problem : fieldPath + QStringLiteral(": ") + problem);
}

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return Kind::None;
    switch (httpStatus) {
    case 401:
        return Kind::Unauthorized;
    case 402:
        return Kind::OutOfCredit;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500 && httpStatus < 600)
        return Kind::Server;
    if (httpStatus >= 400 && httpStatus < 500)
        return Kind::BadRequest;
    // 1xx, unfollowed 3xx and nonsense: the reply cannot be used.
    return Kind::BadResponse;
}

ApiError ApiError::fromHttpStatus(int httpStatus, const QString& serverMessage, const QString& detail)
{
    const Kind kind = kindForStatus(httpStatus);
    QString d = detail;
    if (kind == Kind::BadResponse && d.isEmpty())
        d = QStringLiteral("unexpected HTTP status %1").arg(httpStatus);
    return ApiError(kind, httpStatus, serverMessage, d);
}

QString ApiError::userMessage() const
{
    if (!m_userMessage.isEmpty())
        return m_userMessage;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Cannot reach the server: check your connection.");
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Tls:
        return tr("The server's security certificate is not valid; the connection was refused.");
    case Kind::Insecure:
        if (m_httpStatus >= 300 && m_httpStatus < 400)
            return tr("The server redirected to another address; Spendboard refused to send the key there.");
        return tr("Refusing to send the key over an unencrypted connection: use https://.");
    case Kind::Unauthorized:
        return tr("The key was rejected: check it in Settings.");
    case Kind::OutOfCredit:
        return tr("The organization is out of credit: top up in the Requesty console.");
    case Kind::Forbidden:
        return tr("This key may not do that: it may have been revoked, or it lacks the management permission "
                  "(read to view, write to change). Check the key in Settings.");
    case Kind::NotFound:
        return tr("It no longer exists on the server: it may have been deleted elsewhere.");
    case Kind::Conflict:
        return tr("It was changed on the server since you opened it: review the current value and try again.");
    case Kind::RateLimited:
        if (m_retryAfterSecs > 0)
            return tr("The server is busy: Spendboard will try again in %n s.", nullptr, m_retryAfterSecs);
        return tr("The server is busy: Spendboard will try again shortly.");
    case Kind::Server:
        if (m_httpStatus > 0)
            return tr("The server had a problem (HTTP %1); this is usually temporary.").arg(m_httpStatus);
        return tr("The server had a problem; this is usually temporary.");
    case Kind::BadRequest:
        if (m_httpStatus == 0)
            return m_detail.isEmpty() ? tr("The request is not valid.")
                                      : tr("The request is not valid: %1.").arg(m_detail);
        if (!m_serverMessage.isEmpty())
            return tr("The server refused the request (HTTP %1): %2").arg(m_httpStatus).arg(m_serverMessage);
        return tr("The server refused the request (HTTP %1).").arg(m_httpStatus);
    case Kind::BadResponse:
        if (!m_detail.isEmpty())
            return tr("The server sent data Spendboard could not read (%1).").arg(m_detail);
        return tr("The server sent data Spendboard could not read.");
    case Kind::NoCredentials:
        return tr("No management key is stored for this profile.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    return {};
}

QString ApiError::technicalText() const
{
    QStringList parts;
    parts << kindName(m_kind);
    if (m_httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(m_httpStatus);
    if (m_retryAfterSecs > 0)
        parts << QStringLiteral("retry after %1 s").arg(m_retryAfterSecs);
    if (!m_serverMessage.isEmpty())
        parts << QStringLiteral("server: ") + m_serverMessage;
    if (!m_detail.isEmpty())
        parts << m_detail;
    return parts.join(QStringLiteral("; "));
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Insecure:
        return QStringLiteral("Insecure");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::OutOfCredit:
        return QStringLiteral("OutOfCredit");
    case Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::BadRequest:
        return QStringLiteral("BadRequest");
    case Kind::BadResponse:
        return QStringLiteral("BadResponse");
    case Kind::NoCredentials:
        return QStringLiteral("NoCredentials");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}
