#pragma once

#include <QLoggingCategory>

// "spendboard.models": item models, proxies and chart series.
Q_DECLARE_LOGGING_CATEGORY(lcModels)
