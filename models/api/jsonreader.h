#pragma once

#include "apierror.h"

#include "domain/money.h"
#include "domain/permissions.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

#include <optional>

// A JSON path built on the stack while decoding and turned into text only when decoding fails, so the
// success path allocates nothing for it: keys[3].monthly_spend, usage["2026-08-07"].spend.
struct JsonPath
{
    const JsonPath* parent = nullptr;
    const char* field = nullptr;
    qsizetype index = -1;
    const QString* mapKey = nullptr;

    JsonPath at(const char* f) const { return JsonPath{this, f, -1, nullptr}; }
    JsonPath at(qsizetype i) const { return JsonPath{this, nullptr, i, nullptr}; }
    JsonPath atKey(const QString& k) const { return JsonPath{this, nullptr, -1, &k}; }

    QString toString() const;
};

// Strict field readers shared by the decoders. Each returns false after recording the first failure as
// ApiError::badResponse("<path>", "<problem>"); problems never quote values (one may be a secret).
class JsonReader
{
public:
    bool fail(const JsonPath& path, const QString& problem);
    bool fail(const JsonPath& path, const char* problem) { return fail(path, QString::fromLatin1(problem)); }
    const ApiError& error() const { return m_error; }
    bool parseObject(const QByteArray& body, QJsonObject& out);
    // A field that must be there (null counts as there, with the wrong type).
    bool required(const QJsonObject& o, const char* key, const JsonPath& p, QJsonValue& out);
    bool string(const QJsonObject& o, const char* key, const JsonPath& p, QString& out, bool isRequired,
                bool nonEmpty = false);
    bool money(const QJsonObject& o, const char* key, const JsonPath& p, Money::Sign sign, bool isRequired, Money& out);
    bool limit(const QJsonObject& o, const char* key, const JsonPath& p, Limit& out);
    // A non-negative integer counter; absent or null = 0.
    bool count(const QJsonObject& o, const char* key, const JsonPath& p, qint64& out, qint64 max);
    bool boolean(const QJsonObject& o, const char* key, const JsonPath& p, std::optional<bool>& out);
    // An optional object: false only on a type error; `present` tells whether it was there.
    bool optionalObject(const QJsonObject& o, const char* key, const JsonPath& p, QJsonObject& out, bool& present);
    bool access(const QJsonObject& o, const char* key, const JsonPath& p, Access& out);
    bool timestamp(const QJsonObject& o, const char* key, const JsonPath& p, QDateTime& out);
    bool stringMap(const QJsonObject& o, const char* key, const JsonPath& p, QMap<QString, QString>& out);

    template <typename T, typename F>
    bool list(const QJsonObject& top, const char* key, QList<T>& out, F decodeItem)
    {
        const JsonPath root;
        QJsonValue v;
        if (!required(top, key, root, v))
            return false;
        if (!v.isArray())
            return fail(root.at(key), "not an array");
        const QJsonArray items = v.toArray();
        const JsonPath lp = root.at(key);
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue item = items.at(i);
            const JsonPath ip = lp.at(i);
            if (!item.isObject())
                return fail(ip, "not an object");
            T value;
            if (!decodeItem(item.toObject(), ip, value))
                return false;
            out.append(std::move(value));
        }
        return true;
    }

private:
    ApiError m_error;
    bool m_failed = false;
};
