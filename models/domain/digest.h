#pragma once

#include <QHash>
#include <QStringView>

#include <cstdint>

// A 64-bit digest of a sequence of values, to tell whether what something was built from changed
// without keeping a copy of it. Two different sequences share a digest with a probability of about
// 2^-64; keep it to caches that are rebuilt anyway from time to time. Deterministic within a process
// (strings are hashed with Qt's per-process seed), so never store it.
class Digest
{
public:
    Digest& add(quint64 v)
    {
        m_state = mix(m_state ^ (v + 0x9e3779b97f4a7c15ULL + (m_state << 6) + (m_state >> 2)));
        return *this;
    }
    Digest& add(qint64 v) { return add(quint64(v)); }
    Digest& add(int v) { return add(quint64(qint64(v))); }
    Digest& add(bool v) { return add(quint64(v ? 1 : 2)); }
    // The length first: ("ab", "c") and ("a", "bc") differ.
    Digest& add(QStringView s)
    {
        add(quint64(s.size()));
        return add(quint64(qHash(s, size_t(m_state))));
    }

    quint64 value() const { return m_state; }

private:
    // splitmix64's finalizer: every input bit moves about half the output bits.
    static quint64 mix(quint64 x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        x ^= x >> 31;
        return x;
    }

    quint64 m_state = 0x243f6a8885a308d3ULL;
};
