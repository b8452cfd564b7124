#pragma once

#include "alert.h"
#include "alertsettings.h"
#include "alertstate.h"
#include "alertsubject.h"

#include <QObject>

// The alert engine. Pure logic on snapshots (no GUI, no timers, no network): the app calls evaluate()
// after every refresh (OrgStore::snapshotChanged) and delivers what it returns.
//
// Rules (per entity: the organization's budget and balance, each project and key with a limit):
// - Threshold/Budget: spend >= t % of the limit (Money::reachesPercent) fires once per
//   (entity, t, month). When several thresholds are crossed at once (first run, a lowered limit, a
//   big jump) only the highest raises an alert; the lower ones are marked fired too.
// - A fired threshold re-arms in a new UTC month, or within the month when spend falls below
//   t - hysteresis % (a raised limit). Entities without a limit raise no threshold alerts and keep
//   their fired entries.
// - Forecast: "projected to reach its limit on <date>" once per entity and month; re-armed when the
//   limit is raised above the one it fired for. A forecast arriving together with a new threshold
//   alert of the same entity is folded into that alert (one alert per entity and evaluation).
// - Balance: balance below the floor fires once per month; re-armed when the balance recovers to
//   floor + hysteresis %.
// - Snoozed/muted entities and a global pause still mark alerts fired (no late repeat when the
//   snooze ends) but deliver them with `suppressed` set: history only, no tray message.
// - State (fired set, snoozes, mutes, pause, history) is saved after every change; entities missing
//   from the snapshot lose their state. A snapshot fetched in an earlier month than nowUtc is not
//   evaluated (its spends belong to that month).
class ThresholdMonitor final : public QObject
{
    Q_OBJECT
public:
    enum class Snooze {
        OneHour,
        OneDay,
        UntilTomorrow, // the next local midnight
        RestOfMonth    // "until reset": the start of the next UTC month
    };

    explicit ThresholdMonitor(QObject* parent = nullptr);
    ~ThresholdMonitor() override;

    void setSettings(const AlertSettings& settings) { m_settings = settings; }
    const AlertSettings& settings() const { return m_settings; }
    // Optional: e.g. [&store](const EntityRef& e) { return store.forecast(e); }. Default: SnapshotSeries.
    void setForecastProvider(ForecastProvider provider) { m_forecast = std::move(provider); }

    // The profile's state file; loads it at once (a missing or bad file gives an empty state, the
    // latter with a warning). Returns whether a state was loaded.
    bool setStatePath(const QString& path);
    // The same, read later: by loadState() or by the first use of the state, whichever comes first
    // (the app reads it after the window's first paint: with 10 000 keys it is ~1 MB of JSON).
    void setStatePathDeferred(const QString& path);
    // Reads a deferred state file now (emits stateLoaded); does nothing when there is none pending.
    void loadState();
    const AlertState& state() const
    {
        ensureLoaded();
        return m_state;
    }

    // Evaluates a snapshot at nowUtc; returns the new alerts (also emitted as alertsRaised when any).
    QList<Alert> evaluate(const OrgSnapshot& snapshot, const QDateTime& nowUtc);

    void snooze(const EntityRef& entity, Snooze duration, const QDateTime& nowUtc);
    void snoozeUntil(const EntityRef& entity, const QDateTime& untilUtc); // invalid = end the snooze
    void setMuted(const EntityRef& entity, bool muted);
    bool isMuted(const EntityRef& entity) const { return state().isMuted(Alert::entityKey(entity)); }
    void pauseUntil(const QDateTime& untilUtc); // invalid = resume
    void acknowledge(const QStringList& alertIds);
    void acknowledgeAll();

    static QDateTime snoozeEnd(Snooze duration, const QDateTime& nowUtc);
    // The user-visible text of an alert (used by evaluate(); public for the check report and tests).
    static QString messageFor(const Alert& alert);

signals:
    void alertsRaised(const QList<Alert>& alerts);
    // Snoozes, mutes, the pause or acknowledgements changed (not emitted by evaluate()).
    void stateChanged();
    // A deferred state file was read: the history and the fired set are those of the file now.
    void stateLoaded();

private:
    void evaluateLimit(const AlertSubject& subject, const QString& month, const QDateTime& nowUtc, QList<Alert>& out);
    void evaluateBalance(const AlertSubject& subject, const QString& month, const QDateTime& nowUtc, QList<Alert>& out);
    Alert makeAlert(const AlertSubject& subject, Alert::Kind kind, int threshold, const QDateTime& nowUtc) const;
    void changedByUser();
    void ensureLoaded() const { const_cast<ThresholdMonitor*>(this)->loadState(); }

    AlertSettings m_settings;
    ForecastProvider m_forecast;
    AlertState m_state;
    bool m_loadPending = false;
    bool m_dirty = false;
};
