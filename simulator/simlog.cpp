#include "simlog.h"

Q_LOGGING_CATEGORY(lcSim, "spendboard.sim", QtInfoMsg)
