#include "simledger.h"

void SimLedger::reserve(int keys)
{
    m_spend.reserve(size_t(keys) * kRingDays);
    m_requests.reserve(size_t(keys) * kRingDays);
    m_total.reserve(size_t(keys));
    m_costPerRequest.reserve(size_t(keys));
}

void SimLedger::addKey(int costPerRequestMicros)
{
    m_spend.resize(m_spend.size() + kRingDays, 0);
    m_requests.resize(m_requests.size() + kRingDays, 0);
    m_total.push_back(0);
    m_costPerRequest.push_back(qMax(1, costPerRequestMicros));
}

void SimLedger::beginDay(qint64 day)
{
    const int s = slot(day);
    if (m_slotDay[s] == day)
        return;
    m_slotDay[s] = day;
    for (size_t key = 0; key < m_total.size(); ++key) {
        m_spend[key * kRingDays + size_t(s)] = 0;
        m_requests[key * kRingDays + size_t(s)] = 0;
    }
}

void SimLedger::record(int key, qint64 day, qint64 spendMicros)
{
    if (spendMicros <= 0 || !holds(day))
        return;
    const size_t k = size_t(key);
    const qint64 cost = m_costPerRequest[k];
    const qint64 before = m_total[k];
    const qint64 after = before + spendMicros;
    m_total[k] = after;
    m_totalAll += spendMicros;
    m_spend[index(key, day)] += spendMicros;
    m_requests[index(key, day)] += qint32(after / cost - before / cost);
}

qint64 SimLedger::daySpend(int key, qint64 day) const
{
    return holds(day) ? m_spend[index(key, day)] : 0;
}

qint64 SimLedger::dayRequests(int key, qint64 day) const
{
    return holds(day) ? m_requests[index(key, day)] : 0;
}
