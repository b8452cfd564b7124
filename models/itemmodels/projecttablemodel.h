#pragma once

#include "entitytablemodel.h"

#include "domain/project.h"

#include <QHash>
#include <QLocale>
#include <QPointer>

class OrgStore;

// The projects of the current organization (empty when the server has no project endpoints), merged
// from OrgStore::snapshotChanged like ApiKeyTableModel.
class ProjectTableModel final : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn, // private / shared
        OwnerColumn,
        LimitColumn,
        SpendColumn,
        PercentColumn,
        ForecastColumn,
        HeadroomColumn,
        StatusColumn,
        KeysColumn, // number of keys
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ProjectTableModel(OrgStore* store, QObject* parent = nullptr);
    ~ProjectTableModel() override;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool hasProjects() const { return m_hasProjects; }
    void setLocale(const QLocale& locale);

public slots:
    void reload();

protected:
    QString toolTip(const EntityRow& row, int column) const override;
    EntityCell cell(const EntityRow& row, int column) const override;

private:
    struct Inputs
    {
        Project project;
        QList<Money> window;
        QDateTime asOf;
        quint64 generation = 0;

        bool operator==(const Inputs& o) const { return project == o.project && window == o.window && asOf == o.asOf; }
    };
    EntityRow buildRow(const Inputs& in);

    QPointer<OrgStore> m_store;
    QLocale m_locale;
    bool m_hasProjects = false;
    QHash<QString, Inputs> m_inputs;
    quint64 m_generation = 0;
    quint64 m_builtRows = 0; // stamps each built row (EntityRow::sourceDigest)
};
