#pragma once

#include "pages/viewcontext.h"
#include "store/entityref.h"

#include <QMainWindow>

#include <array>
#include <optional>

class ActivityPage;
class AlertsPage;
class ApiError;
class DialogLauncher;
class ExportController;
class KeysPage;
class MonthCloseController;
class OverviewPage;
class Page;
class ProjectsPage;
class QAction;
class QComboBox;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QVBoxLayout;
class RunwayPage;
class RefreshStatus;
class StatusLine;

// The main window: navigation on the left (Overview, Projects, Keys, Runway, Alerts, Activity; Ctrl+1..6),
// the pages in a stack (each built the first time it is shown), a toolbar with the profile switcher,
// Refresh (F5) and the refresh status, an error line with Details, a slot for the alert banner, and
// the menus. Window geometry, the splitter and the pages' table headers are kept in AppSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum PageId { OverviewId, ProjectsId, KeysId, RunwayId, AlertsId, ActivityId, PageCount };

    explicit MainWindow(const ViewContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    static QString pageName(PageId id); // "overview", "projects", "keys", "runway", "alerts", "activity"
    static std::optional<PageId> pageFromName(const QString& name);

    void setCurrentPage(PageId id);
    PageId currentPage() const;
    Page* page(PageId id) const { return m_pages.at(id); } // null until first shown
    Page* ensurePage(PageId id);
    OverviewPage* overviewPage();
    ProjectsPage* projectsPage();
    KeysPage* keysPage();
    RunwayPage* runwayPage();
    AlertsPage* alertsPage();
    ActivityPage* activityPage();

    // The profile switcher: names in order and the current one.
    void setProfiles(const QStringList& names, const QString& current);
    QComboBox* profileSwitcher() const { return m_profiles; }
    // Puts a widget (the alert banner) above the pages; not owned before this call.
    void setBanner(QWidget* banner);
    // When true, closing the window hides it (the app keeps running in the tray).
    void setCloseToTray(bool on) { m_closeToTray = on; }

    StatusLine* statusLine() const { return m_statusLine; }
    RefreshStatus* refreshStatus() const { return m_refreshStatus; }
    QListWidget* navigation() const { return m_nav; }
    QSplitter* splitter() const { return m_splitter; }
    DialogLauncher* dialogs() const { return m_dialogs; }
    ExportController* exports() const { return m_exports; }
    MonthCloseController* monthClose() const { return m_monthClose; }
    OrgStore* store() const { return m_context.store; }
    QAction* refreshAction() const { return m_refresh; }
    QList<QAction*> pageActions() const { return m_pageActions; }

    // Saves geometry, splitter and the built pages' header/splitter state (also done on close).
    void saveWindowState();

public slots:
    void showError(const ApiError& error);
    void showMessage(const QString& message); // a transient note in the status bar
    // Opens the page of a key or project with it selected.
    void showEntity(const EntityRef& entity);
    void showAbout();
    void showShortcuts();

signals:
    void refreshRequested();
    void profileSwitchRequested(const QString& name);
    void settingsRequested();
    void connectionsRequested();
    void exportRequested(MainWindow::PageId page);
    void monthReportRequested();
    void alertsExportRequested();
    void quitRequested();
    void pageChanged(MainWindow::PageId page);
    void pageCreated(MainWindow::PageId page);
    void hiddenToTray();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void buildToolbar();
    void restoreWindowState();
    void wirePage(PageId id, Page* page);
    void updateAlertsCount();
    void onRefreshFinished(bool ok);

    ViewContext m_context;
    std::array<Page*, PageCount> m_pages{};
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QSplitter* m_splitter;
    QVBoxLayout* m_bannerSlot;
    StatusLine* m_statusLine;
    RefreshStatus* m_refreshStatus;
    QComboBox* m_profiles;
    DialogLauncher* m_dialogs;
    ExportController* m_exports;
    MonthCloseController* m_monthClose;
    QAction* m_refresh = nullptr;
    QList<QAction*> m_pageActions;
    bool m_closeToTray = false;
    bool m_errorFromRefresh = false;
};
