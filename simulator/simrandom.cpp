#include "simrandom.h"

quint64 SimRandom::mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 SimRandom::hash(quint64 a, quint64 b, quint64 c)
{
    return mix(mix(mix(a) ^ b) ^ c);
}

quint64 SimRandom::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int SimRandom::bounded(int n)
{
    if (n <= 1)
        return 0;
    return int(next() % quint64(n));
}

int SimRandom::range(int lo, int hi)
{
    return lo + bounded(hi - lo + 1);
}

double SimRandom::unit()
{
    return unitFromHash(next());
}

bool SimRandom::chance(double probability)
{
    return unit() < probability;
}

QString SimRandom::hex(int digits)
{
    static const char kDigits[] = "0123456789abcdef";
    QString out;
    out.reserve(digits);
    quint64 bits = next();
    for (int i = 0; i < digits; ++i) {
        if (i > 0 && i % 16 == 0)
            bits = next();
        out.append(QLatin1Char(kDigits[bits & 0xf]));
        bits >>= 4;
    }
    return out;
}

QString SimRandom::uuid()
{
    // Version 4 layout: xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx, y in 8..b.
    QString h = hex(32);
    h[12] = QLatin1Char('4');
    static const char kVariant[] = "89ab";
    h[16] = QLatin1Char(kVariant[next() & 3]);
    return h.left(8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4) + QLatin1Char('-') +
           h.mid(16, 4) + QLatin1Char('-') + h.mid(20, 12);
}
