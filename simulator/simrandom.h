#pragma once

#include <QString>
#include <QtGlobal>

// splitmix64: small, fast and the same on every platform, so a seed always builds the same
// organization (std::random_device and the std distributions are not reproducible across libraries).
class SimRandom final
{
public:
    explicit SimRandom(quint64 seed)
        : m_state(seed)
    {}

    quint64 next();
    int bounded(int n);        // [0, n)
    int range(int lo, int hi); // [lo, hi]
    double unit();             // [0, 1)
    bool chance(double probability);
    QString uuid();
    QString hex(int digits);

    // Stateless mixing for values that must be a pure function of their inputs (spend per key and day).
    static quint64 mix(quint64 x);
    static quint64 hash(quint64 a, quint64 b, quint64 c = 0);
    static double unitFromHash(quint64 h) { return double(h >> 11) * (1.0 / 9007199254740992.0); }

private:
    quint64 m_state;
};
