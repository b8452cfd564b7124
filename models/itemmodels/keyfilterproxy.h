#pragma once

#include "entityfilterproxy.h"

// Filters and sorts ApiKeyTableModel: search over name, labels and creator; quick filters; a project.
class KeyFilterProxy final : public EntityFilterProxy
{
    Q_OBJECT
public:
    explicit KeyFilterProxy(QObject* parent = nullptr);

    // Only keys of this project; empty = every key.
    void setProjectFilter(const QString& projectId);
    QString projectFilter() const { return m_projectId; }

protected:
    bool acceptsRow(const EntityRow& row) const override;

private:
    QString m_projectId;
};
