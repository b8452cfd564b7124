#include "capabilityprobe.h"

#include "apilogging.h"

#include <QTimeZone>

CapabilityProbe::CapabilityProbe(ManagementApi* api, QObject* context, ManagementApi::Callback<Capabilities> done)
    : ApiJob(api)
    , m_api(api)
    , m_context(context ? context : api)
    , m_done(std::move(done))
{
    connect(m_context.data(), &QObject::destroyed, this, [this] {
        m_finished = true;
        for (ApiCall& call : m_calls)
            call.abort();
        deleteLater();
    });
}

CapabilityProbe::~CapabilityProbe()
{
    if (m_finished || !m_context)
        return;
    const auto done = m_done;
    QMetaObject::invokeMethod(
        m_context.data(), [done] { done(ApiError(ApiError::Kind::Cancelled)); }, Qt::QueuedConnection);
}

bool CapabilityProbe::isFatalForSelf(const ApiError& error)
{
    switch (error.kind()) {
    case ApiError::Kind::NotFound:
    case ApiError::Kind::BadResponse:
    case ApiError::Kind::OutOfCredit:
    case ApiError::Kind::Conflict:
        return false;
    case ApiError::Kind::BadRequest:
        return error.httpStatus() == 0; // refused locally (bad address)
    default:
        return true;
    }
}

bool CapabilityProbe::isFatalForProbe(const ApiError& error)
{
    switch (error.kind()) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Insecure:
    case ApiError::Kind::NoCredentials:
    case ApiError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

void CapabilityProbe::start()
{
    m_calls << m_api->getKey(QStringLiteral("self"), this, [this](const Result<ApiKey>& r) { selfAnswered(r); });
}

void CapabilityProbe::selfAnswered(const Result<ApiKey>& result)
{
    if (m_finished)
        return;
    if (result.ok()) {
        m_caps.manage = result->permissions.manage;
        m_caps.selfKeyId = result->id;
        m_caps.selfKeyName = result->name;
        startProbes();
        return;
    }
    if (isFatalForSelf(result.error())) {
        finish(result.error());
        return;
    }
    // A server without apikey/self: whoever may list keys has at least read access.
    qCInfo(lcApi).noquote() << "apikey/self unavailable:" << result.error().technicalText();
    m_calls << m_api->listKeys(this, [this](const Result<QList<ApiKey>>& r) { listAnswered(r); });
}

void CapabilityProbe::listAnswered(const Result<QList<ApiKey>>& result)
{
    if (m_finished)
        return;
    if (!result.ok() && isFatalForSelf(result.error()) && result.error().kind() != ApiError::Kind::Forbidden) {
        finish(result.error());
        return;
    }
    m_caps.manage = result.ok() ? Access::Read : Access::None;
    startProbes();
}

void CapabilityProbe::startProbes()
{
    if (!m_api) {
        finish(ApiError(ApiError::Kind::Cancelled));
        return;
    }
    m_pending = 3;
    m_calls << m_api->listProjects(
        this, [this](const Result<QList<Project>>& r) { probeAnswered(&m_caps.projects, r.error()); });
    UsageQuery query;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    query.start = QDateTime(now.date(), QTime(now.time().hour(), 0), QTimeZone::utc());
    query.end = query.start.addSecs(3600);
    query.resolution = Resolution::Hour;
    m_calls << m_api->orgUsage(query, this,
                               [this](const Result<UsageSeries>& r) { probeAnswered(&m_caps.orgUsage, r.error()); });
    m_calls << m_api->checkGroups(this, [this](const Result<Done>& r) { probeAnswered(&m_caps.groups, r.error()); });
}

void CapabilityProbe::probeAnswered(bool* flag, const ApiError& error)
{
    if (m_finished)
        return;
    if (error.isError() && isFatalForProbe(error)) {
        finish(error);
        return;
    }
    *flag = !error.isError();
    if (error.isError() && error.kind() != ApiError::Kind::NotFound && error.kind() != ApiError::Kind::Forbidden)
        m_caps.tentative = true;
    if (--m_pending == 0)
        finish(m_caps);
}

void CapabilityProbe::abort()
{
    finish(ApiError(ApiError::Kind::Cancelled));
}

void CapabilityProbe::finish(const Result<Capabilities>& result)
{
    if (m_finished)
        return;
    m_finished = true;
    for (ApiCall& call : m_calls)
        call.abort();
    if (m_context) {
        const auto done = m_done;
        QMetaObject::invokeMethod(
            m_context.data(), [done, result] { done(result); }, Qt::QueuedConnection);
    }
    deleteLater();
}
