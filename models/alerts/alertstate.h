#pragma once

#include "alert.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

// What the alert engine remembers per profile, so that a restart or a refresh returning the same
// data never repeats an alert: the fired set {entity, kind, threshold, month}, snoozes, mutes, the
// global pause and the alert history (newest last, capped). Persisted as one JSON file written
// atomically (QSaveFile). Holds no secrets: entity ids and names only.
//
// Loading is forgiving: a missing file is an empty state; a corrupt, truncated or unknown-version file
// is ignored with a warning (the engine then alerts for current crossings once, which is the "no
// missed alert" side of the trade). A failed save is a warning; the in-memory state still prevents
// repeats for this session.
class AlertState
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kHistoryCap = 1000;

    struct Fired
    {
        QString entity; // Alert::entityKey
        Alert::Kind kind = Alert::Kind::Threshold;
        int threshold = 0;
        QString month; // "2026-11"
        Money limit;   // the limit when it fired (forecasts re-arm when the limit is raised)
    };

    AlertState() = default;

    // The file; empty = memory only (save() is then a successful no-op).
    void setPath(const QString& path) { m_path = path; }
    QString path() const { return m_path; }
    // Replaces the state with the file's content. Returns false (and an empty state) when the file is
    // missing or unusable; `warning` then says why (empty for a missing file).
    bool load(QString* warning = nullptr);
    bool save(QString* error = nullptr) const;
    void clear();

    QJsonObject toJson() const;
    bool fromJson(const QJsonObject& object, QString* error = nullptr);

    // Fired set.
    bool isFired(const QString& entity, Alert::Kind kind, int threshold, const QString& month) const;
    const Fired* fired(const QString& entity, Alert::Kind kind, int threshold) const;
    void markFired(const Fired& entry);
    bool unfire(const QString& entity, Alert::Kind kind, int threshold);
    QList<Fired> firedEntries() const;
    QList<Fired> firedFor(const QString& entity, Alert::Kind kind) const;
    // Drops entries of other months (a new month re-arms everything). Returns true when any was dropped.
    bool retainMonth(const QString& month);
    // Drops fired entries, snoozes and mutes of entities not in `entities` (deleted keys/projects).
    bool retainEntities(const QSet<QString>& entities);

    // Snoozes, mutes and the global pause.
    void setSnooze(const QString& entity, const QDateTime& untilUtc); // invalid = remove
    QDateTime snoozedUntil(const QString& entity) const { return m_snoozes.value(entity); }
    bool isSnoozed(const QString& entity, const QDateTime& nowUtc) const;
    QHash<QString, QDateTime> snoozes() const { return m_snoozes; }
    void setMuted(const QString& entity, bool muted);
    bool isMuted(const QString& entity) const { return m_mutes.contains(entity); }
    QSet<QString> mutes() const { return m_mutes; }
    void setPausedUntil(const QDateTime& untilUtc) { m_pausedUntil = untilUtc.toUTC(); } // invalid = no pause
    QDateTime pausedUntil() const { return m_pausedUntil; }
    bool isPaused(const QDateTime& nowUtc) const { return m_pausedUntil.isValid() && nowUtc < m_pausedUntil; }
    // True when alerts for `entity` are delivered with the suppressed flag at nowUtc.
    bool isSuppressed(const QString& entity, const QDateTime& nowUtc) const;
    // Forgets snoozes and the pause that ended before nowUtc. Returns true when any was dropped.
    bool dropExpired(const QDateTime& nowUtc);

    // History, oldest first, at most kHistoryCap entries (the oldest go first).
    const QList<Alert>& history() const { return m_history; }
    void appendHistory(const QList<Alert>& alerts);
    bool acknowledge(const QStringList& ids); // true when any changed
    bool acknowledgeAll();

private:
    QString m_path;
    QHash<QString, QList<Fired>> m_fired; // by entity: a handful of entries each, looked up per refresh
    QHash<QString, QDateTime> m_snoozes;
    QSet<QString> m_mutes;
    QDateTime m_pausedUntil;
    QList<Alert> m_history;
};
