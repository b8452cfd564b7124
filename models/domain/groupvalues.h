#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <initializer_list>
#include <utility>

// The group_by field values of one usage row, e.g. {api_key_id: "k1", project_id: "p1"}. A refresh of a
// big organization holds ~70 000 rows, so this is compact: up to two fields inline (no allocation of
// its own), and the decoders intern the strings (StringPool) so the rows of one key share one copy of
// its id. Fields are kept sorted by name.
class GroupValues
{
public:
    using Entry = std::pair<QString, QString>; // field, value

    GroupValues() = default;
    GroupValues(std::initializer_list<Entry> entries)
    {
        for (const Entry& e : entries)
            insert(e.first, e.second);
    }

    // The value of a field; a null string when absent.
    QString value(QStringView field) const
    {
        const QString* v = find(field);
        return v ? *v : QString();
    }
    // The value of a field, or nullptr when absent.
    const QString* find(QStringView field) const
    {
        for (const Entry& e : m_entries)
            if (e.first == field)
                return &e.second;
        return nullptr;
    }
    bool contains(QStringView field) const { return find(field) != nullptr; }
    // Sets a field (replacing its value when present).
    void insert(const QString& field, const QString& value);

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const Entry* begin() const { return m_entries.cbegin(); }
    const Entry* end() const { return m_entries.cend(); }

    bool operator==(const GroupValues& o) const { return m_entries == o.m_entries; }
    bool operator!=(const GroupValues& o) const { return !(*this == o); }

private:
    QVarLengthArray<Entry, 2> m_entries;
};

inline void GroupValues::insert(const QString& field, const QString& value)
{
    auto it = m_entries.begin();
    while (it != m_entries.end() && it->first < field)
        ++it;
    if (it != m_entries.end() && it->first == field)
        it->second = value;
    else
        m_entries.insert(it, Entry(field, value));
}
