#include "managementapi.h"

#include "apijob.h"
#include "apilogging.h"
#include "capabilityprobe.h"
#include "createkeyjob.h"
#include "decoders.h"
#include "encoders.h"
#include "transport.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QNetworkReply>

#include <any>
#include <functional>

ApiCall::ApiCall(QNetworkReply* reply)
    : m_reply(reply)
{}

ApiCall::ApiCall(ApiJob* job)
    : m_job(job)
{}

void ApiCall::abort()
{
    if (auto* job = qobject_cast<ApiJob*>(m_job.data()))
        job->abort();
    if (m_reply && m_reply->isRunning())
        m_reply->abort();
}

bool ApiCall::isRunning() const
{
    if (auto* job = qobject_cast<ApiJob*>(m_job.data()))
        return job->isRunning();
    return m_reply && m_reply->isRunning();
}

namespace {

template <typename T>
using Decode = std::function<Result<T>(const QByteArray&)>;

Result<Done> decodeDone(const QByteArray&)
{
    return Done{};
}

template <typename T>
ApiCall send(ManagementApi* api, TransportRequest request, Decode<T> decode, QObject* context,
             ManagementApi::Callback<T> done)
{
    Transport::Handlers handlers;
    handlers.decode = [decode](const QByteArray& body) { return std::any(decode(body)); };
    const QString path = request.path;
    handlers.deliverValue = [done, path](std::any value) {
        Result<T> result = std::any_cast<Result<T>>(std::move(value));
        if (!result.ok())
            qCWarning(lcApi).noquote() << "cannot read the reply of" << path << "-" << result.error().detail();
        done(std::move(result));
    };
    handlers.deliverError = [done](const ApiError& error) { done(Result<T>(error)); };
    return Transport::start(api, std::move(request), context, std::move(handlers));
}

// A request refused before any traffic: the callback still runs queued, on the context's thread.
template <typename T>
ApiCall failNow(ManagementApi* api, QObject* context, const ManagementApi::Callback<T>& done, const ApiError& error)
{
    qCInfo(lcApi).noquote() << "request refused:" << error.technicalText();
    QMetaObject::invokeMethod(
        context ? context : api, [done, error] { done(Result<T>(error)); }, Qt::QueuedConnection);
    return ApiCall();
}

ApiError badArgument(const QString& what)
{
    return ApiError(ApiError::Kind::BadRequest, 0, {}, what);
}

// An id as one path segment: percent-encoded, and never "." or ".." (which would walk the path).
QString segment(const QString& id, ApiError* error)
{
    if (id.isEmpty() || id == QLatin1String(".") || id == QLatin1String("..") || id.size() > 256) {
        *error = badArgument(QStringLiteral("the id is empty or not valid"));
        return {};
    }
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

ApiError checkLimit(const Limit& limit)
{
    if (limit.hasLimit() && limit.amount().isNegative())
        return badArgument(QStringLiteral("the monthly limit must not be negative"));
    if (limit.hasLimit() && limit.amount().micros() > Money::kMaxMicros)
        return badArgument(QStringLiteral("the monthly limit is too large"));
    return {};
}

TransportRequest get(const QString& path, const QUrlQuery& query = {})
{
    TransportRequest r;
    r.verb = "GET";
    r.path = path;
    r.query = query;
    return r;
}

TransportRequest post(const QString& path, const QByteArray& body, bool idempotent = true)
{
    TransportRequest r;
    r.verb = "POST";
    r.path = path;
    r.body = body;
    r.idempotent = idempotent;
    return r;
}

const QString kKeys = QStringLiteral("/v1/manage/apikey");
const QString kProjects = QStringLiteral("/v1/manage/project");

} // namespace

ManagementApi::ManagementApi(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
{
    qRegisterMetaType<ApiError>();
}

ManagementApi::~ManagementApi() = default;

void ManagementApi::setBaseUrl(const QUrl& url)
{
    m_baseUrl = url;
}

void ManagementApi::setApiKey(const QString& key)
{
    m_apiKey = key.trimmed();
}

ApiError ManagementApi::validateBaseUrl(const QUrl& url)
{
    return Transport::validateBaseUrl(url);
}

ApiCall ManagementApi::checkAuth(QObject* context, Callback<Done> done)
{
    return send<Done>(this, get(QStringLiteral("/v1/auth/check")), decodeDone, context, std::move(done));
}

ApiCall ManagementApi::getOrganization(QObject* context, Callback<Organization> done)
{
    return send<Organization>(this, get(QStringLiteral("/v1/manage/org")), decodeOrganization, context,
                              std::move(done));
}

// The key list of a big organization is the one large reply of every refresh (3.5 MB for 10 000 keys),
// and while nobody spends it is the same bytes each time: a body with the digest of the last one gets
// the keys decoded from it (the same shared list, which also makes comparing them with the shown ones
// instant). Decoding runs on worker threads, hence the lock.
struct ManagementApi::KeyListMemo
{
    QMutex mutex;
    QByteArray digest;
    QList<ApiKey> keys;
};

ApiCall ManagementApi::listKeys(QObject* context, Callback<QList<ApiKey>> done)
{
    if (!m_keyListMemo)
        m_keyListMemo = std::make_shared<KeyListMemo>();
    auto decode = [memo = m_keyListMemo](const QByteArray& body) {
        const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
        {
            const QMutexLocker lock(&memo->mutex);
            if (digest == memo->digest)
                return Result<QList<ApiKey>>(memo->keys);
        }
        Result<QList<ApiKey>> decoded = decodeKeyList(body);
        if (decoded.ok()) {
            shareRepeatedStrings(decoded.value());
            const QMutexLocker lock(&memo->mutex);
            memo->digest = digest;
            memo->keys = decoded.value();
        }
        return decoded;
    };
    return send<QList<ApiKey>>(this, get(kKeys), decode, context, std::move(done));
}

ApiCall ManagementApi::getKey(const QString& idOrSelf, QObject* context, Callback<ApiKey> done)
{
    ApiError error;
    const QString id = segment(idOrSelf, &error);
    if (error.isError())
        return failNow(this, context, done, error);
    return send<ApiKey>(this, get(kKeys + u'/' + id), decodeKey, context, std::move(done));
}

ApiCall ManagementApi::createKey(const NewApiKey& key, QObject* context, Callback<CreatedApiKey> done)
{
    if (key.name.trimmed().isEmpty())
        return failNow(this, context, done, badArgument(QStringLiteral("the key needs a name")));
    const ApiError limitError = checkLimit(key.limit);
    if (limitError.isError())
        return failNow(this, context, done, limitError);
    auto* job = new CreateKeyJob(this, key, context, std::move(done));
    job->start(send<CreatedApiKey>(this, post(kKeys, encodeCreateKeyBody(key), false), decodeCreatedKey, job,
                                   [job](Result<CreatedApiKey> result) { job->created(std::move(result)); }));
    return ApiCall(job);
}

ApiCall ManagementApi::deleteKey(const QString& id, QObject* context, Callback<Done> done)
{
    ApiError error;
    const QString seg = segment(id, &error);
    if (error.isError())
        return failNow(this, context, done, error);
    TransportRequest r;
    r.verb = "DELETE";
    r.path = kKeys + u'/' + seg;
    r.notFoundAfterRetryIsDone = true;
    return send<Done>(this, std::move(r), decodeDone, context, std::move(done));
}

ApiCall ManagementApi::setKeyLimit(const QString& id, Limit limit, QObject* context, Callback<Done> done)
{
    ApiError error = checkLimit(limit);
    const QString seg = segment(id, &error);
    if (error.isError())
        return failNow(this, context, done, error);
    return send<Done>(this, post(kKeys + u'/' + seg + QStringLiteral("/limit"), encodeLimitBody(limit)), decodeDone,
                      context, std::move(done));
}

ApiCall ManagementApi::setKeyLabels(const QString& id, const QMap<QString, QString>& labels, QObject* context,
                                    Callback<Done> done)
{
    ApiError error;
    const QString seg = segment(id, &error);
    if (labels.contains(QString()))
        error = badArgument(QStringLiteral("a label needs a name"));
    if (error.isError())
        return failNow(this, context, done, error);
    return send<Done>(this, post(kKeys + u'/' + seg + QStringLiteral("/label"), encodeLabelsBody(labels)), decodeDone,
                      context, std::move(done));
}

ApiCall ManagementApi::setKeyExpiry(const QString& id, const QDateTime& expiresAt, QObject* context,
                                    Callback<Done> done)
{
    ApiError error;
    const QString seg = segment(id, &error);
    if (error.isError())
        return failNow(this, context, done, error);
    return send<Done>(this, post(kKeys + u'/' + seg + QStringLiteral("/expiry"), encodeExpiryBody(expiresAt)),
                      decodeDone, context, std::move(done));
}

ApiCall ManagementApi::keyUsage(const QString& idOrSelf, const UsageQuery& query, QObject* context,
                                Callback<UsageSeries> done)
{
    ApiError error;
    const QString seg = segment(idOrSelf, &error);
    const QString problem = query.validate();
    if (!problem.isEmpty())
        error = badArgument(problem);
    if (error.isError())
        return failNow(this, context, done, error);
    return send<UsageSeries>(this, get(kKeys + u'/' + seg + QStringLiteral("/usage"), query.toUrlQuery()), decodeUsage,
                             context, std::move(done));
}

ApiCall ManagementApi::orgUsage(const UsageQuery& query, QObject* context, Callback<UsageSeries> done)
{
    const QString problem = query.validate();
    if (!problem.isEmpty())
        return failNow(this, context, done, badArgument(problem));
    return send<UsageSeries>(this, get(QStringLiteral("/v1/manage/org/usage"), query.toUrlQuery()), decodeUsage,
                             context, std::move(done));
}

ApiCall ManagementApi::listProjects(QObject* context, Callback<QList<Project>> done)
{
    return send<QList<Project>>(this, get(kProjects), decodeProjects, context, std::move(done));
}

ApiCall ManagementApi::getProject(const QString& id, QObject* context, Callback<Project> done)
{
    ApiError error;
    const QString seg = segment(id, &error);
    if (error.isError())
        return failNow(this, context, done, error);
    return send<Project>(this, get(kProjects + u'/' + seg), decodeProject, context, std::move(done));
}

ApiCall ManagementApi::setProjectLimit(const QString& id, Limit limit, QObject* context, Callback<Done> done)
{
    ApiError error = checkLimit(limit);
    const QString seg = segment(id, &error);
    if (error.isError())
        return failNow(this, context, done, error);
    return send<Done>(this, post(kProjects + u'/' + seg + QStringLiteral("/limit"), encodeLimitBody(limit)), decodeDone,
                      context, std::move(done));
}

ApiCall ManagementApi::checkGroups(QObject* context, Callback<Done> done)
{
    return send<Done>(this, get(QStringLiteral("/v1/manage/group")), decodeDone, context, std::move(done));
}

ApiCall ManagementApi::detectCapabilities(QObject* context, Callback<Capabilities> done)
{
    auto* probe = new CapabilityProbe(this, context, std::move(done));
    probe->start();
    return ApiCall(probe);
}
