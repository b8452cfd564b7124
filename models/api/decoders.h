#pragma once

#include "result.h"

#include "domain/apikey.h"
#include "domain/organization.h"
#include "domain/project.h"
#include "domain/usage.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Strict, pure decoders of management-API response bodies into domain values. Reentrant (no shared
// state), so they may run in a worker thread (QtConcurrent::run). A failure is
// ApiError::badResponse("keys[3].monthly_spend", "not a number"): the JSON path and the problem.
//
// Rules: required fields must be present with the right type; optional fields may be absent or null;
// unknown fields are ignored. Money goes through Money::fromJson (number or numeric string, exact);
// limits and spend must not be negative, balances may be; a 0 limit is Limit::none(). Usage counters
// that are absent count as 0; non-integer or negative counters are rejected.
// Bodies above this size are refused before parsing (the transport caps downloads at the same size).
constexpr qint64 kMaxDecodedBodyBytes = 64LL * 1024 * 1024;

Result<QList<ApiKey>> decodeKeyList(const QByteArray& body); // {"keys":[Key, ...]}
// Makes the strings many keys repeat (creator, project, group) one shared copy each: ~5 MB less for an
// organization of 10 000 keys. Run on the decoding worker after decodeKeyList.
void shareRepeatedStrings(QList<ApiKey>& keys);
Result<ApiKey> decodeKey(const QByteArray& body);                // Key
Result<Organization> decodeOrganization(const QByteArray& body); // {"name", "balance"}
Result<QList<Project>> decodeProjects(const QByteArray& body);   // {"projects":[Project, ...]}
Result<Project> decodeProject(const QByteArray& body);           // Project
Result<UsageSeries> decodeUsage(const QByteArray& body);         // {"usage":{"<period>": entry}}, sorted
Result<CreatedApiKey> decodeCreatedKey(const QByteArray& body);  // {"api_key_id", "api_key"}

// The server's own words from {"error":{"message":"..."}} (also {"error":"..."} and {"message":"..."});
// empty when the body has none. Truncated to 300 characters; control characters removed.
QString decodeErrorMessage(const QByteArray& body);

// A usage period key: RFC 3339 ("2026-08-07T00:00:00Z", offsets allowed) or a date ("2026-08-07", UTC
// midnight). Invalid QDateTime when neither.
QDateTime parsePeriodKey(const QString& key);
// An RFC 3339 timestamp converted to UTC; a timestamp without offset is taken as UTC.
QDateTime parseTimestamp(const QString& text);
