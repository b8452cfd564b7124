#include "encoders.h"

#include "usagequery.h"

#include <QJsonArray>
#include <QJsonDocument>

QByteArray jsonString(const QString& text)
{
    // QJsonDocument escapes correctly; strip the array brackets around the one element.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

namespace {

QByteArray moneyText(Money amount)
{
    return amount.toDecimalString().toLatin1();
}

} // namespace

QByteArray encodeLimitBody(const Limit& limit)
{
    return QByteArrayLiteral("{\"monthly_limit\":") + moneyText(limit.toApi()) + '}';
}

QByteArray encodeCreateKeyBody(const NewApiKey& key)
{
    return QByteArrayLiteral("{\"name\":") + jsonString(key.name) + QByteArrayLiteral(",\"monthly_limit\":") +
           moneyText(key.limit.toApi()) + QByteArrayLiteral(",\"permissions\":{\"manage\":") +
           jsonString(accessToApi(key.permissions.manage)) + QByteArrayLiteral(",\"completions\":") +
           jsonString(accessToApi(key.permissions.completions)) + QByteArrayLiteral("}}");
}

QByteArray encodeLabelsBody(const QMap<QString, QString>& labels)
{
    QByteArray out = QByteArrayLiteral("{\"labels\":{");
    bool first = true;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (!first)
            out += ',';
        first = false;
        out += jsonString(it.key()) + ':' + jsonString(it.value());
    }
    return out + QByteArrayLiteral("}}");
}

QByteArray encodeExpiryBody(const QDateTime& expiresAt)
{
    if (!expiresAt.isValid())
        return QByteArrayLiteral("{\"expires_at\":null}");
    return QByteArrayLiteral("{\"expires_at\":") + jsonString(UsageQuery::formatTime(expiresAt)) + '}';
}
