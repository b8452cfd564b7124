#include "alertslogging.h"

Q_LOGGING_CATEGORY(lcAlerts, "spendboard.alerts")
