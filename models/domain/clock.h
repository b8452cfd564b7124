#pragma once

#include <QDateTime>

// The time seam: product code asks a Clock, tests pass a FixedClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // The process-wide system clock (stateless, so a shared instance is harmless).
    static const Clock& system();
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(now.toUTC())
    {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};
