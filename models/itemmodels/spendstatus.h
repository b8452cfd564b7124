#pragma once

#include "domain/money.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// Where an entity stands against its monthly limit. Thresholds: warning from 80 %, over from 100 %.
class SpendStatus
{
    Q_DECLARE_TR_FUNCTIONS(SpendStatus)
public:
    enum Value { Ok, Warning, Over, NoLimit, Expired };

    static constexpr int kWarningPercent = 80;
    static constexpr int kOverPercent = 100;

    static Value of(Limit limit, Money spend, bool expired = false);
    // Basis points of the limit (1 % = 100), floor; -1 when there is no limit.
    static qint64 progress(Limit limit, Money spend);
    static QString text(Value status);
    // Sort rank, least to most urgent: no limit, ok, warning, over, expired.
    static int rank(Value status);
};
