#pragma once

#include "runwaycalculator.h"
#include "runwayinput.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class LocalHistory;
class OrgStore;
class RunwayModel;

// Keeps a RunwayModel in step with the store: after each snapshot change the inputs and their results
// are built on a worker thread (10 000 keys take tens of milliseconds) and merged into the model on the
// owner's thread. Changes that arrive while a build runs are coalesced into one more build. Early in a
// month, when the store's window does not cover the 14 spark-line days, the inputs are built on the
// owner's thread with the local history (its read connection belongs to that thread).
class RunwayUpdater final : public QObject
{
    Q_OBJECT
public:
    RunwayUpdater(OrgStore* store, LocalHistory* history, RunwayModel* model, QObject* parent = nullptr);
    ~RunwayUpdater() override;
    Q_DISABLE_COPY_MOVE(RunwayUpdater)

    bool isBusy() const { return m_building; }

public slots:
    void update();

signals:
    // The model holds the runway of the snapshot as of `asOf`.
    void updated(const QDateTime& asOf);

private:
    void onBuilt(const QList<RunwayCalculator::Result>& results);

    OrgStore* m_store;
    QPointer<LocalHistory> m_history;
    RunwayModel* m_model;
    bool m_building = false;
    QDateTime m_buildingAsOf;
    bool m_again = false;
};
