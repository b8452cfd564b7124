#include "runwayupdater.h"

#include "localhistory.h"
#include "runwaycalculator.h"
#include "runwayinputbuilder.h"
#include "runwaymodel.h"

#include "store/orgstore.h"
#include "store/usageindex.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

RunwayUpdater::RunwayUpdater(OrgStore* store, LocalHistory* history, RunwayModel* model, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_history(history)
    , m_model(model)
{
    connect(m_store, &OrgStore::snapshotChanged, this, &RunwayUpdater::update);
    if (history)
        connect(history, &LocalHistory::recorded, this, [this] {
            // Only early in a month do the spark lines need the history.
            if (m_store->hasData() &&
                m_store->asOf().toUTC().date().day() < RunwayCalculator::kSparkDays - UsageIndex::kPreviousDays)
                update();
        });
    update();
}

// A build still running holds only copies of the snapshot; its result is dropped with its watcher (a child).
RunwayUpdater::~RunwayUpdater() = default;

void RunwayUpdater::update()
{
    if (m_building) {
        m_again = true;
        return;
    }
    m_again = false;
    if (!m_store->hasData()) {
        m_model->setInputs({}, m_store->clock().nowUtc());
        emit updated(QDateTime());
        return;
    }
    const OrgSnapshot snapshot = m_store->snapshot(); // implicitly shared: a cheap copy
    const QDateTime asOf = m_store->asOf();
    const bool needsHistory = asOf.toUTC().date().day() < RunwayCalculator::kSparkDays - UsageIndex::kPreviousDays;
    // Burn and limit dates are computed as of the forecasts' instant, so the runway agrees with them.
    const QDateTime forecastAsOf = m_store->forecastAsOf();
    if (needsHistory && m_history && m_history->isOpen()) {
        m_model->setInputs(RunwayInputBuilder::fromSnapshot(snapshot, asOf, m_history->database()), forecastAsOf);
        emit updated(asOf);
        return;
    }
    m_buildingAsOf = asOf;
    // One watcher per build, deleted once read: a watcher kept as a member would keep the last build's
    // results (megabytes at 10 000 keys) alive until the next one. The results are computed there too
    // (~40 ms at 10 000 keys); this thread only merges them.
    using Results = QList<RunwayCalculator::Result>;
    auto* watcher = new QFutureWatcher<Results>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_building = false;
        onBuilt(watcher->result());
    });
    m_building = true;
    watcher->setFuture(QtConcurrent::run([snapshot, asOf, forecastAsOf] {
        return RunwayCalculator::computeAll(RunwayInputBuilder::fromSnapshot(snapshot, asOf, nullptr), forecastAsOf);
    }));
}

void RunwayUpdater::onBuilt(const QList<RunwayCalculator::Result>& results)
{
    m_model->setResults(results);
    emit updated(m_buildingAsOf);
    if (m_again)
        update();
}
