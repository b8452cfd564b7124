#pragma once

#include "api/managementapi.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QThread>

#include <optional>

// Collects the result of one asynchronous API call and counts how often the callback ran.
template <typename T>
struct Waiter
{
    std::optional<Result<T>> result;
    int calls = 0;
    QThread* thread = nullptr;

    ManagementApi::Callback<T> callback()
    {
        return [this](Result<T> r) {
            result = std::move(r);
            ++calls;
            thread = QThread::currentThread();
        };
    }
    bool done() const { return result.has_value(); }
    const ApiError& error() const { return result->error(); }
};

// A QNetworkAccessManager that counts the requests it is asked to make.
class CountingNam : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int created = 0;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// Options that keep retry tests quick: tiny backoff, default attempts.
inline ManagementApi::Options fastOptions()
{
    ManagementApi::Options o;
    o.baseBackoffMs = 10;
    o.maxBackoffMs = 40;
    o.transferTimeoutMs = 5000;
    return o;
}
