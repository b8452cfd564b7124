#pragma once

#include "money.h"

#include <QString>

// A Requesty console project (Spendboard extension endpoints; see shared/api/spendboard-extensions.md).
struct Project
{
    enum class Kind { Private, Shared };

    QString id;
    QString name;
    Kind kind = Kind::Shared;
    QString ownerId;    // private projects only
    QString ownerEmail; // private projects only
    Limit limit;
    Money spend; // current calendar month (UTC)
    int keyCount = 0;

    bool operator==(const Project& o) const
    {
        return id == o.id && name == o.name && kind == o.kind && ownerId == o.ownerId && ownerEmail == o.ownerEmail &&
               limit == o.limit && spend == o.spend && keyCount == o.keyCount;
    }
    bool operator!=(const Project& o) const { return !(*this == o); }
};
