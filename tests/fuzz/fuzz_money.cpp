// Fuzzes the exact money parser: it must never crash, and whatever it accepts must be within bounds and
// survive a round trip through its own decimal text.
#include "domain/money.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (Money::Sign sign : {Money::Sign::AllowNegative, Money::Sign::NonNegative}) {
        const auto m = Money::parse(text, sign);
        if (!m)
            continue;
        if (m->micros() > Money::kMaxMicros || m->micros() < -Money::kMaxMicros)
            std::abort();
        if (sign == Money::Sign::NonNegative && m->isNegative())
            std::abort();
        const auto back = Money::parse(m->toDecimalString());
        if (!back || *back != *m)
            std::abort();
        (void)m->format(QLocale::c());
        (void)Money::fromJson(m->toJsonNumber());
    }
    return 0;
}
