#include "historylogging.h"

Q_LOGGING_CATEGORY(lcHistory, "spendboard.history")
