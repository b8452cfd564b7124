// Fuzzes the disk-cache loader (binary version 3 and the JSON versions 1 and 2 it still reads): garbage
// must be refused with a reason, never crash; what it accepts must encode (as version 3) and decode again
// to the same snapshot.
#include "store/snapshotcodec.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto snapshot = SnapshotCodec::decode(bytes, &error);
    if (!snapshot) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    const auto again = SnapshotCodec::decode(SnapshotCodec::encode(*snapshot));
    if (!again || !again->sameDataAs(*snapshot) || again->fetchedAt != snapshot->fetchedAt)
        std::abort();
    return 0;
}
