#pragma once

#include "apijob.h"
#include "managementapi.h"

#include <QPointer>

#include <optional>

// createKey as one operation: the POST (never retried), then the label and expiry calls NewApiKey asks
// for. Once the key exists its secret is always delivered, even when a follow-up fails or the job is
// aborted: the secret is shown once and must not be lost.
class CreateKeyJob final : public ApiJob
{
    Q_OBJECT
public:
    CreateKeyJob(ManagementApi* api, NewApiKey key, QObject* context, ManagementApi::Callback<CreatedApiKey> done);
    ~CreateKeyJob() override;

    void start(ApiCall createCall);
    void created(Result<CreatedApiKey> result);

    void abort() override;
    bool isRunning() const override { return !m_finished; }

private:
    void nextFollowUp();
    void followUpDone(const Result<Done>& result);
    void finish(const Result<CreatedApiKey>& result);

    QPointer<ManagementApi> m_api;
    NewApiKey m_key;
    QPointer<QObject> m_context;
    ManagementApi::Callback<CreatedApiKey> m_done;
    ApiCall m_current;
    std::optional<CreatedApiKey> m_created;
    bool m_labelsApplied = false;
    bool m_expiryApplied = false;
    bool m_finished = false;
};
