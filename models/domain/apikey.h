#pragma once

#include "money.h"
#include "permissions.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

struct ApiKey
{
    QString id;
    QString name;
    Permissions permissions;
    Limit limit;
    Money spend; // current calendar month (UTC)
    QMap<QString, QString> labels;
    QString creatorId;
    QString creatorEmail;
    QString projectId;           // optional (extension); empty when none
    QString projectName;         // optional (extension)
    QString groupId;             // optional
    QDateTime expiresAt;         // invalid = never expires
    std::optional<bool> logging; // only the single-key endpoint reports it

    bool isExpired(const QDateTime& nowUtc) const { return expiresAt.isValid() && expiresAt <= nowUtc; }

    bool operator==(const ApiKey& o) const
    {
        return id == o.id && name == o.name && permissions == o.permissions && limit == o.limit && spend == o.spend &&
               labels == o.labels && creatorId == o.creatorId && creatorEmail == o.creatorEmail &&
               projectId == o.projectId && projectName == o.projectName && groupId == o.groupId &&
               expiresAt == o.expiresAt && logging == o.logging;
    }
    bool operator!=(const ApiKey& o) const { return !(*this == o); }
};

// What the create-key form sends.
struct NewApiKey
{
    QString name;
    Limit limit;
    Permissions permissions{Access::None, Access::Write};
    QMap<QString, QString> labels; // applied with a label call after creation when not empty
    QDateTime expiresAt;           // applied with an expiry call after creation when valid
};

// What the create call returns. The secret is shown once and never stored.
struct CreatedApiKey
{
    QString id;
    QString secret;
};
