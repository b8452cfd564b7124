#pragma once

#include "entitytablemodel.h"

#include "domain/apikey.h"
#include "domain/project.h"

#include <QFutureWatcher>
#include <QHash>
#include <QLocale>
#include <QPointer>

#include <memory>

class OrgStore;
class UsageIndex;

// The keys of the current organization, merged from OrgStore::snapshotChanged. A row is rebuilt only
// when its inputs (the key, its usage, its project's cap, the data's instant) changed. For big
// organizations the rows are built on a worker thread and only the merge (a comparison and the model
// signals) runs on the GUI thread; isUpdating() tells whether the model is still catching up.
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
    static constexpr int kDefaultAsyncThreshold = 2000;

    explicit ApiKeyTableModel(OrgStore* store, QObject* parent = nullptr);
    ~ApiKeyTableModel() override;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool hasProjects() const { return m_hasProjects; }
    // Display texts follow this locale (default: QLocale()). Changing it rebuilds every row.
    void setLocale(const QLocale& locale);
    // Organizations with at least this many keys build their rows on a worker thread (0 = always).
    void setAsyncThreshold(int keys) { m_asyncThreshold = keys; }
    // A worker build is running or another reload waits for it.
    bool isUpdating() const { return m_building || m_reloadPending; }

public slots:
    // Merges the store's current keys (connected to OrgStore::snapshotChanged).
    void reload();

signals:
    // isUpdating() went back to false: the model equals the store.
    void updated();

protected:
    QString toolTip(const EntityRow& row, int column) const override;
    EntityCell cell(const EntityRow& row, int column) const override;

private:
    // Where a key stands in time: the only inputs that move with the clock alone.
    struct TimeState
    {
        qint64 forecastAsOfMs = 0; // OrgStore::forecastAsOf(): held for minutes, not per refresh
        bool expired = false;
        bool expiringSoon = false;

        bool operator==(const TimeState& o) const
        {
            return forecastAsOfMs == o.forecastAsOfMs && expired == o.expired && expiringSoon == o.expiringSoon;
        }
    };
    // What a row is computed from. A row keeps only the digest of it (EntityRow::sourceDigest), not a copy:
    // an unchanged row is reused without formatting or forecasting.
    struct Inputs
    {
        const ApiKey& key;
        quint64 windowDigest;      // of the key's recent daily spend (its forecast; UsageIndex::window)
        const Project* project;    // its project, if any
        quint64 projectDigest = 0; // of *project (projectDigest()); 0 = none
        TimeState time;
        bool hasProjects = false;
        int formatVersion = 0;

        quint64 digest() const;
    };
    struct Texts
    {
        QString noLimit, never;
        QString status[5];
    };
    // A consistent copy of what a build needs (implicitly shared containers: cheap, thread-safe to read).
    struct Job
    {
        QList<ApiKey> keys;
        QHash<QString, Project> projects;
        std::shared_ptr<const UsageIndex> index;
        QDateTime asOf;         // exact: expiry
        QDateTime forecastAsOf; // held: forecasts
        qint64 forecastAsOfMs = 0;
        bool hasProjects = false;
        Texts texts;
        int formatVersion = 0;
        QList<EntityRow> previousRows;
        QHash<QString, int> previousRowOf;
        quint64 rowsGeneration = 0;
    };
    struct Built
    {
        QList<EntityRow> rows;  // when the merge could not be prepared (keys added or removed)
        PreparedMerge prepared; // otherwise: the rebuilt rows at their positions and what changed
        int rebuilt = 0;
    };
    static Texts texts(); // in the current language
    static quint64 projectDigest(const Project& project);
    static Built build(Job job);
    static EntityCell cellOf(const EntityRow& row, int column, const Texts& texts);
    static TimeState timeState(const ApiKey& key, const Job& job);
    static EntityRow buildRow(const Inputs& in, const Job& job);
    void apply(Built built);

    QPointer<OrgStore> m_store;
    QLocale m_locale;
    bool m_hasProjects = false;
    int m_asyncThreshold = kDefaultAsyncThreshold;
    bool m_building = false;
    bool m_reloadPending = false;
    int m_formatVersion = 0; // bumped when every text must be redone (locale)
    Texts m_texts;
    QFutureWatcher<Built> m_watcher;
};
