#include "simserver.h"

#include "simlog.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTimer>

namespace {
QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        break;
    }
    return QStringLiteral("OTHER");
}

using Method = QHttpServerRequest::Method;
using Need = SimApi::Need;
} // namespace

SimServer::SimServer(SimApi& api, quint64 seed, bool projectsEnabled, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_faults(seed)
    , m_http(std::make_unique<QHttpServer>())
{
    addRoutes(projectsEnabled);
}

SimServer::~SimServer()
{
    for (auto& [id, pending] : m_pending)
        delete pending.timer;
    m_pending.clear();
}

void SimServer::addRoutes(bool projectsEnabled)
{
    QHttpServer& http = *m_http;
    const QString key = QStringLiteral("/v1/manage/apikey/<arg>");
    http.route(QStringLiteral("/v1/auth/check"), Method::Get,
               [this](const QHttpServerRequest& r, QHttpServerResponder&& s) {
                   serve(r, std::move(s), Need::Any, {}, [this](int) { return m_api.authCheck(); });
               });
    http.route(QStringLiteral("/v1/manage/apikey"), Method::Get,
               [this](const QHttpServerRequest& r, QHttpServerResponder&& s) {
                   serve(r, std::move(s), Need::Read, {}, [this](int) { return m_api.listKeys(); });
               });
    http.route(QStringLiteral("/v1/manage/apikey"), Method::Post,
               [this](const QHttpServerRequest& r, QHttpServerResponder&& s) {
                   serve(r, std::move(s), Need::Write, {},
                         [this, &r](int caller) { return m_api.createKey(caller, r.body()); });
               });
    http.route(key, Method::Get, [this](const QString& id, const QHttpServerRequest& r, QHttpServerResponder&& s) {
        serve(r, std::move(s), Need::Read, id, [this, id](int caller) { return m_api.getKey(caller, id); });
    });
    http.route(key, Method::Delete, [this](const QString& id, const QHttpServerRequest& r, QHttpServerResponder&& s) {
        serve(r, std::move(s), Need::Write, {}, [this, id](int caller) { return m_api.deleteKey(caller, id); });
    });
    http.route(key + QLatin1String("/limit"), Method::Post,
               [this](const QString& id, const QHttpServerRequest& r, QHttpServerResponder&& s) {
                   serve(r, std::move(s), Need::Write, {},
                         [this, id, &r](int caller) { return m_api.setKeyLimit(caller, id, r.body()); });
               });
    http.route(key + QLatin1String("/label"), Method::Post,
               [this](const QString& id, const QHttpServerRequest& r, QHttpServerResponder&& s) {
                   serve(r, std::move(s), Need::Write, {},
                         [this, id, &r](int caller) { return m_api.setKeyLabels(caller, id, r.body()); });
               });
    http.route(key + QLatin1String("/expiry"), Method::Post,
               [this](const QString& id, const QHttpServerRequest& r, QHttpServerResponder&& s) {
                   serve(r, std::move(s), Need::Write, {},
                         [this, id, &r](int caller) { return m_api.setKeyExpiry(caller, id, r.body()); });
               });
    http.route(key + QLatin1String("/usage"), Method::Get,
               [this](const QString& id, const QHttpServerRequest& r, QHttpServerResponder&& s) {
                   serve(r, std::move(s), Need::Read, id,
                         [this, id, &r](int caller) { return m_api.keyUsage(caller, id, r); });
               });
    http.route(QStringLiteral("/v1/manage/org"), Method::Get,
               [this](const QHttpServerRequest& r, QHttpServerResponder&& s) {
                   serve(r, std::move(s), Need::Read, {}, [this](int) { return m_api.organization(); });
               });
    http.route(QStringLiteral("/v1/manage/org/usage"), Method::Get,
               [this](const QHttpServerRequest& r, QHttpServerResponder&& s) {
                   serve(r, std::move(s), Need::Read, {}, [this, &r](int) { return m_api.orgUsage(r); });
               });
    http.route(QStringLiteral("/v1/manage/group"), Method::Get,
               [this](const QHttpServerRequest& r, QHttpServerResponder&& s) {
                   serve(r, std::move(s), Need::Read, {}, [this](int) { return m_api.listGroups(); });
               });
    http.route(QStringLiteral("/v1/manage/group"), Method::Post,
               [this](const QHttpServerRequest& r, QHttpServerResponder&& s) {
                   serve(r, std::move(s), Need::Write, {}, [this, &r](int) { return m_api.createGroup(r.body()); });
               });
    if (projectsEnabled) {
        http.route(QStringLiteral("/v1/manage/project"), Method::Get,
                   [this](const QHttpServerRequest& r, QHttpServerResponder&& s) {
                       serve(r, std::move(s), Need::Read, {}, [this](int) { return m_api.listProjects(); });
                   });
        http.route(QStringLiteral("/v1/manage/project/<arg>"), Method::Get,
                   [this](const QString& id, const QHttpServerRequest& r, QHttpServerResponder&& s) {
                       serve(r, std::move(s), Need::Read, {}, [this, id](int) { return m_api.getProject(id); });
                   });
        http.route(QStringLiteral("/v1/manage/project/<arg>/limit"), Method::Post,
                   [this](const QString& id, const QHttpServerRequest& r, QHttpServerResponder&& s) {
                       serve(r, std::move(s), Need::Write, {},
                             [this, id, &r](int) { return m_api.setProjectLimit(id, r.body()); });
                   });
    }
    http.setMissingHandler(
        [this](const QHttpServerRequest& r, QHttpServerResponder&& s) { serve(r, std::move(s), Need::Any, {}, {}); });
}

quint16 SimServer::listen(quint16 port)
{
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    return m_port;
}

void SimServer::close()
{
    releasePendingReplies();
    // Closing a QTcpServer keeps the connections it accepted; cut those too, so a stopped simulator is gone
    // for keep-alive clients as well.
    for (QTcpServer* server : m_http->servers()) {
        server->close();
        for (QTcpSocket* socket : server->findChildren<QTcpSocket*>())
            socket->abort();
    }
    m_port = 0;
}

void SimServer::serve(const QHttpServerRequest& request, QHttpServerResponder&& responder, SimApi::Need need,
                      const QString& target, const Handler& handler)
{
    ++m_requestCount;
    SimReply reply;
    bool drop = false;
    if (const int retryAfter = m_faults.admit(); retryAfter > 0) {
        reply = m_faults.rateLimitedReply(retryAfter);
    } else if (m_faults.rollDrop()) {
        drop = true;
    } else if (m_faults.rollError()) {
        reply = m_faults.errorReply();
    } else if (!handler) {
        reply = SimApi::notFound();
    } else {
        m_api.sync();
        const int caller = m_api.authenticate(request, need, target, &reply);
        if (caller >= 0)
            reply = handler(caller);
        if (m_faults.rollMalformed())
            reply.body = m_faults.malform(reply.body);
    }

    Pending pending;
    pending.socket = responder.socket();
    pending.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    pending.reply = std::move(reply);
    pending.drop = drop;
    pending.method = methodName(request.method());
    pending.path = request.url().path();
    const quint64 id = ++m_nextPending;
    const int latency = m_faults.latencyMs();
    if (latency > 0) {
        pending.timer = new QTimer(this);
        pending.timer->setSingleShot(true);
        pending.timer->setTimerType(Qt::PreciseTimer);
        connect(pending.timer, &QTimer::timeout, this, [this, id] { finish(id); });
        pending.timer->start(latency);
    }
    m_pending.emplace(id, std::move(pending));
    if (latency <= 0)
        finish(id);
}

void SimServer::releasePendingReplies()
{
    while (!m_pending.empty())
        finish(m_pending.begin()->first);
}

void SimServer::finish(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it->second);
    m_pending.erase(it);
    if (pending.timer) {
        pending.timer->stop();
        pending.timer->deleteLater();
    }
    // The client may have given up while the reply was held back; its socket is gone then.
    if (!pending.socket || pending.socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcSim) << "client left before the reply to" << pending.method << pending.path;
        return;
    }
    write(*pending.responder, pending.socket, pending.reply, pending.drop);
    qCDebug(lcSim) << pending.method << pending.path << (pending.drop ? 0 : pending.reply.status);
    emit requestServed(pending.method, pending.path, pending.drop ? 0 : pending.reply.status);
}

void SimServer::write(QHttpServerResponder& responder, QTcpSocket* socket, const SimReply& reply, bool drop)
{
    using Status = QHttpServerResponder::StatusCode;
    if (drop) {
        // Promise a body, send a piece of it, hang up.
        const QByteArray partial = QByteArrayLiteral("{\"keys\":[{\"id\":\"");
        responder.writeStatusLine(Status::Ok);
        responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(partial.size() + 4096));
        responder.writeBody(partial);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    responder.writeStatusLine(static_cast<Status>(reply.status));
    if (reply.status != 204) {
        responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    }
    for (const auto& [name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
}
