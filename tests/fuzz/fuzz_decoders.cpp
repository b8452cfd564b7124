// Fuzzes every management-API response decoder with the same bytes: none may crash, and what a decoder
// accepts must respect the invariants the rest of the app relies on (non-negative spend and limits,
// sorted usage buckets with valid starts, non-empty ids).
#include "api/decoders.h"

#include <cstdint>
#include <cstdlib>

namespace {
void check(bool ok)
{
    if (!ok)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    if (auto keys = decodeKeyList(body)) {
        for (const ApiKey& k : keys.value()) {
            check(!k.spend.isNegative());
            check(k.limit.isUnlimited() || k.limit.amount() > Money());
        }
    } else {
        check(keys.error().kind() == ApiError::Kind::BadResponse);
    }
    if (auto key = decodeKey(body))
        check(!key->spend.isNegative());
    (void)decodeOrganization(body);
    if (auto projects = decodeProjects(body)) {
        for (const Project& p : projects.value())
            check(!p.spend.isNegative());
    }
    (void)decodeProject(body);
    if (auto usage = decodeUsage(body)) {
        const UsageSeries& s = usage.value();
        for (qsizetype i = 0; i < s.size(); ++i) {
            check(s[i].start.isValid());
            check(i == 0 || s[i - 1].start <= s[i].start);
        }
    }
    (void)decodeCreatedKey(body);
    check(decodeErrorMessage(body).size() <= 300);
    return 0;
}
