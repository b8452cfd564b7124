#pragma once

#include "domain/money.h"

#include <QString>

// How the key and project tables show money when it is not plain US dollars (a display currency):
// EntityTableModel asks it for the text of each money cell at display time. Sorting, MoneyRole and
// everything stored stay exact US dollars; only the words on screen change.
class MoneyFormatter
{
public:
    virtual ~MoneyFormatter() = default;
    // The text of `usd` (an exact US dollar amount) in the display currency.
    virtual QString format(Money usd) const = 0;
    // The currency the texts are in ("EUR"), for the column headers.
    virtual QString currency() const = 0;
};
