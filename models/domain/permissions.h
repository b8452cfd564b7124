#pragma once

#include <QString>

// A key's permission on one API surface: none | read | write.
enum class Access { None, Read, Write };

struct Permissions
{
    Access manage = Access::None;      // management API
    Access completions = Access::None; // inference through the router

    bool operator==(const Permissions& o) const { return manage == o.manage && completions == o.completions; }
    bool operator!=(const Permissions& o) const { return !(*this == o); }
};

inline QString accessToApi(Access a)
{
    switch (a) {
    case Access::Read:
        return QStringLiteral("read");
    case Access::Write:
        return QStringLiteral("write");
    case Access::None:
        break;
    }
    return QStringLiteral("none");
}
