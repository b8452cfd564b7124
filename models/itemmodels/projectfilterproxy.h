#pragma once

#include "entityfilterproxy.h"

// Filters and sorts ProjectTableModel: search over name and owner; quick filters; project kind.
class ProjectFilterProxy final : public EntityFilterProxy
{
    Q_OBJECT
public:
    enum class KindFilter { All, PrivateOnly, SharedOnly };
    Q_ENUM(KindFilter)

    explicit ProjectFilterProxy(QObject* parent = nullptr);

    void setKindFilter(KindFilter kind);
    KindFilter kindFilter() const { return m_kind; }

protected:
    bool acceptsRow(const EntityRow& row) const override;

private:
    KindFilter m_kind = KindFilter::All;
};
