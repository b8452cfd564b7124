#pragma once

#include "domain/apikey.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

// Request bodies of the management API. Money is written as its exact decimal text (a JSON number such
// as 12.40), never through a double.
QByteArray encodeLimitBody(const Limit& limit); // {"monthly_limit":12.40}; 0 = no limit
QByteArray encodeCreateKeyBody(const NewApiKey& key);
QByteArray encodeLabelsBody(const QMap<QString, QString>& labels); // {"labels":{...}}; {} clears
QByteArray encodeExpiryBody(const QDateTime& expiresAt);           // {"expires_at":"...Z"} or null
// A JSON string literal with quotes and escapes: "a\"b".
QByteArray jsonString(const QString& text);
