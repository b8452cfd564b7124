#include "createkeyjob.h"

#include "apilogging.h"

CreateKeyJob::CreateKeyJob(ManagementApi* api, NewApiKey key, QObject* context,
                           ManagementApi::Callback<CreatedApiKey> done)
    : ApiJob(api)
    , m_api(api)
    , m_key(std::move(key))
    , m_context(context ? context : api)
    , m_done(std::move(done))
{
    m_labelsApplied = m_key.labels.isEmpty();
    m_expiryApplied = !m_key.expiresAt.isValid();
    connect(m_context.data(), &QObject::destroyed, this, [this] {
        m_finished = true;
        m_current.abort();
        deleteLater();
    });
}

CreateKeyJob::~CreateKeyJob()
{
    // The API object went away first: still answer once (with the secret when the key exists).
    if (m_finished || !m_context)
        return;
    // Two branches rather than a ternary of Results: GCC 12 at -O3 warns (maybe-uninitialized) on the latter.
    const auto done = m_done;
    if (m_created) {
        const CreatedApiKey created = *m_created;
        QMetaObject::invokeMethod(
            m_context.data(), [done, created] { done(Result<CreatedApiKey>(created)); }, Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(
            m_context.data(), [done] { done(Result<CreatedApiKey>(ApiError(ApiError::Kind::Cancelled))); },
            Qt::QueuedConnection);
    }
}

void CreateKeyJob::start(ApiCall createCall)
{
    m_current = createCall;
}

void CreateKeyJob::created(Result<CreatedApiKey> result)
{
    if (m_finished)
        return;
    if (!result.ok()) {
        finish(result);
        return;
    }
    m_created = result.value();
    nextFollowUp();
}

void CreateKeyJob::nextFollowUp()
{
    if (m_finished)
        return;
    if (!m_api || (m_labelsApplied && m_expiryApplied)) {
        finish(*m_created);
        return;
    }
    const auto next = [this](Result<Done> r) { followUpDone(r); };
    if (!m_labelsApplied) {
        m_labelsApplied = true;
        m_current = m_api->setKeyLabels(m_created->id, m_key.labels, this, next);
    } else {
        m_expiryApplied = true;
        m_current = m_api->setKeyExpiry(m_created->id, m_key.expiresAt, this, next);
    }
}

void CreateKeyJob::followUpDone(const Result<Done>& result)
{
    if (m_finished)
        return;
    if (!result.ok()) {
        qCWarning(lcApi).noquote() << "key created but a follow-up failed:" << result.error().technicalText();
        if (m_api)
            emit m_api->createFollowUpFailed(m_created->id, result.error());
        finish(*m_created);
        return;
    }
    nextFollowUp();
}

void CreateKeyJob::abort()
{
    if (m_finished)
        return;
    if (m_created) {
        finish(*m_created); // the key exists: hand over its secret
        return;
    }
    finish(ApiError(ApiError::Kind::Cancelled));
}

void CreateKeyJob::finish(const Result<CreatedApiKey>& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_current.abort();
    if (m_context) {
        const auto done = m_done;
        QMetaObject::invokeMethod(
            m_context.data(), [done, result] { done(result); }, Qt::QueuedConnection);
    }
    deleteLater();
}
