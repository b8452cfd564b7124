#include "traylogging.h"

Q_LOGGING_CATEGORY(lcTray, "spendboard.tray")
