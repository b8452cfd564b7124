#include "application.h"

#include "afterfirstpaint.h"

#include "applogging.h"
#include "benchprobe.h"
#include "checkcommand.h"
#include "democlock.h"
#include "screenshotter.h"

#include "alerts/alertlistmodel.h"
#include "alerts/alertsummary.h"
#include "alerts/thresholdmonitor.h"
#include "api/keychainstore.h"
#include "api/managementapi.h"
#include "api/profilestore.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/settingsdialog.h"
#include "history/currencyrates.h"
#include "history/localhistory.h"
#include "history/quiethoursgate.h"
#include "history/resetnotifier.h"
#include "pages/page.h"
#include "settings/appsettings.h"
#include "simulator.h"
#include "store/auditlog.h"
#include "store/orgstore.h"
#include "store/refreshscheduler.h"
#include "tray/alertbanner.h"
#include "tray/traycontroller.h"
#include "widgets/statusline.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

Application::Application(const CommandLine& commandLine, QObject* parent)
    : QObject(parent)
    , m_commandLine(commandLine)
    , m_settings(std::make_unique<AppSettings>())
    , m_profileSettings(std::make_unique<QSettings>())
    , m_clock(std::make_unique<SystemClock>())
    , m_currency(std::make_unique<CurrencyRates>())
{
    m_profiles = new ProfileStore(m_profileSettings.get(), this);
    m_secrets = new KeychainStore(this);
    m_nam = new QNetworkAccessManager(this);
    m_api = new ManagementApi(m_nam, this);
}

Application::~Application()
{
    // The window and the store refer to the clock, the simulator and the audit log: they go first.
    m_window.reset();
    delete m_history; // waits for a running history write; it uses the store's clock
    m_history = nullptr;
    m_store.reset();
}

QString Application::profileFile(const QString& profile, const QString& file)
{
    QString safe = profile;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._ -]")), QStringLiteral("_"));
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles/") + safe;
    QDir().mkpath(dir);
    return dir + u'/' + file;
}

bool Application::start()
{
    if (m_commandLine.demo) {
        QString error;
        m_simulator = ConnectionResolver::startDemo(&error);
        if (!m_simulator) {
            const QByteArray text = tr("spendboard: the demo could not start: %1\n").arg(error).toUtf8();
            std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
            return false;
        }
        m_clock = std::make_unique<DemoClock>(m_simulator.get());
    }
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    m_audit = std::make_unique<AuditLog>(dataDir + QStringLiteral("/audit.jsonl"));
    if (QFile::exists(currencyPath())) {
        QString error;
        if (!m_currency->load(currencyPath(), &error))
            qCWarning(lcApp) << "display currency ignored:" << error;
    }
    m_store = std::make_unique<OrgStore>(m_api, *m_clock);
    m_store->setAuditLog(m_audit.get());
    m_history = new LocalHistory(m_store.get(), this);
    m_scheduler = new RefreshScheduler(m_store.get(), this);
    m_monitor = new ThresholdMonitor(this);
    m_monitor->setForecastProvider([store = m_store.get()](const EntityRef& e) { return store->forecast(e); });
    m_alerts = new AlertListModel(this);
    m_tray = new TrayController(this);
    m_quietGate = new QuietHoursGate(*m_clock, this);
    m_resetNotifier = new ResetNotifier(m_settings.get(), *m_clock, this);
    applySettings();
    buildWindow();

    // Queued: the store marks a refreshed snapshot fresh right after announcing it.
    connect(m_store.get(), &OrgStore::snapshotChanged, this, &Application::onSnapshotChanged, Qt::QueuedConnection);
    connect(m_monitor, &ThresholdMonitor::alertsRaised, this, &Application::onAlerts);
    connect(m_settings.get(), &AppSettings::changed, this, [this](const QString& key) {
        if (key.startsWith(QLatin1String("refresh/")) || key.startsWith(QLatin1String("alerts/")) ||
            key == QLatin1String("ui/closeToTray"))
            applySettings();
    });
    connect(m_profiles, &ProfileStore::profilesChanged, this, &Application::updateProfiles);
    connect(m_history, &LocalHistory::warningRaised, this,
            [this](const QString& text) { m_window->statusLine()->showMessage(text); });
    // Once a month, after the first refresh in it (the demo's invented clock must not move the real month).
    connect(m_store.get(), &OrgStore::refreshFinished, this, [this](bool ok) {
        if (ok && !m_connection.demo)
            m_resetNotifier->observe(m_quietGate->isQuietNow());
    });
    connect(m_resetNotifier, &ResetNotifier::limitsReset, this,
            [this](const QString&, const QString& title, const QString& text, const QString& sentence) {
                if (!m_tray->showNotice(title, text))
                    m_window->statusLine()->showMessage(sentence);
            });

    if (const BenchProbe::Mode probe = BenchProbe::modeFromEnvironment(); probe != BenchProbe::Mode::None)
        new BenchProbe(probe, m_window.get(), m_store.get(), this);
    if (!m_commandLine.screenshot.isEmpty()) {
        m_screenshotter = new Screenshotter(m_window.get(), m_store.get(), m_commandLine, this);
        connect(m_screenshotter, &Screenshotter::finished, this, [](int code) { QCoreApplication::exit(code); });
    } else {
        m_tray->start();
    }

    if (m_simulator) {
        connectTo(
            Connection{ConnectionResolver::demoProfileName(), m_simulator->url(), m_simulator->adminKey(), 0, true});
    } else {
        auto* resolver = new ConnectionResolver(m_profiles, m_secrets, this);
        resolver->resolve(m_commandLine, [this, resolver](Result<Connection> c) {
            resolver->deleteLater();
            if (c) {
                connectTo(c.value());
                return;
            }
            if (ConnectionResolver::isNoProfile(c.error())) {
                // Nothing went wrong: there is simply nothing to connect to yet (no Details to show).
                m_window->statusLine()->showMessage(c.error().userMessage());
                if (m_commandLine.screenshot.isEmpty())
                    showConnectionDialog();
            } else {
                m_window->showError(c.error());
            }
            if (m_screenshotter)
                m_screenshotter->captureNow();
        });
    }
    showWindow();
    return true;
}

void Application::applySettings()
{
    const int interval =
        m_connection.refreshIntervalSecs > 0 ? m_connection.refreshIntervalSecs : m_settings->refreshIntervalSecs();
    m_scheduler->setIntervalSecs(m_connection.demo ? RefreshScheduler::kMinIntervalSecs : interval);
    m_monitor->setSettings(CheckCommand::alertSettings(*m_settings));
    m_quietGate->setQuietHours(m_settings->quietHoursEnabled()
                                   ? QuietHours(m_settings->quietHoursStart(), m_settings->quietHoursEnd())
                                   : QuietHours());
    if (m_window)
        m_window->setCloseToTray(m_tray->isTrayActive() && m_settings->closeToTray());
}

void Application::buildWindow()
{
    ViewContext context;
    context.store = m_store.get();
    context.settings = m_settings.get();
    context.alerts = m_alerts;
    context.monitor = m_monitor;
    context.auditLog = m_audit.get();
    context.history = m_history;
    context.currency = m_currency.get();
    m_window = std::make_unique<MainWindow>(context);
    auto* banner = new AlertBanner;
    m_banner = banner;
    m_window->setBanner(banner);
    MainWindow* w = m_window.get();
    connect(banner, &AlertBanner::entityActivated, w, &MainWindow::showEntity);
    connect(banner, &AlertBanner::alertsPageRequested, w, [w] { w->setCurrentPage(MainWindow::AlertsId); });

    connect(w, &MainWindow::refreshRequested, m_scheduler, &RefreshScheduler::refreshNow);
    connect(w, &MainWindow::profileSwitchRequested, this, &Application::switchProfile);
    connect(w, &MainWindow::connectionsRequested, this, &Application::showConnectionDialog);
    connect(w, &MainWindow::settingsRequested, this, &Application::showSettingsDialog);
    connect(w, &MainWindow::quitRequested, this, &Application::quit);
    connect(w, &MainWindow::hiddenToTray, this, [this] {
        // Once: say where the app went, so closing the window is not mistaken for quitting.
        if (m_settings->trayHintShown() || !m_tray->trayIcon())
            return;
        m_settings->setTrayHintShown(true);
        m_tray->trayIcon()->showMessage(tr("Spendboard is still running"),
                                        tr("It keeps watching your limits here in the tray. Quit it from the tray "
                                           "menu or with Ctrl+Q."),
                                        QSystemTrayIcon::Information, 8000);
    });

    connect(m_tray, &TrayController::openRequested, this, &Application::showWindow);
    connect(m_tray, &TrayController::refreshRequested, m_scheduler, &RefreshScheduler::refreshNow);
    connect(m_tray, &TrayController::quitRequested, this, &Application::quit);
    connect(m_tray, &TrayController::pauseRequested, this,
            [this](int secs) { m_monitor->pauseUntil(m_clock->nowUtc().addSecs(secs)); });
    connect(m_tray, &TrayController::snoozeRequested, this, [this](TrayController::SnoozeUntil until) {
        // Alerts keep being recorded (Alerts page); only the pop-ups pause.
        const auto kind = until == TrayController::SnoozeUntil::Tomorrow ? ThresholdMonitor::Snooze::UntilTomorrow
                                                                         : ThresholdMonitor::Snooze::RestOfMonth;
        const QDateTime end = ThresholdMonitor::snoozeEnd(kind, m_clock->nowUtc());
        m_monitor->pauseUntil(end);
        m_window->statusLine()->showMessage(
            tr("Alert pop-ups are snoozed until %1. Alerts are still recorded on the Alerts page.")
                .arg(QLocale().toString(end.toLocalTime(), QLocale::ShortFormat)));
    });
    connect(m_quietGate, &QuietHoursGate::quietHoursEnded, this,
            [this](const QString& summary, const QList<Alert>& alerts) {
                if (!m_tray->showNotice(tr("Quiet hours are over"), summary) && m_banner)
                    m_banner->showAlerts(alerts);
            });
    connect(m_tray, &TrayController::entityActivated, this, [this](const EntityRef& e) {
        showWindow();
        m_window->showEntity(e);
    });
    connect(m_tray, &TrayController::alertsPageRequested, this, [this] {
        showWindow();
        m_window->setCurrentPage(MainWindow::AlertsId);
    });
    connect(m_tray, &TrayController::fallbackAlerts, banner, &AlertBanner::showAlerts);
    connect(m_tray, &TrayController::trayAvailabilityChanged, this, [this](bool active) {
        qApp->setQuitOnLastWindowClosed(!active);
        applySettings();
    });
    connect(m_alerts, &AlertListModel::alertsAcknowledged, m_monitor, &ThresholdMonitor::acknowledge);
    m_alerts->attach(m_monitor);
    updateProfiles();
}

void Application::showWindow()
{
    if (!m_commandLine.screenshot.isEmpty()) {
        m_window->resize(m_commandLine.size);
        m_window->show();
        return;
    }
    const bool minimized = m_commandLine.minimized || m_settings->startMinimized();
    if (minimized && m_tray->isTrayActive() && !m_window->isVisible())
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    // Only once: later "open" requests always show the window.
    m_commandLine.minimized = false;
}

void Application::connectTo(const Connection& connection)
{
    m_scheduler->stop();
    m_store->cancelRefresh();
    m_connection = connection;
    m_api->setBaseUrl(connection.baseUrl);
    m_api->setApiKey(connection.key);
    m_store->invalidateCapabilities();
    // Reachability says nothing about a server on this machine (the demo, a local simulator).
    const QString host = connection.baseUrl.host();
    m_scheduler->setNetworkMonitoring(
        !(host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1")));
    m_store->setProfileName(connection.profile.isEmpty() ? connection.baseUrl.host() : connection.profile);
    const QString profile = connection.profile.isEmpty() ? connection.baseUrl.host() : connection.profile;
    if (!connection.demo) {
        // A demo's cache would only show yesterday's fiction: it always starts fresh.
        // The previous profile's data goes at once; this one's cache follows from a worker, so the
        // window paints without waiting for 10 000 keys to be read.
        m_store->setSnapshot(OrgSnapshot{}, true);
        m_store->setCachePath(profileFile(profile, QStringLiteral("cache.json")));
        m_store->loadCacheAsync();
    }
    // With a cache, the first refresh waits for it: on two cores, reading the cache and decoding the
    // server's answer side by side would delay both (10 000 keys: the cached data shows ~40 % sooner).
    const bool waitForCache = !connection.demo;
    openHistory(profile, connection.demo);
    // The alert state (~1 MB with 10 000 keys) is read once the window has painted, while the cache
    // loads on its worker, or sooner when the first evaluation needs it.
    m_monitor->setStatePathDeferred(profileFile(profile, QStringLiteral("alerts.json")));
    afterFirstPaint(m_window.get(), m_monitor, [monitor = m_monitor] { monitor->loadState(); });
    m_window->setWindowTitle(tr("%1 — Spendboard").arg(profile));
    applySettings();
    updateProfiles();
    qCInfo(lcApp) << "connecting profile" << profile << "at" << connection.baseUrl.toDisplayString();
    if (waitForCache)
        connect(m_store.get(), &OrgStore::cacheLoaded, m_scheduler, &RefreshScheduler::start, Qt::SingleShotConnection);
    else
        m_scheduler->start();
}

QString Application::currencyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/currency.json");
}

void Application::openHistory(const QString& profile, bool demo)
{
    const QString path = profileFile(profile, QStringLiteral("history.sqlite"));
    if (demo) {
        // Like its cache, a demo's history would only keep yesterday's fiction.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    QString error;
    if (!m_history->open(path, &error, HistoryDb::IntegrityCheck::Later)) {
        qCWarning(lcApp) << "usage history unavailable:" << error;
        m_window->statusLine()->showMessage(tr("The usage history cannot be used: %1").arg(error));
    }
}

void Application::switchProfile(const QString& name)
{
    if (name == m_connection.profile || m_connection.demo)
        return;
    auto* resolver = new ConnectionResolver(m_profiles, m_secrets, this);
    resolver->resolveProfile(name, [this, resolver, name](Result<Connection> c) {
        resolver->deleteLater();
        if (!c) {
            m_window->showError(c.error());
            updateProfiles();
            return;
        }
        m_profiles->setCurrent(name);
        connectTo(c.value());
    });
}

void Application::updateProfiles()
{
    if (!m_window)
        return;
    if (m_connection.demo) {
        m_window->setProfiles({ConnectionResolver::demoProfileName()}, ConnectionResolver::demoProfileName());
        return;
    }
    QStringList names = m_profiles->names();
    QString current = m_connection.profile;
    if (current.isEmpty() && !m_connection.baseUrl.isEmpty()) {
        current = m_connection.baseUrl.host();
        names.prepend(current);
    }
    m_window->setProfiles(names, current);
}

void Application::onSnapshotChanged()
{
    const QDateTime now = m_clock->nowUtc();
    if (!m_store->isStale())
        m_monitor->evaluate(m_store->snapshot(), now); // emits alertsRaised -> onAlerts
    m_tray->setSummary(
        AlertSummary::compute(m_store->snapshot(), m_monitor->settings(), now,
                              [store = m_store.get()](const EntityRef& e) { return store->forecast(e); }));
}

void Application::onAlerts(const QList<Alert>& raised)
{
    // During quiet hours the gate keeps them for one summary at the end (they are already recorded).
    const QList<Alert> alerts = m_quietGate->pass(raised);
    if (alerts.isEmpty())
        return;
    m_tray->showAlerts(alerts);
    // In front of the user, the banner says it where they look (the tray message may be missed).
    if (m_tray->isTrayActive() && m_window->isActiveWindow() && m_banner)
        m_banner->showAlerts(alerts);
}

void Application::showConnectionDialog()
{
    auto* d = new ConnectionDialog(m_profiles, m_secrets, m_nam, m_window.get());
    d->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_connection.profile.isEmpty() && !m_connection.demo)
        d->selectProfile(m_connection.profile);
    connect(d, &ConnectionDialog::profileSaved, this, [this](const QString& name) {
        // The first profile, or the one in use edited (new key or address): connect with it.
        if (m_connection.profile.isEmpty() || m_connection.profile == name) {
            m_connection.profile.clear();
            m_profiles->setCurrent(name);
            switchProfile(name);
        }
    });
    d->open();
}

void Application::showSettingsDialog()
{
    auto* d = new SettingsDialog(m_settings.get(), m_window.get());
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setCurrencyRates(m_currency.get());
    connect(d, &SettingsDialog::currencyChanged, this, [this] {
        QString error;
        if (!m_currency->save(currencyPath(), &error))
            m_window->statusLine()->showMessage(tr("The display currency could not be saved: %1").arg(error));
        for (int id = 0; id < MainWindow::PageCount; ++id)
            if (Page* page = m_window->page(MainWindow::PageId(id)))
                page->displayCurrencyChanged();
    });
    d->open();
}

void Application::quit()
{
    m_window->saveWindowState();
    QCoreApplication::quit();
}
