#include "projectfilterproxy.h"

#include "entityrow.h"

ProjectFilterProxy::ProjectFilterProxy(QObject* parent)
    : EntityFilterProxy(parent)
{}

void ProjectFilterProxy::setKindFilter(KindFilter kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool ProjectFilterProxy::acceptsRow(const EntityRow& row) const
{
    switch (m_kind) {
    case KindFilter::All:
        return true;
    case KindFilter::PrivateOnly:
        return row.privateProject;
    case KindFilter::SharedOnly:
        return !row.privateProject;
    }
    return true;
}
