#include "applogging.h"

Q_LOGGING_CATEGORY(lcApp, "spendboard.app")
