#include "transport.h"

#include "apilogging.h"
#include "decoders.h"

#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

Q_LOGGING_CATEGORY(lcApi, "spendboard.api")

namespace {

QString originText(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

bool isTransportLevel(QNetworkReply::NetworkError e)
{
    // 1..199: connection, TLS, timeout, redirect and proxy failures; ProtocolFailure/ProtocolUnknown: a
    // reply cut short or unusable. The other codes merely echo the HTTP status (400 is even reported as
    // ProtocolInvalidOperationError), which is mapped by itself.
    const int code = int(e);
    return (code > 0 && code < 200) || e == QNetworkReply::ProtocolFailure || e == QNetworkReply::ProtocolUnknownError;
}

} // namespace

Transport::Transport(ManagementApi* api, TransportRequest request, QObject* context, Handlers handlers)
    : ApiJob(api)
    , m_api(api)
    , m_nam(api->m_nam)
    , m_baseUrl(api->m_baseUrl)
    , m_apiKey(api->m_apiKey)
    , m_options(api->m_options)
    , m_request(std::move(request))
    , m_context(context ? context : api)
    , m_handlers(std::move(handlers))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Transport::sendAttempt);
    // The caller is gone: stop quietly, never call back.
    connect(m_context.data(), &QObject::destroyed, this, [this] {
        m_finished = true;
        dropReply();
        deleteLater();
    });
}

Transport::~Transport()
{
    dropReply();
    if (!m_finished && m_context) {
        // The API object went away first: still answer exactly once.
        const auto deliver = m_handlers.deliverError;
        const ApiError error(ApiError::Kind::Cancelled, 0, {}, QStringLiteral("the API client was destroyed"));
        QMetaObject::invokeMethod(
            m_context.data(), [deliver, error] { deliver(error); }, Qt::QueuedConnection);
    }
}

ApiCall Transport::start(ManagementApi* api, TransportRequest request, QObject* context, Handlers handlers)
{
    auto* job = new Transport(api, std::move(request), context, std::move(handlers));
    const ApiError urlError = validateBaseUrl(job->m_baseUrl);
    if (urlError.isError()) {
        job->handleFailure(urlError); // no network traffic at all
    } else if (job->m_apiKey.isEmpty()) {
        job->handleFailure(ApiError(ApiError::Kind::NoCredentials));
    } else {
        job->m_url = endpointUrl(job->m_baseUrl, job->m_request.path, job->m_request.query);
        job->sendAttempt();
    }
    return ApiCall(job);
}

void Transport::sendAttempt()
{
    if (m_finished)
        return;
    ++m_attempt;
    m_redirects = 0;
    m_abortReason = AbortReason::None;
    m_sslErrors.clear();
    m_body.clear();
    m_elapsed.start();

    QNetworkRequest req(m_url);
    req.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_apiKey.toUtf8());
    req.setRawHeader("Accept", "application/json");
    if (!m_request.body.isEmpty() || m_request.verb == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Spendboard/" SPENDBOARD_VERSION));
    req.setTransferTimeout(m_options.transferTimeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    req.setMaximumRedirectsAllowed(kMaxRedirects);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    QNetworkReply* reply = nullptr;
    if (m_request.verb == "GET")
        reply = m_nam->get(req);
    else if (m_request.verb == "POST")
        reply = m_nam->post(req, m_request.body);
    else if (m_request.verb == "DELETE" && m_request.body.isEmpty())
        reply = m_nam->deleteResource(req);
    else
        reply = m_nam->sendCustomRequest(req, m_request.verb, m_request.body);
    m_reply = reply;
    // Flow control: the network thread hands over at most this much at a time, so copying a 3.5 MB
    // reply is many short steps on this thread instead of a few long ones.
    reply->setReadBufferSize(kReadBufferBytes);

    connect(reply, &QNetworkReply::redirected, this, &Transport::onRedirected);
    connect(reply, &QNetworkReply::downloadProgress, this, &Transport::onProgress);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_reply)
            return;
        bool ok = false;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok)
            onProgress(0, length);
    });
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            m_sslErrors << e.errorString();
        // Never ignored: the handshake fails and finished() reports it.
    });
#endif
    connect(reply, &QNetworkReply::readyRead, this, &Transport::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &Transport::onFinished);
}

void Transport::onReadyRead()
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    if (m_body.isEmpty()) {
        bool ok = false;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && length > 0 && length <= m_options.maxResponseBytes)
            m_body.reserve(length);
    }
    // read() straight into the reserved buffer: readAll() would allocate, copy and grow a second buffer
    // per chunk (each fresh page faulted in again), which at 3.5 MB showed as a GUI stall.
    const qint64 available = m_reply->bytesAvailable();
    if (available <= 0)
        return;
    const qsizetype had = m_body.size();
    m_body.resize(had + available);
    const qint64 got = m_reply->read(m_body.data() + had, available);
    m_body.resize(had + std::max<qint64>(got, 0));
    onProgress(m_body.size(), -1);
}

void Transport::onRedirected(const QUrl& target)
{
    if (!m_reply)
        return;
    if (!sameOrigin(m_url, target)) {
        m_abortReason = AbortReason::RedirectRefused;
        m_refusedTarget = target;
        m_reply->abort();
        return;
    }
    if (m_redirects >= kMaxRedirects) {
        m_abortReason = AbortReason::TooManyRedirects;
        m_reply->abort();
        return;
    }
    ++m_redirects;
    m_body.clear(); // whatever came with the redirect is not the answer
    qCDebug(lcApi) << "following same-origin redirect of" << m_request.path;
    emit m_reply->redirectAllowed();
}

void Transport::onProgress(qint64 received, qint64 total)
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    if (received > m_options.maxResponseBytes || total > m_options.maxResponseBytes) {
        m_abortReason = AbortReason::TooLarge;
        m_reply->abort();
    }
}

void Transport::onFinished()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const qint64 elapsed = m_elapsed.elapsed();
    qCDebug(lcApi).noquote() << m_request.verb << m_request.path << "->" << status << "in" << elapsed << "ms"
                             << "(attempt" << m_attempt << ")";
    if (m_api)
        emit m_api->requestFinished(QString::fromLatin1(m_request.verb), m_request.path, status, elapsed);

    if (m_abortReason == AbortReason::TooLarge) {
        handleFailure(ApiError::badResponse(
            QStringLiteral("body"),
            QStringLiteral("response too large (over %1 bytes)").arg(m_options.maxResponseBytes)));
        return;
    }
    if (m_abortReason == AbortReason::RedirectRefused) {
        handleFailure(
            ApiError(ApiError::Kind::Insecure, (status >= 300 && status < 400) ? status : 302, {},
                     QStringLiteral("redirect to another origin refused: %1").arg(originText(m_refusedTarget))));
        return;
    }
    if (m_abortReason == AbortReason::TooManyRedirects) {
        handleFailure(ApiError::badResponse(QStringLiteral("redirect"), QStringLiteral("too many redirects")));
        return;
    }
    const QNetworkReply::NetworkError netError = reply->error();
    if (isTransportLevel(netError) || status <= 0) {
        handleFailure(networkError(reply, status));
        return;
    }
    QByteArray body = std::exchange(m_body, QByteArray());
    body.append(reply->readAll());
    if (status == 404 && m_request.notFoundAfterRetryIsDone && m_attempt > 1) {
        handleBody(QByteArray());
        return;
    }
    if (status >= 200 && status < 300) {
        if (body.size() > m_options.maxResponseBytes) {
            handleFailure(ApiError::badResponse(QStringLiteral("body"), QStringLiteral("response too large")));
            return;
        }
        handleBody(body);
        return;
    }
    ApiError error = ApiError::fromHttpStatus(status, redact(decodeErrorMessage(body), m_apiKey));
    const int retryAfter = parseRetryAfterSecs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if (retryAfter > 0)
        error.setRetryAfterSecs(retryAfter);
    handleFailure(error);
}

ApiError Transport::networkError(QNetworkReply* reply, int status) const
{
    const QNetworkReply::NetworkError e = reply->error();
    const QString text = redact(reply->errorString(), m_apiKey);
    switch (e) {
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TimeoutError:
        return ApiError(ApiError::Kind::Timeout, 0, {},
                        QStringLiteral("no reply within %1 ms").arg(m_options.transferTimeoutMs));
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError(ApiError::Kind::Tls, 0, {},
                        m_sslErrors.isEmpty() ? text : m_sslErrors.join(QStringLiteral("; ")));
    case QNetworkReply::InsecureRedirectError:
        return ApiError(ApiError::Kind::Insecure, status > 0 ? status : 302, {}, text);
    case QNetworkReply::TooManyRedirectsError:
        return ApiError::badResponse(QStringLiteral("redirect"), QStringLiteral("too many redirects"));
    case QNetworkReply::NoError:
        return ApiError::badResponse(QStringLiteral("status"), QStringLiteral("no HTTP status in the reply"));
    default:
        break;
    }
    if (!m_sslErrors.isEmpty())
        return ApiError(ApiError::Kind::Tls, 0, {}, m_sslErrors.join(QStringLiteral("; ")));
    return ApiError(ApiError::Kind::Network, 0, {}, text);
}

void Transport::handleFailure(ApiError error)
{
    if (m_finished)
        return;
    if (error.isTransient() && m_request.idempotent && m_attempt > 0 && m_attempt < m_options.maxAttempts) {
        int delayMs = backoffMs(m_attempt, m_options.baseBackoffMs, m_options.maxBackoffMs,
                                QRandomGenerator::global()->generate());
        bool retry = true;
        if (error.retryAfterSecs() > 0) {
            const qint64 asked = qint64(error.retryAfterSecs()) * 1000;
            // A wait longer than our cap is the scheduler's business: report it with the delay.
            retry = asked <= m_options.maxBackoffMs;
            delayMs = int(qMax<qint64>(delayMs, asked));
            delayMs = qMin(delayMs, m_options.maxBackoffMs);
        }
        if (retry) {
            qCInfo(lcApi).noquote() << "retrying" << m_request.verb << m_request.path << "in" << delayMs
                                    << "ms (attempt" << m_attempt + 1 << "of" << m_options.maxAttempts
                                    << "):" << error.technicalText();
            m_retryTimer.start(delayMs);
            return;
        }
    }
    if (error.kind() != ApiError::Kind::Cancelled)
        qCInfo(lcApi).noquote() << m_request.verb << m_request.path << "failed:" << error.technicalText();
    const auto deliver = m_handlers.deliverError;
    finishWith([deliver, error] { deliver(error); });
}

void Transport::handleBody(const QByteArray& body)
{
    const auto decode = m_handlers.decode;
    const auto deliver = m_handlers.deliverValue;
    if (body.size() < m_options.decodeInWorkerBytes) {
        std::any value = decode(body);
        finishWith([deliver, value] { deliver(value); });
        return;
    }
    // Big lists and series: parse off this thread, deliver here.
    m_decodeWatcher = new QFutureWatcher<std::any>(this);
    connect(m_decodeWatcher, &QFutureWatcherBase::finished, this, [this, deliver] {
        std::any value = m_decodeWatcher->result();
        m_decodeWatcher->deleteLater();
        m_decodeWatcher = nullptr;
        finishWith([deliver, value] { deliver(value); });
    });
    m_decodeWatcher->setFuture(QtConcurrent::run([decode, body] { return decode(body); }));
}

void Transport::finishWith(std::function<void()> delivery)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    if (m_context)
        QMetaObject::invokeMethod(m_context.data(), std::move(delivery), Qt::QueuedConnection);
    deleteLater();
}

void Transport::abort()
{
    if (m_finished)
        return;
    dropReply();
    if (m_decodeWatcher) {
        m_decodeWatcher->disconnect(this);
        m_decodeWatcher->deleteLater(); // the worker finishes on its own; its result is dropped
        m_decodeWatcher = nullptr;
    }
    const auto deliver = m_handlers.deliverError;
    const ApiError error(ApiError::Kind::Cancelled);
    finishWith([deliver, error] { deliver(error); });
}

void Transport::dropReply()
{
    m_retryTimer.stop();
    if (QNetworkReply* reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

bool Transport::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError Transport::validateBaseUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return ApiError(ApiError::Kind::BadRequest, 0, {}, QStringLiteral("the server address is not a valid URL"));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return ApiError(ApiError::Kind::Insecure, 0, {},
                        QStringLiteral("plain http to %1 (not a loopback address)").arg(url.host()));
    }
    return ApiError(ApiError::Kind::Insecure, 0, {}, QStringLiteral("unsupported scheme \"%1\"").arg(scheme.left(16)));
}

bool Transport::sameOrigin(const QUrl& a, const QUrl& b)
{
    const auto defaultPort = [](const QUrl& u) { return u.scheme() == QLatin1String("https") ? 443 : 80; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QUrl Transport::endpointUrl(const QUrl& base, const QString& path, const QUrlQuery& query)
{
    QUrl url = base.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString basePath = base.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

int Transport::parseRetryAfterSecs(const QByteArray& value, const QDateTime& nowUtc)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong secs = text.toLongLong(&ok);
    if (ok)
        return secs < 0 ? -1 : int(qMin<qlonglong>(secs, 24 * 3600));
    // IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT"
    const QString s = QString::fromLatin1(text);
    QDateTime when = QLocale::c().toDateTime(s, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid())
        when = QDateTime(when.date(), when.time(), QTimeZone::utc());
    else
        when = QDateTime::fromString(s, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    const qint64 delta = nowUtc.secsTo(when);
    return int(qBound(qint64(0), delta, qint64(24 * 3600)));
}

int Transport::backoffMs(int retry, int baseMs, int maxMs, quint32 random)
{
    qint64 delay = qMax(1, baseMs);
    for (int i = 1; i < retry && delay < maxMs; ++i)
        delay *= 2;
    delay = qMin<qint64>(delay, qMax(1, maxMs));
    const qint64 half = delay / 2;
    return int(delay - half + qint64(random % quint32(half + 1)));
}

QString Transport::redact(QString text, const QString& secret)
{
    if (secret.size() >= 4)
        text.replace(secret, QStringLiteral("[redacted]"));
    return text;
}
