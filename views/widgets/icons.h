#pragma once

#include <QIcon>
#include <QString>

// The app's own SVG icons (resources/icons, compiled in), so every desktop shows the same set.
class Icons
{
public:
    // e.g. "overview", "refresh", "edit-limit"; an unknown name gives an empty icon.
    static QIcon get(const QString& name);
};
