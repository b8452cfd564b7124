#pragma once

#include "domain/money.h"

#include <QDateTime>
#include <QMap>
#include <QString>

// One write made through Spendboard, as recorded in the audit log (one JSON line each).
struct AuditEntry
{
    QDateTime time; // UTC
    QString profile;
    QString entityKind; // "key" | "project"
    QString entityId;
    QString entityName;
    QString action;   // "set_limit", "create", "delete", "set_labels", "set_expiry", "set_labels_expiry"
    QString oldValue; // plain text in the log's own notation (see the format helpers)
    QString newValue;
    bool ok = true;
    QString error;    // user-readable reason when !ok
    QString prevHash; // hex SHA-256 of the previous line ("" for the first line)

    bool operator==(const AuditEntry& o) const
    {
        return time == o.time && profile == o.profile && entityKind == o.entityKind && entityId == o.entityId &&
               entityName == o.entityName && action == o.action && oldValue == o.oldValue && newValue == o.newValue &&
               ok == o.ok && error == o.error && prevHash == o.prevHash;
    }

    // Value notation used in the log: limits as exact decimals or "none", labels as "k=v, k=v",
    // expiry as RFC 3339 or "never". Locale-independent so a log stays comparable.
    static QString formatLimit(Limit limit)
    {
        return limit.hasLimit() ? limit.amount().toDecimalString() : QStringLiteral("none");
    }
    static QString formatLabels(const QMap<QString, QString>& labels)
    {
        QString out;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            if (!out.isEmpty())
                out += QStringLiteral(", ");
            out += it.key() + QLatin1Char('=') + it.value();
        }
        return out;
    }
    static QString formatExpiry(const QDateTime& expiresAt)
    {
        return expiresAt.isValid() ? expiresAt.toUTC().toString(Qt::ISODate) : QStringLiteral("never");
    }
};
