#include "simfaults.h"

#include "simjson.h"

SimFaults::SimFaults(quint64 seed)
    : m_random(SimRandom::hash(seed, 0xfa17ULL))
{
    m_clock.start();
}

void SimFaults::setRateLimitPerMinute(int perMinute)
{
    m_rateLimit = qMax(0, perMinute);
    m_window.clear();
}

bool SimFaults::roll(double rate)
{
    if (rate <= 0.0)
        return false;
    if (rate >= 1.0)
        return true;
    return m_random.chance(rate);
}

int SimFaults::admit()
{
    if (m_rateLimit <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    while (!m_window.empty() && m_window.front() <= now - 60000)
        m_window.pop_front();
    if (int(m_window.size()) >= m_rateLimit) {
        const qint64 waitMs = m_window.front() + 60000 - now;
        return int(qMax<qint64>(1, (waitMs + 999) / 1000));
    }
    m_window.push_back(now);
    return 0;
}

SimReply SimFaults::errorReply()
{
    switch (m_random.bounded(3)) {
    case 0:
        return SimReply::error(500, QStringLiteral("Internal server error (simulated)"));
    case 1:
        return SimReply::error(502, QStringLiteral("Bad gateway (simulated)"));
    default:
        break;
    }
    SimReply reply = SimReply::error(503, QStringLiteral("Service unavailable (simulated)"));
    reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    return reply;
}

SimReply SimFaults::rateLimitedReply(int retryAfter) const
{
    SimReply reply =
        SimReply::error(429, QStringLiteral("Rate limit exceeded: at most %1 requests per minute; retry in %2 s")
                                 .arg(m_rateLimit)
                                 .arg(retryAfter));
    reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
    return reply;
}

QByteArray SimFaults::malform(const QByteArray& body)
{
    if (body.isEmpty())
        return body;
    if (m_random.bounded(2) == 0) {
        // Cut short: a JSON text that lost its closing bracket can never parse.
        return body.left(qMax(1, int(body.size() * 2 / 3)));
    }
    // Structurally broken: an unterminated array after the first key, as a crashed encoder would leave it.
    const int colon = body.indexOf(':');
    if (colon < 0)
        return QByteArrayLiteral("{\"keys\": [");
    return body.left(colon + 1) + QByteArrayLiteral(" [{,") + body.mid(colon + 1, 40);
}
