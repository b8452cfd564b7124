// Fuzzes the usage period-key and timestamp parsers: never crash; what they accept is a valid UTC time.
#include "api/decoders.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QDateTime key = parsePeriodKey(text);
    if (key.isValid() && key.timeSpec() != Qt::UTC && key.offsetFromUtc() != 0)
        std::abort();
    const QDateTime ts = parseTimestamp(text);
    if (ts.isValid() && ts.offsetFromUtc() != 0)
        std::abort();
    return 0;
}
