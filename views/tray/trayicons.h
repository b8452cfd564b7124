#pragma once

#include "alerts/alertsummary.h"

#include <QIcon>

// The three tray states drawn at runtime; they differ in shape as well as colour so they read in
// monochrome trays and for colour-blind users: ok = green disc with a tick, warning = amber triangle
// with "!", over = red octagon with a bar.
class TrayIcons
{
public:
    static QIcon icon(AlertSummary::Level level);
};
