#include "rawhttpserver.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

RawHttpServer::Response RawHttpServer::Response::json(int status, const QByteArray& body)
{
    Response r;
    r.status = status;
    r.body = body;
    r.addHeader("Content-Type", "application/json");
    return r;
}

RawHttpServer::Response RawHttpServer::Response::hang()
{
    Response r;
    r.mode = Mode::Hang;
    return r;
}

RawHttpServer::Response RawHttpServer::Response::drop()
{
    Response r;
    r.mode = Mode::Drop;
    return r;
}

RawHttpServer::RawHttpServer(QObject* parent)
    : QTcpServer(parent)
{
    m_default = Response::json(200, "{}");
}

bool RawHttpServer::listenOn(const QHostAddress& address)
{
    m_address = address;
    return listen(address, 0);
}

QUrl RawHttpServer::url() const
{
    QUrl u;
    u.setScheme(m_certPem.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"));
    u.setHost(m_address.toString());
    u.setPort(serverPort());
    return u;
}

void RawHttpServer::setTls(const QByteArray& certPem, const QByteArray& keyPem)
{
    m_certPem = certPem;
    m_keyPem = keyPem;
}

void RawHttpServer::incomingConnection(qintptr handle)
{
    ++m_connections;
    QTcpSocket* socket = nullptr;
    if (!m_certPem.isEmpty()) {
        auto* ssl = new QSslSocket(this);
        ssl->setSocketDescriptor(handle);
        ssl->setLocalCertificate(QSslCertificate(m_certPem, QSsl::Pem));
        ssl->setPrivateKey(QSslKey(m_keyPem, QSsl::Ec, QSsl::Pem));
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
        emit clientDisconnected();
    });
}

void RawHttpServer::readFrom(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    Request request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    m_requests.append(request);
    const Response response = m_queue.isEmpty() ? m_default : m_queue.takeFirst();
    emit requestReceived();
    respond(socket, response);
}

void RawHttpServer::respond(QTcpSocket* socket, const Response& response)
{
    using Mode = Response::Mode;
    if (response.mode == Mode::Hang)
        return;
    if (response.mode == Mode::Drop) {
        socket->abort();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    for (const auto& h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (response.contentLength || response.mode == Mode::TruncateBody)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += response.mode == Mode::TruncateBody ? response.body.left(response.body.size() / 2) : response.body;
    socket->write(out);
    socket->flush();
    socket->disconnectFromHost();
}
