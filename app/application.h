#pragma once

#include "commandline.h"
#include "connection.h"

#include <QObject>
#include <QPointer>

#include <memory>

class AlertBanner;
class AlertListModel;
class AppSettings;
class AuditLog;
class Clock;
class CurrencyRates;
class KeychainStore;
class LocalHistory;
class MainWindow;
class ManagementApi;
class OrgStore;
class ProfileStore;
class QuietHoursGate;
class ResetNotifier;
class QNetworkAccessManager;
class QSettings;
class RefreshScheduler;
class Screenshotter;
class Simulator;
class ThresholdMonitor;
class TrayController;
struct Alert;

// The composition root of the GUI: settings, profiles and the keychain, one QNetworkAccessManager,
// ManagementApi, OrgStore with its refresh scheduler, disk cache, usage history and audit log, the alert engine with
// the tray, and the main window. Nothing here is a singleton; everything is passed down.
class Application final : public QObject
{
    Q_OBJECT
public:
    explicit Application(const CommandLine& commandLine, QObject* parent = nullptr);
    ~Application() override;

    // Builds everything and starts connecting. Returns false (with a message on stderr) when the app
    // cannot start at all, e.g. the demo server could not listen.
    bool start();

    MainWindow* window() const { return m_window.get(); }
    OrgStore* store() const { return m_store.get(); }
    LocalHistory* history() const { return m_history; }

    // AppDataLocation/profiles/<name>/<file>
    static QString profileFile(const QString& profile, const QString& file);
    // AppDataLocation/currency.json: the display currency and its dated rates (all profiles).
    static QString currencyPath();

private:
    void buildWindow();
    void connectTo(const Connection& connection);
    void switchProfile(const QString& name);
    void openHistory(const QString& profile, bool demo);
    void showConnectionDialog();
    void showSettingsDialog();
    void onSnapshotChanged();
    void onAlerts(const QList<Alert>& alerts);
    void updateProfiles();
    void applySettings();
    void showWindow();
    void quit();

    CommandLine m_commandLine;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<QSettings> m_profileSettings;
    ProfileStore* m_profiles = nullptr;
    KeychainStore* m_secrets = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
    ManagementApi* m_api = nullptr;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<CurrencyRates> m_currency;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OrgStore> m_store;
    LocalHistory* m_history = nullptr;
    RefreshScheduler* m_scheduler = nullptr;
    ThresholdMonitor* m_monitor = nullptr;
    AlertListModel* m_alerts = nullptr;
    TrayController* m_tray = nullptr;
    QuietHoursGate* m_quietGate = nullptr;
    ResetNotifier* m_resetNotifier = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QPointer<AlertBanner> m_banner;
    Screenshotter* m_screenshotter = nullptr;
    Connection m_connection;
};
