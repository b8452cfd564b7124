#include "jsonreader.h"

#include "decoders.h"

#include <QJsonDocument>

#include <cmath>

QString JsonPath::toString() const
{
    QString out = parent ? parent->toString() : QString();
    if (field) {
        if (!out.isEmpty())
            out += u'.';
        out += QLatin1String(field);
    } else if (index >= 0) {
        out += u'[' + QString::number(index) + u']';
    } else if (mapKey) {
        // Quote the key; keep it short and printable (it is server data).
        QString key = mapKey->left(64);
        for (QChar& c : key) {
            if (c.unicode() < 0x20 || c == u'"')
                c = u'?';
        }
        out += QStringLiteral("[\"") + key + QStringLiteral("\"]");
    }
    return out;
}

bool JsonReader::fail(const JsonPath& path, const QString& problem)
{
    if (!m_failed) {
        m_failed = true;
        const QString where = path.toString();
        m_error = ApiError::badResponse(where.isEmpty() ? QStringLiteral("body") : where, problem);
    }
    return false;
}

bool JsonReader::parseObject(const QByteArray& body, QJsonObject& out)
{
    const JsonPath root;
    if (body.size() > kMaxDecodedBodyBytes)
        return fail(root, QStringLiteral("too large (%1 bytes)").arg(body.size()));
    if (body.trimmed().isEmpty())
        return fail(root, "empty response");
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return fail(root, QStringLiteral("not valid JSON (%1 at offset %2)").arg(err.errorString()).arg(err.offset));
    if (!doc.isObject())
        return fail(root, "not an object");
    out = doc.object();
    return true;
}

bool JsonReader::required(const QJsonObject& o, const char* key, const JsonPath& p, QJsonValue& out)
{
    out = o.value(QLatin1String(key));
    if (out.isUndefined())
        return fail(p.at(key), "missing");
    return true;
}

bool JsonReader::string(const QJsonObject& o, const char* key, const JsonPath& p, QString& out, bool isRequired,
                        bool nonEmpty)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || (v.isNull() && !isRequired)) {
        if (isRequired)
            return fail(p.at(key), "missing");
        out.clear();
        return true;
    }
    if (!v.isString())
        return fail(p.at(key), "not a string");
    out = v.toString();
    if (nonEmpty && out.isEmpty())
        return fail(p.at(key), "empty");
    return true;
}

bool JsonReader::money(const QJsonObject& o, const char* key, const JsonPath& p, Money::Sign sign, bool isRequired,
                       Money& out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || (v.isNull() && !isRequired)) {
        if (isRequired)
            return fail(p.at(key), "missing");
        out = Money();
        return true;
    }
    if (v.isDouble()) {
        // Fast path for whole-dollar numbers (most limits): a double holding an integer is exact.
        const double d = v.toDouble();
        if (d == std::floor(d) && d >= 0 && d <= 1e9) {
            out = Money::fromMicros(qint64(d) * Money::kMicrosPerDollar);
            return true;
        }
    }
    QString why;
    const std::optional<Money> m = Money::fromJson(v, sign, &why);
    if (!m)
        return fail(p.at(key), why);
    out = *m;
    return true;
}

bool JsonReader::limit(const QJsonObject& o, const char* key, const JsonPath& p, Limit& out)
{
    Money m;
    if (!money(o, key, p, Money::Sign::NonNegative, true, m))
        return false;
    out = Limit::fromApi(m);
    return true;
}

bool JsonReader::count(const QJsonObject& o, const char* key, const JsonPath& p, qint64& out, qint64 max)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        out = 0;
        return true;
    }
    if (!v.isDouble())
        return fail(p.at(key), "not a number");
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d))
        return fail(p.at(key), "not an integer");
    if (d < 0)
        return fail(p.at(key), "negative");
    if (d > double(max))
        return fail(p.at(key), "too large");
    out = v.toInteger();
    if (out < 0 || out > max)
        return fail(p.at(key), "too large");
    return true;
}

bool JsonReader::boolean(const QJsonObject& o, const char* key, const JsonPath& p, std::optional<bool>& out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        out.reset();
        return true;
    }
    if (!v.isBool())
        return fail(p.at(key), "not a boolean");
    out = v.toBool();
    return true;
}

bool JsonReader::optionalObject(const QJsonObject& o, const char* key, const JsonPath& p, QJsonObject& out,
                                bool& present)
{
    const QJsonValue v = o.value(QLatin1String(key));
    present = !(v.isUndefined() || v.isNull());
    if (!present)
        return true;
    if (!v.isObject())
        return fail(p.at(key), "not an object");
    out = v.toObject();
    return true;
}

bool JsonReader::access(const QJsonObject& o, const char* key, const JsonPath& p, Access& out)
{
    QString text;
    if (!string(o, key, p, text, true))
        return false;
    if (text == QLatin1String("none"))
        out = Access::None;
    else if (text == QLatin1String("read"))
        out = Access::Read;
    else if (text == QLatin1String("write"))
        out = Access::Write;
    else
        return fail(p.at(key), "unknown value (expected none, read or write)");
    return true;
}

bool JsonReader::timestamp(const QJsonObject& o, const char* key, const JsonPath& p, QDateTime& out)
{
    QString text;
    if (!string(o, key, p, text, false))
        return false;
    if (text.isEmpty()) {
        out = QDateTime();
        return true;
    }
    out = parseTimestamp(text);
    if (!out.isValid())
        return fail(p.at(key), "not an RFC 3339 time");
    return true;
}

bool JsonReader::stringMap(const QJsonObject& o, const char* key, const JsonPath& p, QMap<QString, QString>& out)
{
    QJsonObject obj;
    bool present = false;
    if (!optionalObject(o, key, p, obj, present))
        return false;
    out.clear();
    const JsonPath mp = p.at(key);
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        const QString k = it.key();
        if (!it.value().isString())
            return fail(mp.atKey(k), "not a string");
        out.insert(k, it.value().toString());
    }
    return true;
}
