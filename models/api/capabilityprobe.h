#pragma once

#include "apijob.h"
#include "managementapi.h"

#include <QList>
#include <QPointer>

// detectCapabilities as one operation: GET apikey/self (the calling key's manage permission, id and
// name), then in parallel GET /v1/manage/project (404 => no projects), a one-hour org usage query and
// GET /v1/manage/group. Fails only when the key is rejected or the server cannot be reached; any other
// probe failure just means "not offered".
class CapabilityProbe final : public ApiJob
{
    Q_OBJECT
public:
    CapabilityProbe(ManagementApi* api, QObject* context, ManagementApi::Callback<Capabilities> done);
    ~CapabilityProbe() override;

    void start();
    void abort() override;
    bool isRunning() const override { return !m_finished; }

    // Errors that end detection: the key is rejected or the server is unreachable or unwell.
    static bool isFatalForSelf(const ApiError& error);
    static bool isFatalForProbe(const ApiError& error);

private:
    void selfAnswered(const Result<ApiKey>& result);
    void listAnswered(const Result<QList<ApiKey>>& result);
    void startProbes();
    void probeAnswered(bool* flag, const ApiError& error);
    void finish(const Result<Capabilities>& result);

    QPointer<ManagementApi> m_api;
    QPointer<QObject> m_context;
    ManagementApi::Callback<Capabilities> m_done;
    Capabilities m_caps;
    QList<ApiCall> m_calls;
    int m_pending = 0;
    bool m_finished = false;
};
