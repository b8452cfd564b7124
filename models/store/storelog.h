#pragma once

#include <QLoggingCategory>

// "spendboard.store": refresh, cache, audit log and scheduler messages. Defined in orgstore.cpp.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
