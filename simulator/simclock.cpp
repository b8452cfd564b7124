#include "simclock.h"

#include <cmath>

SimClock::SimClock(qint64 startMSecs, double speed)
    : m_startMSecs(startMSecs)
    , m_speed(qMax(0.0, speed))
{
    m_elapsed.start();
}

qint64 SimClock::nowMSecs() const
{
    return m_startMSecs + m_offsetMSecs + qint64(std::floor(m_speed * double(m_elapsed.elapsed())));
}

qint64 SimClock::nowSecs() const
{
    const qint64 ms = nowMSecs();
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

void SimClock::setSpeed(double speed)
{
    m_startMSecs = nowMSecs() - m_offsetMSecs;
    m_elapsed.restart();
    m_speed = qMax(0.0, speed);
}
