#pragma once

#include "apierror.h"
#include "apijob.h"
#include "managementapi.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <any>
#include <functional>

class QNetworkReply;

// What an endpoint asks of the transport.
struct TransportRequest
{
    QByteArray verb;        // "GET", "POST", "DELETE"
    QString path;           // "/v1/manage/apikey/<percent-encoded id>/limit"
    QUrlQuery query;        // already encoded
    QByteArray body;        // JSON; empty = none
    bool idempotent = true; // false (create): never retried
    // DELETE: a 404 on a retry means the first attempt did delete (its reply was lost): success.
    bool notFoundAfterRetryIsDone = false;
};

// The one place owning transport policy: one request with its retries. Builds requests (Bearer auth,
// JSON headers, transfer timeout), refuses plain http to non-loopback hosts without sending anything,
// follows at most kMaxRedirects same-origin redirects (never carries the key to another origin or
// scheme), caps the response size, maps HTTP status and network errors to ApiError, retries transient
// failures of idempotent calls with exponential backoff + jitter (honouring Retry-After), decodes large
// bodies in a worker thread, and delivers exactly one result on the context's thread (never after the
// context is destroyed). One QNetworkReply at a time.
class Transport final : public ApiJob
{
    Q_OBJECT
public:
    static constexpr int kMaxRedirects = 3;
    static constexpr qint64 kReadBufferBytes = 256 * 1024;

    struct Handlers
    {
        // Pure: turns a 2xx body into a Result<T> wrapped in std::any. May run in a worker thread.
        std::function<std::any(const QByteArray& body)> decode;
        // Called on the context's thread with what decode returned.
        std::function<void(std::any value)> deliverValue;
        // Called on the context's thread with a failure.
        std::function<void(const ApiError& error)> deliverError;
    };

    static ApiCall start(ManagementApi* api, TransportRequest request, QObject* context, Handlers handlers);
    ~Transport() override;

    void abort() override;
    bool isRunning() const override { return !m_finished; }

    // Policy helpers (pure; public for tests).
    static bool isLoopbackHost(const QString& host);
    static ApiError validateBaseUrl(const QUrl& url);
    static bool sameOrigin(const QUrl& a, const QUrl& b);
    static QUrl endpointUrl(const QUrl& base, const QString& path, const QUrlQuery& query);
    // Retry-After as delta-seconds or an HTTP date; -1 when absent or unreadable; 0 for a past date.
    static int parseRetryAfterSecs(const QByteArray& value, const QDateTime& nowUtc);
    // Delay before retry number `retry` (1 = first retry): base * 2^(retry-1), capped at maxMs, with
    // "equal jitter" (a random point in its upper half). `random` is any 32-bit random number.
    static int backoffMs(int retry, int baseMs, int maxMs, quint32 random);
    // Replaces every occurrence of `secret` in `text` (server messages may echo what they got).
    static QString redact(QString text, const QString& secret);

private:
    enum class AbortReason { None, TooLarge, RedirectRefused, TooManyRedirects };

    Transport(ManagementApi* api, TransportRequest request, QObject* context, Handlers handlers);
    void sendAttempt();
    void onRedirected(const QUrl& target);
    void onProgress(qint64 received, qint64 total);
    void onFinished();
    void onReadyRead();
    void handleFailure(ApiError error);
    void handleBody(const QByteArray& body);
    void finishWith(std::function<void()> delivery);
    void dropReply();
    ApiError networkError(QNetworkReply* reply, int status) const;

    QPointer<ManagementApi> m_api;
    QNetworkAccessManager* m_nam;
    QUrl m_baseUrl;
    QString m_apiKey;
    ManagementApi::Options m_options;
    TransportRequest m_request;
    QPointer<QObject> m_context;
    Handlers m_handlers;

    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    int m_attempt = 0;
    int m_redirects = 0;
    AbortReason m_abortReason = AbortReason::None;
    QUrl m_refusedTarget;
    QStringList m_sslErrors;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QByteArray m_body; // read as it arrives: a 3.5 MB reply is not copied in one piece when it ends
    QFutureWatcher<std::any>* m_decodeWatcher = nullptr;
    bool m_finished = false;
};
