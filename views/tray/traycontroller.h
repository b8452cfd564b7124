#pragma once

#include "alerts/alert.h"
#include "alerts/alertsummary.h"

#include <QList>
#include <QObject>
#include <QSystemTrayIcon>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QTimer;

// Owns the system-tray icon and its menu: shows the worst state (icon + tooltip), delivers alerts as
// tray messages and reports what the user asked for. The app wires the signals and decides
// setQuitOnLastWindowClosed(!isTrayActive()).
//
// Without a system tray (QSystemTrayIcon::isSystemTrayAvailable() false — under the offscreen
// platform, or before the tray host is up; supportsMessages() is never taken as proof) every alert
// goes out through fallbackAlerts() for the in-window banner, so nothing is lost. start() retries
// briefly because the tray host may appear after the app.
class TrayController final : public QObject
{
    Q_OBJECT
public:
    // What one tray message said, as handed to QSystemTrayIcon::showMessage and the notifier seam.
    struct Message
    {
        QString title;
        QString text;
        QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
        QList<Alert> alerts; // what it is about (several for a coalesced burst)
    };
    using Notifier = std::function<void(const Message&)>;
    using AvailabilityProbe = std::function<bool()>;

    // More alerts than this in one call are coalesced into one message.
    static constexpr int kBurstThreshold = 3;
    static constexpr int kMessageMs = 10'000;
    static constexpr int kPauseSeconds = 3600;

    explicit TrayController(QObject* parent = nullptr);
    ~TrayController() override;
    Q_DISABLE_COPY_MOVE(TrayController)

    // Seams. The notifier sees every message shown (in addition to the real showMessage). The probe
    // replaces QSystemTrayIcon::isSystemTrayAvailable (tests of message handling under offscreen).
    void setNotifier(Notifier notifier) { m_notifier = std::move(notifier); }
    void setAvailabilityProbe(AvailabilityProbe probe) { m_probe = std::move(probe); }
    // Default: 20 attempts, 500 ms apart (10 s).
    void setRetryPolicy(int attempts, int intervalMs);

    // Shows the icon now if a tray is available, else keeps retrying in the background.
    void start();
    bool isTrayActive() const { return m_active; }
    bool isRetrying() const;

    void setSummary(const AlertSummary& summary);
    AlertSummary::Level level() const { return m_level; }
    QString toolTip() const;

    // One tray message per alert, or one for a burst of more than kBurstThreshold. Suppressed alerts
    // (snoozed, muted, paused) are skipped. Without a tray: fallbackAlerts(alerts) instead.
    void showAlerts(const QList<Alert>& alerts);
    // The message a batch would produce (pure; public for tests and the banner).
    static QList<Message> messagesFor(const QList<Alert>& alerts);

    QSystemTrayIcon* trayIcon() const { return m_tray; }
    QMenu* menu() const { return m_menu.get(); }
    QAction* openAction() const { return m_open; }
    QAction* refreshAction() const { return m_refresh; }
    QAction* pauseAction() const { return m_pause; }
    QAction* snoozeTomorrowAction() const { return m_snoozeTomorrow; }
    QAction* snoozeResetAction() const { return m_snoozeReset; }
    enum class SnoozeUntil { Tomorrow, Reset };
    Q_ENUM(SnoozeUntil)
    // A message that is not about one alert (the summary when quiet hours end). Without a tray it goes
    // nowhere: the caller shows the alerts in the window instead. Returns whether it was shown.
    bool showNotice(const QString& title, const QString& text);
    QAction* quitAction() const { return m_quit; }

signals:
    void openRequested();
    void refreshRequested();
    void pauseRequested(int seconds);
    void snoozeRequested(TrayController::SnoozeUntil until);
    void quitRequested();
    // The user clicked the last message: about one entity, or a burst (show the Alerts page).
    void entityActivated(const EntityRef& entity);
    void alertsPageRequested();
    // No tray: the app shows these in its in-window banner.
    void fallbackAlerts(const QList<Alert>& alerts);
    void trayAvailabilityChanged(bool available);

private:
    void attempt();
    void setActive(bool active);
    bool trayAvailable() const;
    void deliver(const Message& message);
    void onMessageClicked();
    void onActivated(QSystemTrayIcon::ActivationReason reason);

    QSystemTrayIcon* m_tray = nullptr;
    std::unique_ptr<QMenu> m_menu;
    QAction* m_open = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_snoozeTomorrow = nullptr;
    QAction* m_snoozeReset = nullptr;
    QAction* m_quit = nullptr;
    QTimer* m_retry = nullptr;
    int m_attemptsLeft = 0;
    int m_maxAttempts = 20;
    bool m_active = false;
    AlertSummary::Level m_level = AlertSummary::Level::Ok;
    QString m_summaryText;
    Notifier m_notifier;
    AvailabilityProbe m_probe;
    // What a click on the last message opens.
    bool m_lastWasBurst = false;
    std::optional<EntityRef> m_lastEntity;
};
