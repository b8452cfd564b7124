#include "mainwindow.h"

#include "dialoglauncher.h"
#include "exportcontroller.h"
#include "helpboxes.h"
#include "monthclosecontroller.h"
#include "uilogging.h"

#include "alerts/alertlistmodel.h"
#include "api/apierror.h"
#include "pages/activitypage.h"
#include "pages/alertspage.h"
#include "pages/keyspage.h"
#include "pages/overviewpage.h"
#include "pages/projectspage.h"
#include "pages/runwaypage.h"
#include "settings/appsettings.h"
#include "store/orgstore.h"
#include "widgets/icons.h"
#include "widgets/refreshstatus.h"
#include "widgets/statusline.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

const char* const kPageNames[] = {"overview", "projects", "keys", "runway", "alerts", "activity"};

} // namespace

MainWindow::MainWindow(const ViewContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_bannerSlot(new QVBoxLayout)
    , m_statusLine(new StatusLine(this))
    , m_refreshStatus(new RefreshStatus(context.store, this))
    , m_profiles(new QComboBox(this))
    , m_dialogs(new DialogLauncher(context.store, this))
    , m_exports(new ExportController(this))
    , m_monthClose(new MonthCloseController(context, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_refreshStatus->setHistory(context.history);
    m_dialogs->setCurrencyRates(context.currency);
    setWindowTitle(tr("Spendboard"));
    setWindowIcon(Icons::get(QStringLiteral("spendboard")));

    const QStringList titles{tr("Overview"), tr("Projects"), tr("Keys"), tr("Runway"), tr("Alerts"), tr("Activity")};
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setMinimumWidth(110);
    for (int i = 0; i < PageCount; ++i) {
        auto* item = new QListWidgetItem(Icons::get(QString::fromLatin1(kPageNames[i])), titles[i], m_nav);
        item->setSizeHint(QSize(0, m_nav->fontMetrics().height() + 18));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(titles[i]).arg(i + 1));
        m_stack->addWidget(new QWidget(m_stack)); // replaced by the page on first show
    }
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(m_bannerSlot);
    layout->addWidget(m_statusLine);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    buildToolbar();
    buildMenus();
    statusBar()->setSizeGripEnabled(true);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < PageCount)
            setCurrentPage(PageId(row));
    });
    connect(context.store, &OrgStore::errorOccurred, this, [this](const ApiError& e) {
        showError(e);
        m_errorFromRefresh = true;
    });
    connect(context.store, &OrgStore::refreshFinished, this, &MainWindow::onRefreshFinished);
    connect(m_dialogs, &DialogLauncher::reported, this, &MainWindow::showMessage);
    connect(m_exports, &ExportController::exported, this, &MainWindow::showMessage);
    connect(m_exports, &ExportController::failed, m_statusLine, &StatusLine::showMessage);
    connect(m_monthClose, &MonthCloseController::written, this, &MainWindow::showMessage);
    connect(m_monthClose, &MonthCloseController::failed, m_statusLine, &StatusLine::showMessage);
    connect(m_dialogs, &DialogLauncher::keyCreated, this, [this](const QString& id) {
        // The new key appears after the store re-read it; select it when it is there.
        if (KeysPage* keys = keysPage())
            keys->selectId(id);
    });
    if (context.alerts) {
        connect(context.alerts, &AlertListModel::unacknowledgedCountChanged, this, &MainWindow::updateAlertsCount);
        updateAlertsCount();
    }
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

QString MainWindow::pageName(PageId id)
{
    return QString::fromLatin1(kPageNames[std::clamp(int(id), 0, int(PageCount) - 1)]);
}

std::optional<MainWindow::PageId> MainWindow::pageFromName(const QString& name)
{
    for (int i = 0; i < PageCount; ++i) {
        if (name.compare(QLatin1String(kPageNames[i]), Qt::CaseInsensitive) == 0)
            return PageId(i);
    }
    return std::nullopt;
}

void MainWindow::buildToolbar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* profileLabel = new QLabel(tr("Profile:"), bar);
    profileLabel->setBuddy(m_profiles);
    profileLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(profileLabel);
    m_profiles->setObjectName(QStringLiteral("profileSwitcher"));
    m_profiles->setAccessibleName(tr("Profile"));
    m_profiles->setToolTip(tr("Switch between organizations or servers"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profiles->setMinimumWidth(120);
    bar->addWidget(m_profiles);
    connect(m_profiles, &QComboBox::activated, this,
            [this](int i) { emit profileSwitchRequested(m_profiles->itemText(i)); });

    m_refresh = new QAction(Icons::get(QStringLiteral("refresh")), tr("Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Fetch the latest spend now (F5)"));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    bar->addAction(m_refresh);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_refreshStatus);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* exportAction = file->addAction(Icons::get(QStringLiteral("export")), tr("&Export…"), this,
                                            [this] { emit exportRequested(currentPage()); });
    exportAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    exportAction->setToolTip(tr("Save the current page as CSV (tables) or PNG (the overview chart)"));
    file->addAction(tr("Month report &PDF…"), this, &MainWindow::monthReportRequested);
    // Month-close pack: the month just closed, or this month so far.
    QMenu* pack = file->addMenu(tr("Month-close &pack"));
    pack->setObjectName(QStringLiteral("monthClosePackMenu"));
    connect(pack, &QMenu::aboutToShow, this, [this, pack] {
        pack->clear();
        const QList<Period> months = m_monthClose->offeredMonths();
        const QLocale locale;
        for (int i = 0; i < months.size(); ++i) {
            const QString name = locale.toString(months[i].firstDay(), QStringLiteral("MMMM yyyy"));
            const QString text = i + 1 == months.size() ? tr("%1 (so far)…").arg(name) : tr("%1…").arg(name);
            const Period month = months[i];
            QAction* a = pack->addAction(text, this, [this, month] { m_monthClose->writePack(month); });
            a->setEnabled(!m_monthClose->isBusy());
        }
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        QListWidgetItem* item = m_nav->item(i);
        QAction* a = view->addAction(item->icon(), item->text(), this, [this, i] { setCurrentPage(PageId(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        a->setShortcutContext(Qt::WindowShortcut);
        m_pageActions.append(a);
    }
    view->addSeparator();
    view->addAction(m_refresh);
    QAction* find = view->addAction(tr("&Find"), this, [this] {
        if (Page* p = page(currentPage()))
            p->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* fullScreen = view->addAction(tr("&Full screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* settings = tools->addAction(Icons::get(QStringLiteral("settings")), tr("&Settings…"), this,
                                         &MainWindow::settingsRequested);
    settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    settings->setMenuRole(QAction::PreferencesRole);
    tools->addAction(tr("&Connections…"), this, &MainWindow::connectionsRequested);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    QAction* about = help->addAction(tr("&About Spendboard"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setCurrentPage(PageId id)
{
    Page* p = ensurePage(id);
    if (m_nav->currentRow() != id) {
        const QSignalBlocker block(m_nav);
        m_nav->setCurrentRow(id);
    }
    if (m_stack->currentWidget() != p) {
        m_stack->setCurrentWidget(p);
        if (m_context.settings)
            m_context.settings->setLastPage(pageName(id));
        emit pageChanged(id);
    }
}

MainWindow::PageId MainWindow::currentPage() const
{
    return PageId(std::clamp(m_stack->currentIndex(), 0, int(PageCount) - 1));
}

Page* MainWindow::ensurePage(PageId id)
{
    if (m_pages[id])
        return m_pages[id];
    Page* p = nullptr;
    switch (id) {
    case OverviewId:
        p = new OverviewPage(m_context, m_stack);
        break;
    case ProjectsId:
        p = new ProjectsPage(m_context, m_stack);
        break;
    case KeysId:
        p = new KeysPage(m_context, m_stack);
        break;
    case RunwayId:
        p = new RunwayPage(m_context, m_stack);
        break;
    case AlertsId:
        p = new AlertsPage(m_context, m_stack);
        break;
    case ActivityId:
    case PageCount:
        p = new ActivityPage(m_context, m_stack);
        break;
    }
    QWidget* placeholder = m_stack->widget(id);
    const bool wasCurrent = m_stack->currentIndex() == id;
    m_stack->insertWidget(id, p);
    m_stack->removeWidget(placeholder);
    delete placeholder;
    if (wasCurrent)
        m_stack->setCurrentIndex(id);
    m_pages[id] = p;
    wirePage(id, p);
    qCDebug(lcUi) << "built page" << pageName(id);
    emit pageCreated(id);
    return p;
}

void MainWindow::wirePage(PageId id, Page* page)
{
    if (auto* table = qobject_cast<EntityTablePage*>(page))
        connect(table, &EntityTablePage::editLimitRequested, m_dialogs, &DialogLauncher::editLimit);
    if (id == KeysId) {
        auto* keys = static_cast<KeysPage*>(page);
        connect(keys, &KeysPage::createKeyRequested, m_dialogs, &DialogLauncher::createKey);
        connect(keys, &KeysPage::deleteKeyRequested, m_dialogs, &DialogLauncher::deleteKey);
        connect(keys, &KeysPage::editLabelsRequested, m_dialogs, &DialogLauncher::editLabels);
        connect(keys, &KeysPage::editExpiryRequested, m_dialogs, &DialogLauncher::editExpiry);
    } else if (id == ProjectsId) {
        connect(static_cast<ProjectsPage*>(page), &ProjectsPage::showKeysRequested, this, [this](const QString& pid) {
            keysPage()->showProject(pid);
            setCurrentPage(KeysId);
        });
    } else if (id == RunwayId) {
        connect(static_cast<RunwayPage*>(page), &RunwayPage::entityActivated, this, &MainWindow::showEntity);
    } else if (id == AlertsId) {
        auto* alerts = static_cast<AlertsPage*>(page);
        connect(alerts, &AlertsPage::exportCsvRequested, this, &MainWindow::alertsExportRequested);
        connect(alerts, &AlertsPage::entityRequested, this, &MainWindow::showEntity);
    }
}

OverviewPage* MainWindow::overviewPage()
{
    return static_cast<OverviewPage*>(ensurePage(OverviewId));
}

ProjectsPage* MainWindow::projectsPage()
{
    return static_cast<ProjectsPage*>(ensurePage(ProjectsId));
}

KeysPage* MainWindow::keysPage()
{
    return static_cast<KeysPage*>(ensurePage(KeysId));
}

RunwayPage* MainWindow::runwayPage()
{
    return static_cast<RunwayPage*>(ensurePage(RunwayId));
}

AlertsPage* MainWindow::alertsPage()
{
    return static_cast<AlertsPage*>(ensurePage(AlertsId));
}

ActivityPage* MainWindow::activityPage()
{
    return static_cast<ActivityPage*>(ensurePage(ActivityId));
}

void MainWindow::showEntity(const EntityRef& entity)
{
    if (entity.kind == EntityRef::Kind::Key) {
        setCurrentPage(KeysId);
        keysPage()->selectId(entity.id);
    } else if (entity.kind == EntityRef::Kind::Project) {
        setCurrentPage(ProjectsId);
        projectsPage()->selectId(entity.id);
    } else {
        setCurrentPage(OverviewId);
        overviewPage()->showEntity(entity);
    }
}

void MainWindow::setProfiles(const QStringList& names, const QString& current)
{
    const QSignalBlocker block(m_profiles);
    m_profiles->clear();
    m_profiles->addItems(names);
    m_profiles->setCurrentIndex(std::max(0, int(names.indexOf(current))));
    m_profiles->setEnabled(names.size() > 1);
}

void MainWindow::setBanner(QWidget* banner)
{
    banner->setParent(this);
    m_bannerSlot->addWidget(banner);
}

void MainWindow::showError(const ApiError& error)
{
    QString text = error.userMessage();
    const OrgStore* store = m_context.store;
    if (store->hasData()) {
        const QDateTime local = store->lastSuccess().toLocalTime();
        text += u' ' + tr("Showing the data from %1.").arg(QLocale().toString(local, QLocale::ShortFormat));
    }
    m_statusLine->showMessage(text, error.technicalText());
}

void MainWindow::showMessage(const QString& message)
{
    statusBar()->showMessage(message, 10'000);
}

void MainWindow::onRefreshFinished(bool ok)
{
    // A successful refresh answers the error it caused; other messages stay until dismissed.
    if (ok && m_errorFromRefresh) {
        m_statusLine->clearMessage();
        m_errorFromRefresh = false;
    }
}

void MainWindow::updateAlertsCount()
{
    const int open = m_context.alerts ? m_context.alerts->unacknowledgedCount() : 0;
    QListWidgetItem* item = m_nav->item(AlertsId);
    item->setText(open > 0 ? tr("Alerts (%1)").arg(open) : tr("Alerts"));
    item->setData(Qt::AccessibleTextRole,
                  open > 0 ? tr("Alerts, %n not acknowledged", nullptr, open) : tr("Alerts, none open"));
}

void MainWindow::showAbout()
{
    HelpBoxes::showAbout(this);
}

void MainWindow::showShortcuts()
{
    HelpBoxes::showShortcuts(this);
}

void MainWindow::restoreWindowState()
{
    AppSettings* s = m_context.settings;
    const QByteArray geometry = s ? s->windowGeometry() : QByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    if (s && !s->windowState().isEmpty())
        restoreState(s->windowState());
    const QByteArray split = s ? s->viewState(QStringLiteral("window/splitter")) : QByteArray();
    if (split.isEmpty() || !m_splitter->restoreState(split))
        m_splitter->setSizes({160, 1120});
    setCurrentPage(pageFromName(s ? s->lastPage() : QString()).value_or(OverviewId));
}

void MainWindow::saveWindowState()
{
    AppSettings* s = m_context.settings;
    if (!s)
        return;
    s->setWindowGeometry(saveGeometry());
    s->setWindowState(saveState());
    s->setViewState(QStringLiteral("window/splitter"), m_splitter->saveState());
    for (Page* p : m_pages) {
        if (p)
            p->saveState();
    }
    s->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    if (m_closeToTray) {
        hide();
        event->ignore();
        emit hiddenToTray();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        m_refreshStatus->setTicking(isVisible() && !isMinimized());
}
