#pragma once

#include <QStringView>
#include <QtGlobal>

#include <cstring>

#if defined(_MSC_VER) && defined(_M_X64) && !defined(__clang__)
#include <intrin.h>
#endif

// A 64-bit digest of a sequence of values, to tell whether what something was built from changed
// without keeping a copy of it. Two different sequences share a digest with a probability of about
// 2^-64; keep it to caches that are rebuilt anyway from time to time. Never store it: it is not meant
// to be stable across versions.
//
// Fast on purpose (a 10 000-key merge digests ~300 bytes per key on every refresh): one 64x64->128-bit
// multiply per 8 bytes, folded (the "mum" step of wyhash), in two chains that are folded together at the
// end.
class Digest
{
public:
    Digest& add(quint64 v)
    {
        // Two chains, word by word in turn: the CPU runs their multiplies side by side.
        quint64& lane = m_lanes[m_count & 1];
        lane = mum(lane ^ v ^ kA, kB);
        ++m_count;
        return *this;
    }
    Digest& add(qint64 v) { return add(quint64(v)); }
    Digest& add(int v) { return add(quint64(qint64(v))); }
    Digest& add(bool v) { return add(quint64(v ? 1 : 2)); }
    // As its UTF-16 bytes, length first: ("ab", "c") and ("a", "bc") differ.
    Digest& add(QStringView s) { return addBytes(s.utf16(), s.size() * qsizetype(sizeof(char16_t))); }
    // Plain bytes (an array of integers), length first; the last word is padded with zeros.
    Digest& addBytes(const void* data, qsizetype size)
    {
        add(quint64(size));
        const char* bytes = static_cast<const char*>(data);
        for (; size >= 8; size -= 8, bytes += 8) {
            quint64 w;
            std::memcpy(&w, bytes, 8);
            add(w);
        }
        if (size > 0) {
            quint64 w = 0;
            std::memcpy(&w, bytes, size_t(size));
            add(w);
        }
        return *this;
    }

    quint64 value() const { return mum(m_lanes[0] ^ kA ^ m_count, m_lanes[1] ^ kB); }

private:
    static constexpr quint64 kA = 0xa0761d6478bd642fULL;
    static constexpr quint64 kB = 0xe7037ed1a0b428dbULL;

    // The 128-bit product of a and b, its halves xor-ed.
    static quint64 mum(quint64 a, quint64 b)
    {
#if defined(__SIZEOF_INT128__)
        __extension__ using U128 = unsigned __int128; // (a GCC/Clang type; __extension__ for -Wpedantic)
        const U128 r = static_cast<U128>(a) * b;
        return quint64(r) ^ quint64(r >> 64);
#elif defined(_MSC_VER) && defined(_M_X64) && !defined(__clang__)
        quint64 high = 0;
        const quint64 low = _umul128(a, b, &high);
        return low ^ high;
#else
        // Portable fallback: splitmix64's finalizer of a ^ b.
        quint64 x = a ^ b;
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        x ^= x >> 31;
        return x;
#endif
    }

    quint64 m_lanes[2] = {0x243f6a8885a308d3ULL, 0x13198a2e03707344ULL};
    quint64 m_count = 0;
};
