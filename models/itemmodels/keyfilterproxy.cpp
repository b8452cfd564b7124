#include "keyfilterproxy.h"

#include "entityrow.h"

KeyFilterProxy::KeyFilterProxy(QObject* parent)
    : EntityFilterProxy(parent)
{}

void KeyFilterProxy::setProjectFilter(const QString& projectId)
{
    if (projectId == m_projectId)
        return;
    m_projectId = projectId;
    invalidateFilter();
}

bool KeyFilterProxy::acceptsRow(const EntityRow& row) const
{
    return m_projectId.isEmpty() || row.projectId == m_projectId;
}
