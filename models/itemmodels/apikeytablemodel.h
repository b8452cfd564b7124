#pragma once

#include "entitytablemodel.h"

#include "domain/apikey.h"

#include <QHash>
#include <QLocale>
#include <QPointer>

class OrgStore;

// The keys of the current organization, merged from OrgStore::snapshotChanged. A row is rebuilt only
// when its inputs (the key, its usage, its project's cap, the data's instant) changed.
class ApiKeyTableModel final : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ProjectColumn, // empty when the server has no projects
        LimitColumn,
        SpendColumn,    // month to date
        PercentColumn,  // of the key's own limit
        ForecastColumn, // expected at month end
        HeadroomColumn, // effective: min(key, project)
        StatusColumn,
        LabelsColumn,
        CreatedByColumn,
        ExpiryColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int kExpiringSoonDays = 7;

    explicit ApiKeyTableModel(OrgStore* store, QObject* parent = nullptr);
    ~ApiKeyTableModel() override;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool hasProjects() const { return m_hasProjects; }
    // Display texts follow this locale (default: QLocale()). Changing it rebuilds every row.
    void setLocale(const QLocale& locale);

public slots:
    // Merges the store's current keys (connected to OrgStore::snapshotChanged).
    void reload();

private:
    // Everything a row is computed from; an unchanged row is reused without formatting or forecasting.
    struct Inputs
    {
        ApiKey key;
        QList<Money> window;
        Limit projectLimit;
        Money projectSpend;
        QString projectName;
        QDateTime asOf;
        bool hasProjects = false;
        quint64 generation = 0; // the reload that last saw this key

        bool operator==(const Inputs& o) const
        {
            return key == o.key && window == o.window && projectLimit == o.projectLimit &&
                   projectSpend == o.projectSpend && projectName == o.projectName && asOf == o.asOf &&
                   hasProjects == o.hasProjects;
        }
    };
    EntityRow buildRow(const Inputs& in) const;

    QPointer<OrgStore> m_store;
    QLocale m_locale;
    bool m_hasProjects = false;
    QHash<QString, Inputs> m_inputs;
    quint64 m_generation = 0;
};
