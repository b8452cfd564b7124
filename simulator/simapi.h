#pragma once

#include "simencoder.h"
#include "simorganization.h"
#include "simreply.h"
#include "simulator.h"
#include "simusage.h"

class QHttpServerRequest;
class QJsonObject;
class SimClock;

// The endpoints' logic: authentication, validation and the changes they make, in terms of SimReply.
// Transport (routes, faults, deferral) is SimServer's job.
class SimApi final
{
public:
    enum class Need { Any, Read, Write };

    SimApi(SimOrganization& org, SimClock& clock, Simulator::MoneyForm form);

    // Brings the organization up to the simulated now; called before each request is handled.
    void sync();
    // The caller's key index, or -1 with the 401/403 in *reply. A target that is the caller itself ("self" or
    // its own id) needs no manage permission.
    int authenticate(const QHttpServerRequest& request, Need need, const QString& target, SimReply* reply) const;

    SimReply authCheck() const;
    SimReply listKeys() const;
    SimReply createKey(int caller, const QByteArray& body);
    SimReply getKey(int caller, const QString& id) const;
    SimReply deleteKey(int caller, const QString& id);
    SimReply setKeyLimit(int caller, const QString& id, const QByteArray& body);
    SimReply setKeyLabels(int caller, const QString& id, const QByteArray& body);
    SimReply setKeyExpiry(int caller, const QString& id, const QByteArray& body);
    SimReply keyUsage(int caller, const QString& id, const QHttpServerRequest& request) const;
    SimReply organization() const;
    SimReply orgUsage(const QHttpServerRequest& request) const;
    SimReply listGroups() const;
    SimReply createGroup(const QByteArray& body);
    SimReply listProjects() const;
    SimReply getProject(const QString& id) const;
    SimReply setProjectLimit(const QString& id, const QByteArray& body);
    static SimReply notFound();

private:
    int resolveKey(int caller, const QString& id) const;
    static bool parseObject(const QByteArray& body, QJsonObject* object, SimReply* reply);
    static bool parseLimit(const QJsonObject& object, bool required, qint64* micros, SimReply* reply);
    static SimReply keyNotFound();

    SimOrganization& m_org;
    SimClock& m_clock;
    SimEncoder m_encoder;
    SimUsage m_usage;
};
