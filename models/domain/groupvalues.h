#pragma once

#include "stringpool.h"

#include <QHashFunctions>
#include <QSet>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <initializer_list>
#include <utility>

// The group_by field values of one usage row, e.g. {api_key_id: "k1", project_id: "p1"}. A refresh of a
// big organization holds ~70 000 rows naming ~10 000 distinct groups, so this is one pointer to shared
// entries: the decoders intern whole groups (GroupValuesPool) and their strings (StringPool), so the
// rows of one key share one copy of its values. Fields are kept sorted by name.
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
        for (const Entry& e : *this)
            if (e.first == field)
                return &e.second;
        return nullptr;
    }
    bool contains(QStringView field) const { return find(field) != nullptr; }
    // Sets a field (replacing its value when present).
    void insert(const QString& field, const QString& value);

    qsizetype size() const { return d ? d->entries.size() : 0; }
    bool isEmpty() const { return size() == 0; }
    const Entry* begin() const { return d ? d->entries.cbegin() : nullptr; }
    const Entry* end() const { return d ? d->entries.cend() : nullptr; }
    // Whether both share one copy (an interned group).
    bool isSharedWith(const GroupValues& o) const { return d == o.d; }
    // The shared copy's address: groups that are isSharedWith() each other have the same one.
    const void* identity() const { return d.constData(); }

    bool operator==(const GroupValues& o) const
    {
        return d == o.d || (size() == o.size() && std::equal(begin(), end(), o.begin()));
    }
    bool operator!=(const GroupValues& o) const { return !(*this == o); }

private:
    struct Data : QSharedData
    {
        QVarLengthArray<Entry, 2> entries;
    };
    QSharedDataPointer<Data> d;
};

inline void GroupValues::insert(const QString& field, const QString& value)
{
    if (!d)
        d = new Data;
    auto& entries = d->entries; // detaches when shared
    auto it = entries.begin();
    while (it != entries.end() && it->first < field)
        ++it;
    if (it != entries.end() && it->first == field)
        it->second = value;
    else
        entries.insert(it, Entry(field, value));
}

inline size_t qHash(const GroupValues& g, size_t seed = 0)
{
    for (const GroupValues::Entry& e : g)
        seed = qHashMulti(seed, e.first, e.second);
    return seed;
}

// Interns whole groups while one response or cache file is decoded: equal groups come back sharing
// one copy.
using GroupValuesPool = InternPool<GroupValues>;
