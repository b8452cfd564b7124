#include "democlock.h"

#include "simulator.h"

QDateTime DemoClock::nowUtc() const
{
    return m_simulator ? m_simulator->simulatedNow().toUTC() : QDateTime::currentDateTimeUtc();
}
