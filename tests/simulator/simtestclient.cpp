#include "simtestclient.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QSignalSpy>

#include <cmath>

QString SimTestClient::Response::errorMessage() const
{
    return json.object().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
}

QNetworkReply* SimTestClient::start(const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body,
                                    const QString& key)
{
    QNetworkRequest request(QUrl(m_base.toString() + pathAndQuery));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!key.isNull())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key.toUtf8());
    if (verb == "GET")
        return m_nam.get(request);
    return m_nam.sendCustomRequest(request, verb, body);
}

bool SimTestClient::waitFor(QNetworkReply* reply, int timeoutMs)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &QNetworkReply::finished);
    return spy.wait(timeoutMs) || reply->isFinished();
}

SimTestClient::Response SimTestClient::collect(QNetworkReply* reply)
{
    Response r;
    r.finished = reply->isFinished();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    QJsonParseError error{};
    r.json = QJsonDocument::fromJson(r.body, &error);
    r.jsonValid = error.error == QJsonParseError::NoError && !r.body.isEmpty();
    reply->deleteLater();
    return r;
}

SimTestClient::Response SimTestClient::send(const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body,
                                            const QByteArray& authorization, bool withAuthorization)
{
    QNetworkRequest request(QUrl(m_base.toString() + pathAndQuery));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (withAuthorization)
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    QNetworkReply* reply = verb == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, verb, body);
    waitFor(reply);
    return collect(reply);
}

SimTestClient::Response SimTestClient::get(const QString& pathAndQuery, const QString& key)
{
    QNetworkReply* reply = start(QByteArrayLiteral("GET"), pathAndQuery, {}, key);
    waitFor(reply);
    return collect(reply);
}

SimTestClient::Response SimTestClient::post(const QString& path, const QByteArray& body, const QString& key)
{
    QNetworkReply* reply = start(QByteArrayLiteral("POST"), path, body, key);
    waitFor(reply);
    return collect(reply);
}

SimTestClient::Response SimTestClient::del(const QString& path, const QString& key)
{
    QNetworkReply* reply = start(QByteArrayLiteral("DELETE"), path, {}, key);
    waitFor(reply);
    return collect(reply);
}

QString SimTestClient::usagePath(const QString& path, const QString& start, const QString& end,
                                 const QString& resolution, const QStringList& groupBy)
{
    QUrlQuery query;
    auto add = [&query](const QString& name, const QString& value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (!start.isNull())
        add(QStringLiteral("start"), start);
    if (!end.isNull())
        add(QStringLiteral("end"), end);
    if (!resolution.isNull())
        add(QStringLiteral("resolution"), resolution);
    for (const QString& field : groupBy)
        add(QStringLiteral("group_by"), field);
    const QString q = query.toString(QUrl::FullyEncoded);
    return q.isEmpty() ? path : path + QLatin1Char('?') + q;
}

qint64 SimTestClient::micros(const QJsonValue& value)
{
    if (value.isDouble())
        return qint64(std::llround(value.toDouble() * 1e6));
    if (!value.isString())
        return -1;
    static const QRegularExpression kDecimal(QStringLiteral("^(\\d+)(?:\\.(\\d{1,6}))?$"));
    const QRegularExpressionMatch m = kDecimal.match(value.toString());
    if (!m.hasMatch())
        return -1;
    qint64 result = m.captured(1).toLongLong() * 1000000;
    if (!m.captured(2).isEmpty())
        result += m.captured(2).leftJustified(6, QLatin1Char('0')).toLongLong();
    return result;
}

bool SimTestClient::isMoney(const QJsonValue& value)
{
    return micros(value) >= 0;
}
