#pragma once

#include <QSet>
#include <QString>

// Interns values while one response or cache file is decoded: equal values come back as one shared
// (implicitly shared) copy, so ~70 000 usage rows naming 10 000 keys hold 10 000 id strings and groups,
// not 70 000. `T` needs operator== and qHash. Not thread-safe; one pool per decode.
template <typename T>
class InternPool
{
public:
    T intern(const T& value)
    {
        const auto it = m_values.constFind(value);
        if (it != m_values.cend())
            return *it;
        m_values.insert(value);
        return value;
    }

private:
    QSet<T> m_values;
};

using StringPool = InternPool<QString>;
