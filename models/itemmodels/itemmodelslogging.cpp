#include "itemmodelslogging.h"

Q_LOGGING_CATEGORY(lcModels, "spendboard.models")
