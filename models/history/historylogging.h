#pragma once

#include <QLoggingCategory>

// "spendboard.history": local usage history, runway, currency rates and month-close messages.
Q_DECLARE_LOGGING_CATEGORY(lcHistory)
