#pragma once

#include "money.h"

#include <QString>

struct Organization
{
    QString name;
    Money balance; // remaining prepaid credit (USD); may be negative if the server says so

    bool operator==(const Organization& o) const { return name == o.name && balance == o.balance; }
    bool operator!=(const Organization& o) const { return !(*this == o); }
};
