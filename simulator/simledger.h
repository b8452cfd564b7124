#pragma once

#include <QtGlobal>

#include <array>
#include <vector>

// What keys actually spent, per key and UTC day, for the last kRingDays days (a ring: 10 000 keys x 128
// days x 12 bytes is about 15 MB). Requests are derived from each key's running total spend and its cost
// per request, so they add up the same way whatever the granularity a query asks for.
class SimLedger final
{
public:
    static constexpr int kRingDays = 128;

    SimLedger() { m_slotDay.fill(-1); }

    void reserve(int keys);
    void addKey(int costPerRequestMicros);
    int keyCount() const { return int(m_total.size()); }

    // Starts recording a new day: recycles the ring slot it falls into.
    void beginDay(qint64 day);
    bool holds(qint64 day) const { return m_slotDay[slot(day)] == day; }

    void record(int key, qint64 day, qint64 spendMicros);

    qint64 daySpend(int key, qint64 day) const;
    qint64 dayRequests(int key, qint64 day) const;
    qint64 totalSpend(int key) const { return m_total[size_t(key)]; }
    qint64 totalSpendAll() const { return m_totalAll; }

private:
    static int slot(qint64 day) { return int(((day % kRingDays) + kRingDays) % kRingDays); }
    size_t index(int key, qint64 day) const { return size_t(key) * kRingDays + size_t(slot(day)); }

    std::vector<qint64> m_spend;
    std::vector<qint32> m_requests;
    std::vector<qint64> m_total;
    std::vector<qint32> m_costPerRequest;
    std::array<qint64, kRingDays> m_slotDay{};
    qint64 m_totalAll = 0;
};
