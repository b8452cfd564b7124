#pragma once

#include <QLoggingCategory>

// "spendboard.api": requests (method, path, status, time), retries and decode failures. Never secrets,
// never the Authorization header, never response bodies.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
