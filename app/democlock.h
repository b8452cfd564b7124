#pragma once

#include "domain/clock.h"

#include <QPointer>

class Simulator;

// The clock of a --demo session: the simulator's simulated time, which runs faster than real time so
// spend visibly moves. Month boundaries, "days left" and forecasts then agree with the served data.
class DemoClock final : public Clock
{
public:
    explicit DemoClock(const Simulator* simulator)
        : m_simulator(simulator)
    {}
    QDateTime nowUtc() const override;

private:
    const Simulator* m_simulator;
};
