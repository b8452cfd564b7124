#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A scripted HTTP/1.1 server for transport tests: answers each request with the next queued Response
// (or the default one), records what it received, and can hang, drop or cut a reply short. Over TLS
// when given a certificate and key (for the "self-signed certificate is refused" test).
class RawHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Response
    {
        enum class Mode { Normal, Hang, Drop, TruncateBody };
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Mode mode = Mode::Normal;
        bool contentLength = true; // false: close-delimited body

        void addHeader(const QByteArray& name, const QByteArray& value) { headers.append(qMakePair(name, value)); }
        static Response json(int status, const QByteArray& body);
        static Response hang();
        static Response drop();
    };
    struct Request
    {
        QByteArray method;
        QByteArray target;                    // path and query as sent
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit RawHttpServer(QObject* parent = nullptr);

    bool listenOn(const QHostAddress& address = QHostAddress::LocalHost);
    QUrl url() const; // http(s)://address:port
    void enqueue(const Response& response) { m_queue.append(response); }
    void setDefault(const Response& response) { m_default = response; }
    void setTls(const QByteArray& certPem, const QByteArray& keyPem);

    const QList<Request>& requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int connectionCount() const { return m_connections; }

signals:
    void requestReceived();
    void clientDisconnected();

protected:
    void incomingConnection(qintptr handle) override;

private:
    void readFrom(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const Response& response);

    QList<Response> m_queue;
    Response m_default;
    QList<Request> m_requests;
    QMap<QTcpSocket*, QByteArray> m_buffers;
    QByteArray m_certPem;
    QByteArray m_keyPem;
    QHostAddress m_address;
    int m_connections = 0;
};
