#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// The cache's string table (both encodings): every string once, named by its index. Grouped usage
// repeats each key id once per day, so rows refer to the table; a 10 000-key cache stays small.
class SnapshotStringTable
{
public:
    quint64 indexOf(const QString& s)
    {
        const auto it = m_index.constFind(s);
        if (it != m_index.cend())
            return *it;
        const quint64 i = quint64(m_strings.size());
        m_strings.append(s);
        m_index.insert(s, i);
        return i;
    }
    const QStringList& strings() const { return m_strings; }

private:
    QStringList m_strings;
    QHash<QString, quint64> m_index;
};
