#pragma once

#include "simrandom.h"
#include "simreply.h"

#include <QElapsedTimer>

#include <deque>

// Transport faults: latency, 5xx errors, malformed bodies, dropped connections and a per-minute rate
// limit. Every knob may change while the server runs. Rolls come from a seeded generator so a run with
// a given seed and request order is repeatable.
class SimFaults final
{
public:
    explicit SimFaults(quint64 seed);

    int latencyMs() const { return m_latencyMs; }
    void setLatencyMs(int ms) { m_latencyMs = qMax(0, ms); }
    double errorRate() const { return m_errorRate; }
    void setErrorRate(double rate) { m_errorRate = qBound(0.0, rate, 1.0); }
    double malformedRate() const { return m_malformedRate; }
    void setMalformedRate(double rate) { m_malformedRate = qBound(0.0, rate, 1.0); }
    double dropRate() const { return m_dropRate; }
    void setDropRate(double rate) { m_dropRate = qBound(0.0, rate, 1.0); }
    int rateLimitPerMinute() const { return m_rateLimit; }
    void setRateLimitPerMinute(int perMinute);

    // Counts the request against the limit; returns the Retry-After seconds when over it (then the request
    // is not counted), 0 when it may go on.
    int admit();
    bool rollDrop() { return roll(m_dropRate); }
    bool rollError() { return roll(m_errorRate); }
    bool rollMalformed() { return roll(m_malformedRate); }
    SimReply errorReply();
    SimReply rateLimitedReply(int retryAfter) const;
    // Broken JSON or a body cut short (the Content-Length will match what is sent).
    QByteArray malform(const QByteArray& body);

private:
    bool roll(double rate);

    SimRandom m_random;
    int m_latencyMs = 0;
    double m_errorRate = 0.0;
    double m_malformedRate = 0.0;
    double m_dropRate = 0.0;
    int m_rateLimit = 0;
    QElapsedTimer m_clock;
    std::deque<qint64> m_window; // real-time ms of admitted requests in the last minute
};
