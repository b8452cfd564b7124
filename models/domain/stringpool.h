#pragma once

#include <QSet>
#include <QString>

// Interns strings while one response or cache file is decoded: equal strings come back as one shared
// QString, so ~70 000 usage rows naming 10 000 keys hold 10 000 id strings, not 70 000. Not
// thread-safe; one pool per decode.
class StringPool
{
public:
    QString intern(const QString& s)
    {
        const auto it = m_strings.constFind(s);
        if (it != m_strings.cend())
            return *it;
        m_strings.insert(s);
        return s;
    }

private:
    QSet<QString> m_strings;
};
