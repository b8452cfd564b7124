#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>

// Median wall time of `runs` calls, in milliseconds.
inline double medianMs(int runs, const std::function<void()>& body)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        body();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

inline void report(const char* name, double value, const char* unit, double floor, const char* floorName,
                   const char* target)
{
    if (floor > 0)
        std::printf("%-44s %9.2f %s | floor (%s) %9.2f %s | ratio %5.2f | target %s\n", name, value, unit, floorName,
                    floor, unit, value / floor, target);
    else
        std::printf("%-44s %9.2f %s | target %s\n", name, value, unit, target);
    std::fflush(stdout);
}

inline long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}
