#pragma once

#include "orgsnapshot.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The disk cache's own JSON encoding of an OrgSnapshot (independent of the API decoders, so a cache
// never depends on what a server sends). Versioned; grouped usage is stored column-wise to stay compact
// with 10 000 keys. Holds no secret.
class SnapshotCodec
{
public:
    static constexpr int kVersion = 2; // reads 1 too (usage values inline, no string table)

    static QByteArray encode(const OrgSnapshot& snapshot);
    // nullopt with a readable reason ("keys[3].limit: not a number", "unknown cache version 7").
    static std::optional<OrgSnapshot> decode(const QByteArray& json, QString* error = nullptr);
};
