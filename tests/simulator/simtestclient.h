#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <QUrlQuery>

// Talks real HTTP to the simulator with QNetworkAccessManager, one request at a time, waiting on the
// reply's finished signal (QSignalSpy::wait: no sleeps). Knows nothing of the client in models/.
class SimTestClient final
{
public:
    struct Response
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        bool finished = false;
        QByteArray body;
        QJsonDocument json;
        bool jsonValid = false;
        QHash<QByteArray, QByteArray> headers; // lower-case names

        QJsonObject object() const { return json.object(); }
        QString errorMessage() const;
    };

    explicit SimTestClient(const QUrl& base)
        : m_base(base)
    {}

    // key: the bearer secret; a null QString sends no Authorization header.
    Response get(const QString& pathAndQuery, const QString& key);
    Response post(const QString& path, const QByteArray& body, const QString& key);
    Response del(const QString& path, const QString& key);
    Response send(const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body,
                  const QByteArray& authorization, bool withAuthorization = true);

    QNetworkReply* start(const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body,
                         const QString& key);
    static Response collect(QNetworkReply* reply);
    static bool waitFor(QNetworkReply* reply, int timeoutMs = 30000);

    // "/v1/manage/org/usage?start=...&end=...&resolution=...&group_by=..." with proper encoding.
    static QString usagePath(const QString& path, const QString& start, const QString& end = {},
                             const QString& resolution = {}, const QStringList& groupBy = {});
    // Money as the simulator's contract allows it: a JSON number or a numeric string; -1 when neither.
    static qint64 micros(const QJsonValue& value);
    static bool isMoney(const QJsonValue& value);

    QNetworkAccessManager& nam() { return m_nam; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};
