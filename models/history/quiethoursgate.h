#pragma once

#include "quiethours.h"
#include "quiethoursbuffer.h"

#include "alerts/alert.h"
#include "domain/clock.h"

#include <QList>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

// Between the alert engine and the tray: during quiet hours the alerts that would pop up are
// collected instead (the engine has already recorded them in the alert history), and when the quiet
// hours end one summary is announced: "While quiet hours were on: 3 keys crossed 80 %, …". A
// single-shot timer wakes at the end of the window; check() does the same on demand (tests, resume
// from sleep).
class QuietHoursGate final : public QObject
{
    Q_OBJECT
public:
    explicit QuietHoursGate(const Clock& clock, QObject* parent = nullptr);

    void setQuietHours(const QuietHours& hours, const QTimeZone& zone = QTimeZone::systemTimeZone());
    const QuietHours& quietHours() const { return m_hours; }
    bool isQuietNow() const;

    // The alerts to show now. Suppressed alerts (snoozed, paused) are never shown nor collected.
    QList<Alert> pass(const QList<Alert>& alerts);
    int pendingCount() const { return int(m_pending.size()); }
    // When the timer will look again (invalid: not scheduled).
    QDateTime nextCheck() const { return m_nextCheck; }

public slots:
    // Announces the collected alerts when the quiet hours are over (or were switched off).
    void check();

signals:
    void quietHoursEnded(const QString& summary, const QList<Alert>& alerts);

private:
    void schedule();

    const Clock& m_clock;
    QuietHours m_hours;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QuietHoursBuffer m_buffer;
    QList<Alert> m_pending;
    QTimer m_timer;
    QDateTime m_nextCheck;
};
