#pragma once

#include "apierror.h"
#include "result.h"
#include "usagequery.h"

#include "domain/apikey.h"
#include "domain/organization.h"
#include "domain/project.h"
#include "domain/usage.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class ApiJob;
class QNetworkAccessManager;
class QNetworkReply;

// What a server offers beyond the key endpoints (detected once after connecting).
struct Capabilities
{
    bool projects = false;        // GET /v1/manage/project answered (404 => none)
    bool orgUsage = false;        // GET /v1/manage/org/usage answered
    bool groups = false;          // GET /v1/manage/group answered
    Access manage = Access::None; // the calling key's manage permission (from apikey/self)
    QString selfKeyId;
    QString selfKeyName;
    // A probe failed for a passing reason (5xx, 429, an unreadable body): the flags above are a guess for
    // this refresh only, and the next refresh asks again. Only a 404 means "not offered".
    bool tentative = false;

    bool canEdit() const { return manage == Access::Write; }
    bool operator==(const Capabilities& o) const
    {
        return projects == o.projects && orgUsage == o.orgUsage && groups == o.groups && manage == o.manage &&
               selfKeyId == o.selfKeyId && selfKeyName == o.selfKeyName && tentative == o.tentative;
    }
    bool operator!=(const Capabilities& o) const { return !(*this == o); }
};

// A weak handle on one running call. abort() stops it (the callback then receives Kind::Cancelled,
// queued); dropping or resetting the handle does not cancel anything, so fire-and-forget calls are fine.
// Destroying the call's context object cancels it silently (no callback). Harmless after completion.
class ApiCall
{
public:
    ApiCall() = default;
    explicit ApiCall(QNetworkReply* reply);
    explicit ApiCall(ApiJob* job);
    void abort();
    bool isRunning() const;

private:
    QPointer<QNetworkReply> m_reply;
    QPointer<QObject> m_job; // an ApiJob
};

// The Requesty management API (Gen 2) plus the Spendboard project extension, over one
// QNetworkAccessManager. Every method is asynchronous: `done` is called exactly once, on the thread of
// `context`, unless `context` is destroyed first (then never). Transport policy (timeouts, retries with
// backoff for idempotent calls, Retry-After, size cap, HTTPS-only except loopback, no Authorization
// across hosts) lives in one place (transport.cpp); endpoint code never repeats it.
class ManagementApi final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int transferTimeoutMs = 20'000;
        int maxAttempts = 4;     // idempotent calls only; create is never retried
        int baseBackoffMs = 500; // doubled per attempt, with jitter
        int maxBackoffMs = 30'000;
        qint64 maxResponseBytes = 64LL * 1024 * 1024;
        // Response bodies at least this large are decoded in a worker thread (QtConcurrent); smaller ones
        // on the spot. 0 = always in a worker.
        qint64 decodeInWorkerBytes = 256 * 1024;
    };

    ManagementApi(QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~ManagementApi() override;

    void setBaseUrl(const QUrl& url); // e.g. https://api-v2.requesty.ai or http://127.0.0.1:PORT
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString& key); // held in memory only
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setOptions(const Options& options) { m_options = options; }
    Options options() const { return m_options; }

    // Checks the base URL: https, or http only to a loopback host. Returns an Insecure error otherwise.
    static ApiError validateBaseUrl(const QUrl& url);

    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    ApiCall checkAuth(QObject* context, Callback<Done> done);                         // GET /v1/auth/check
    ApiCall getOrganization(QObject* context, Callback<Organization> done);           // GET /v1/manage/org
    ApiCall listKeys(QObject* context, Callback<QList<ApiKey>> done);                 // GET /v1/manage/apikey
    ApiCall getKey(const QString& idOrSelf, QObject* context, Callback<ApiKey> done); // GET /apikey/{id}
    // POST /apikey (never retried), then the label and expiry calls when NewApiKey asks for them. Once the
    // key exists the callback gets the secret even if a follow-up fails (see createFollowUpFailed).
    ApiCall createKey(const NewApiKey& key, QObject* context, Callback<CreatedApiKey> done); // POST /apikey
    ApiCall deleteKey(const QString& id, QObject* context, Callback<Done> done);             // DELETE /apikey/{id}
    ApiCall setKeyLimit(const QString& id, Limit limit, QObject* context, Callback<Done> done);
    ApiCall setKeyLabels(const QString& id, const QMap<QString, QString>& labels, QObject* context,
                         Callback<Done> done);
    ApiCall setKeyExpiry(const QString& id, const QDateTime& expiresAt /* invalid = never */, QObject* context,
                         Callback<Done> done);
    ApiCall keyUsage(const QString& idOrSelf, const UsageQuery& query, QObject* context, Callback<UsageSeries> done);
    ApiCall orgUsage(const UsageQuery& query, QObject* context, Callback<UsageSeries> done);
    ApiCall listProjects(QObject* context, Callback<QList<Project>> done); // 404 => NotFound (no projects)
    ApiCall getProject(const QString& id, QObject* context, Callback<Project> done);
    ApiCall setProjectLimit(const QString& id, Limit limit, QObject* context, Callback<Done> done);
    ApiCall checkGroups(QObject* context, Callback<Done> done); // GET /v1/manage/group answers 2xx

    // Runs the probes above (self key, projects, org usage, groups) and reports what the server offers.
    // Fails only when the key itself is rejected or the server is unreachable.
    ApiCall detectCapabilities(QObject* context, Callback<Capabilities> done);

signals:
    // Every finished request, for the activity/debug log (path and status only; never headers).
    void requestFinished(const QString& method, const QString& path, int httpStatus, qint64 elapsedMs);
    // createKey succeeded (its callback gets the secret) but applying NewApiKey::labels or ::expiresAt
    // afterwards failed; the key exists without them.
    void createFollowUpFailed(const QString& keyId, const ApiError& error);

private:
    friend class Transport;
    QNetworkAccessManager* m_nam;
    QUrl m_baseUrl;
    QString m_apiKey;
    Options m_options;
    // The last key list's body digest and what it decoded to (see listKeys).
    struct KeyListMemo;
    std::shared_ptr<KeyListMemo> m_keyListMemo;
};
