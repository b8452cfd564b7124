#include "releaselater.h"

#include <atomic>
#include <chrono>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// Returning pages has a price: the next allocations fault them in again (measured: a 10 000-key
// merge took 31 ms of CPU instead of 11 when every release trimmed). At most once a minute keeps the
// all-day RSS down without paying that on every refresh.
constexpr auto kMinInterval = std::chrono::minutes(1);
std::atomic<std::chrono::steady_clock::rep> g_lastTrim{0};

} // namespace

void returnFreedMemory()
{
#if defined(__GLIBC__)
    const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    auto last = g_lastTrim.load();
    const auto interval = std::chrono::duration_cast<std::chrono::steady_clock::duration>(kMinInterval).count();
    if (last != 0 && now - last < interval)
        return;
    if (!g_lastTrim.compare_exchange_strong(last, now))
        return; // another thread trims right now
    malloc_trim(0);
#endif
}
