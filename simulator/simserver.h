#pragma once

#include "simapi.h"
#include "simfaults.h"
#include "simreply.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>
#include <map>
#include <memory>

class QTimer;

// HTTP side of the simulator on a real QHttpServer. Every route takes a QHttpServerResponder, which can be
// kept and written to later: that is how latency is simulated (a QTimer, never a sleep) and how a reply is
// cut off (headers promise more bytes than are sent, then the connection is closed). Order per request:
// rate limit (429), drop, 5xx, authentication, the endpoint, malformed body, latency.
class SimServer final : public QObject
{
    Q_OBJECT
public:
    SimServer(SimApi& api, quint64 seed, bool projectsEnabled, QObject* parent = nullptr);
    ~SimServer() override;

    quint16 listen(quint16 port); // 0 on failure
    void close();
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }

    SimFaults& faults() { return m_faults; }
    qint64 requestCount() const { return m_requestCount; }
    int pendingReplyCount() const { return int(m_pending.size()); }
    void releasePendingReplies();

signals:
    void requestServed(const QString& method, const QString& path, int status);

private:
    using Handler = std::function<SimReply(int caller)>;
    struct Pending
    {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        SimReply reply;
        bool drop = false;
        QString method;
        QString path;
        QTimer* timer = nullptr;
    };

    void addRoutes(bool projectsEnabled);
    void serve(const QHttpServerRequest& request, QHttpServerResponder&& responder, SimApi::Need need,
               const QString& target, const Handler& handler);
    void finish(quint64 id);
    void write(QHttpServerResponder& responder, QTcpSocket* socket, const SimReply& reply, bool drop);

    SimApi& m_api;
    SimFaults m_faults;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    qint64 m_requestCount = 0;
    quint64 m_nextPending = 0;
    std::map<quint64, Pending> m_pending;
};
