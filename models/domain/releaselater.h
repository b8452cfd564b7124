#pragma once

#include <QThreadPool>

#include <tuple>
#include <type_traits>

// Asks for the pages freed by big releases to be given back to the system (malloc_trim on glibc; a no-op
// elsewhere). Without it the RSS of an app open all day keeps the peak of every refresh. The trim runs on
// a pool thread once the app has been quiet for a few seconds (the refresh's follow-ups, which free more
// than the release itself, are done by then) and at most once a minute; a request within that minute is
// deferred, never dropped. Callable from any thread; needs a QCoreApplication.
void returnFreedMemory();

// For tests: the quiet time and the minimum interval (milliseconds), and how many trims ran so far.
void setFreedMemoryTiming(int settleMs, int minIntervalMs);
int freedMemoryReturns();

// Destroys `values` on a pool thread. Dropping the last reference to 10 000 keys, their usage rows or a
// table's rows frees hundreds of thousands of small blocks (20-30 ms); done where a refresh lands, that
// is a frame the GUI thread never paints. With `trim`, returnFreedMemory() follows (for the big ones).
// Only for plain values (implicitly shared containers, strings, shared_ptr; pass them with std::move):
// never for QObjects, whose thread affinity matters.
template <typename... T>
void releaseInBackground(bool trim, T&&... values)
{
    static_assert((!std::is_lvalue_reference_v<T> && ...), "pass the values with std::move");
    using Values = std::tuple<std::decay_t<T>...>;
    QThreadPool::globalInstance()->start([trim, doomed = Values(std::move(values)...)]() mutable {
        doomed = Values();
        if (trim)
            returnFreedMemory();
    });
}
