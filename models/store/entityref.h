#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

// Which entity a chart, forecast or alert is about.
struct EntityRef
{
    enum class Kind { Organization, Project, Key };
    Kind kind = Kind::Organization;
    QString id; // empty for the organization

    static EntityRef org() { return {}; }
    static EntityRef project(const QString& id) { return {Kind::Project, id}; }
    static EntityRef key(const QString& id) { return {Kind::Key, id}; }
    bool isOrganization() const { return kind == Kind::Organization; }
    bool operator==(const EntityRef& o) const { return kind == o.kind && id == o.id; }
    bool operator!=(const EntityRef& o) const { return !(*this == o); }
};

inline size_t qHash(const EntityRef& e, size_t seed = 0)
{
    return qHashMulti(seed, int(e.kind), e.id);
}

Q_DECLARE_METATYPE(EntityRef)
