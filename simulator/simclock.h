#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

// Simulated time: start + speed x real elapsed time + explicit jumps (advance()).
class SimClock final
{
public:
    SimClock(qint64 startMSecs, double speed);

    qint64 nowMSecs() const;
    qint64 nowSecs() const;
    void advance(qint64 secs) { m_offsetMSecs += secs * 1000; }
    double speed() const { return m_speed; }
    void setSpeed(double speed); // keeps "now" continuous

private:
    qint64 m_startMSecs;
    qint64 m_offsetMSecs = 0;
    double m_speed;
    QElapsedTimer m_elapsed;
};
