#include "snapshotcodec.h"

// The two families of files tell themselves apart by their first byte: version 3 starts with the magic
// "SPBC", versions 1 and 2 are JSON objects ('{', perhaps after whitespace).
QByteArray SnapshotCodec::encode(const OrgSnapshot& snapshot)
{
    return encodeBinary(snapshot);
}

std::optional<OrgSnapshot> SnapshotCodec::decode(const QByteArray& data, QString* error)
{
    if (data.startsWith("SPBC"))
        return decodeBinary(data, error);
    const QByteArray start = data.left(64).trimmed();
    if (start.startsWith('{') || start.startsWith('[') || start.isEmpty())
        return decodeJson(data, error); // also gives the JSON-flavoured reasons for empty or other JSON
    if (error)
        *error = QStringLiteral("not a Spendboard cache file (unknown start)");
    return std::nullopt;
}
