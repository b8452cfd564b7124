#pragma once

#include <QObject>

// One running API operation (a request with its retries, or a group of probes). ApiCall holds a weak
// reference to it. A job deletes itself once it has delivered its result.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Stops the operation; its callback then receives ApiError::Kind::Cancelled (queued, once).
    virtual void abort() = 0;
    virtual bool isRunning() const = 0;
};
