#pragma once

#include "orgsnapshot.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The disk cache's own encoding of an OrgSnapshot (independent of the API decoders, so a cache never
// depends on what a server sends). Holds no secret.
//
// Version 3 (written) is binary, because at 10 000 keys the JSON of version 2 was 6.9 MB and parsing it
// was most of a cold start: "SPBC", then the version and the body, all little-endian, integers as
// LEB128 varints (zig-zag for signed values), money as the qint64 micro-dollars (never a double), times
// as qint64 ms since the epoch (UTC) or a marker for an invalid time. Every string of the snapshot is
// stored once in a table and named by index, so 70 000 usage rows share the 10 000 key ids. Grouped
// usage is stored column-wise per bucket (field names once, then one value index per field per row).
// The layout is spelled out in snapshotcodecbinary.cpp.
//
// Versions 1 and 2 (JSON, starting with '{') are still read, so an existing cache survives an upgrade.
class SnapshotCodec
{
public:
    static constexpr int kVersion = 3;     // binary; decode() reads 1 and 2 (JSON) too
    static constexpr int kJsonVersion = 2; // the last JSON version (usage values by string table index)

    static QByteArray encode(const OrgSnapshot& snapshot);
    // nullopt with a readable reason ("keys[3].limit: amount out of range", "unknown cache version 7",
    // "truncated: ..."). Any input is safe: sizes are checked against the bytes left before anything is
    // allocated.
    static std::optional<OrgSnapshot> decode(const QByteArray& data, QString* error = nullptr);

    // Version 2 (JSON). The app never writes it; tests and the fuzz seed use it to make old files.
    static QByteArray encodeVersion2(const OrgSnapshot& snapshot);

private:
    static QByteArray encodeBinary(const OrgSnapshot& snapshot);
    static std::optional<OrgSnapshot> decodeBinary(const QByteArray& data, QString* error);
    static std::optional<OrgSnapshot> decodeJson(const QByteArray& json, QString* error);
};
