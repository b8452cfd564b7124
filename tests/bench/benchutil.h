#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// CPU time of the calling thread in milliseconds. On a shared machine the wall time of a short piece of
// work mostly measures the other processes; the thread's CPU time is what it cost (what the wall time
// would be on an idle core).
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0; // this thread only
};

inline Timing timeOnce(const std::function<void()>& body)
{
    const double cpu0 = threadCpuMs();
    QElapsedTimer t;
    t.start();
    body();
    return {double(t.nsecsElapsed()) / 1e6, threadCpuMs() - cpu0};
}

// Medians (each taken separately) of a list of timings.
inline Timing median(const QList<Timing>& timings)
{
    QList<double> wall, cpu;
    for (const Timing& t : timings) {
        wall.append(t.wallMs);
        cpu.append(t.cpuMs);
    }
    return {median(wall), median(cpu)};
}

// Median wall and thread-CPU time of `runs` calls.
inline Timing medianTiming(int runs, const std::function<void()>& body)
{
    QList<Timing> times;
    for (int i = 0; i < runs; ++i)
        times.append(timeOnce(body));
    return median(times);
}

// Median wall time of `runs` calls, in milliseconds.
inline double medianMs(int runs, const std::function<void()>& body)
{
    return medianTiming(runs, body).wallMs;
}

// "name  cpu ms (wall ms) | floor (what) cpu ms (wall ms) | ratio of the cpu times | target"
inline void reportTiming(const char* name, Timing value, Timing floor, const char* floorName, const char* target)
{
    if (floor.cpuMs > 0)
        std::printf("%-44s %8.2f ms cpu (%8.2f wall) | floor (%s) %8.2f ms cpu (%8.2f wall) | ratio %5.2f (wall %5.2f) "
                    "| target %s\n",
                    name, value.cpuMs, value.wallMs, floorName, floor.cpuMs, floor.wallMs, value.cpuMs / floor.cpuMs,
                    value.wallMs / floor.wallMs, target);
    else
        std::printf("%-44s %8.2f ms cpu (%8.2f wall) | target %s\n", name, value.cpuMs, value.wallMs, target);
    std::fflush(stdout);
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

// Starts spendboard-sim (out of process, as a real server) and reads its address and admin key.
inline bool startSimProcess(QProcess& server, const QString& program, const QStringList& args, QUrl* url,
                            QString* adminKey)
{
    server.start(program, args);
    while ((url->isEmpty() || adminKey->isEmpty()) && server.waitForReadyRead(30'000)) {
        while (server.canReadLine()) {
            const QString line = QString::fromUtf8(server.readLine()).trimmed();
            if (line.startsWith(QStringLiteral("Listening on ")))
                *url = QUrl(line.mid(13));
            else if (line.startsWith(QStringLiteral("Admin key: ")))
                *adminKey = line.mid(11);
        }
    }
    return !url->isEmpty() && !adminKey->isEmpty();
}
