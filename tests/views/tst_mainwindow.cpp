// The main window on a store loaded from the simulator: pages built lazily, keyboard navigation,
// window/splitter/header state remembered across a re-creation, errors in plain words with Details,
// alerts and activity pages, the forms opened for page actions, and a screenshot of every page.
#include "imagecheck.h"
#include "simsession.h"

#include "alerts/alertlistmodel.h"
#include "alerts/thresholdmonitor.h"
#include "charts/chartstyle.h"
#include "charts/spendchart.h"
#include "dialogs/limitdialog.h"
#include "itemmodels/apikeytablemodel.h"
#include "pages/activitypage.h"
#include "pages/alertspage.h"
#include "pages/keyspage.h"
#include "pages/overviewpage.h"
#include "pages/projectspage.h"
#include "settings/appsettings.h"
#include "store/auditlog.h"
#include "widgets/detailpanel.h"
#include "widgets/filterbar.h"
#include "widgets/statusline.h"
#include "window/dialoglauncher.h"
#include "window/exportcontroller.h"
#include "window/filechooser.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QChart>
#include <QDir>
#include <QHeaderView>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pagesAreBuiltLazily();
    void keyboardNavigation();
    void refreshAndFindShortcuts();
    void stateSurvivesRecreation();
    void errorLineWithDetails();
    void alertsPage();
    void activityPageFollowsWrites();
    void editLimitOpensTheForm();
    void exportsThroughTheFileSeam();
    void followsDarkPalette();
    void screenshots_data();
    void screenshots();

private:
    ViewContext context();
    void showAndActivate(MainWindow& w);

    std::unique_ptr<SimSession> m_session;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ThresholdMonitor> m_monitor;
    std::unique_ptr<AlertListModel> m_alerts;
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_session = std::make_unique<SimSession>();
    QVERIFY(m_session->start());
    m_audit = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit.jsonl")));
    m_session->store.setAuditLog(m_audit.get());
    m_monitor = std::make_unique<ThresholdMonitor>();
    m_alerts = std::make_unique<AlertListModel>();
    m_alerts->attach(m_monitor.get());
}

void TestMainWindow::init()
{
    // A fresh settings file per test unless a test re-creates the window itself.
    m_settings = std::make_unique<AppSettings>(
        m_dir.filePath(QStringLiteral("%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction()))));
}

ViewContext TestMainWindow::context()
{
    ViewContext c;
    c.store = &m_session->store;
    c.settings = m_settings.get();
    c.alerts = m_alerts.get();
    c.monitor = m_monitor.get();
    c.auditLog = m_audit.get();
    return c;
}

void TestMainWindow::showAndActivate(MainWindow& w)
{
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
}

void TestMainWindow::pagesAreBuiltLazily()
{
    MainWindow w(context());
    QCOMPARE(w.currentPage(), MainWindow::OverviewId);
    QVERIFY(w.page(MainWindow::OverviewId) != nullptr);
    QVERIFY(w.page(MainWindow::KeysId) == nullptr);
    QVERIFY(w.page(MainWindow::ActivityId) == nullptr);
    QSignalSpy created(&w, &MainWindow::pageCreated);
    w.setCurrentPage(MainWindow::KeysId);
    QCOMPARE(created.count(), 1);
    QVERIFY(qobject_cast<KeysPage*>(w.page(MainWindow::KeysId)));
    w.setCurrentPage(MainWindow::OverviewId);
    w.setCurrentPage(MainWindow::KeysId);
    QCOMPARE(created.count(), 1); // built once
}

void TestMainWindow::keyboardNavigation()
{
    MainWindow w(context());
    showAndActivate(w);
    const QList<MainWindow::PageId> order{MainWindow::ProjectsId, MainWindow::KeysId,     MainWindow::RunwayId,
                                          MainWindow::AlertsId,   MainWindow::ActivityId, MainWindow::OverviewId};
    for (MainWindow::PageId id : order) {
        QTest::keyClick(&w, Qt::Key(Qt::Key_1 + int(id)), Qt::ControlModifier);
        QTRY_COMPARE(w.currentPage(), id);
        QCOMPARE(w.navigation()->currentRow(), int(id));
    }
    // Arrow keys in the navigation list.
    w.navigation()->setFocus();
    QTest::keyClick(w.navigation(), Qt::Key_Down);
    QTRY_COMPARE(w.currentPage(), MainWindow::ProjectsId);
    QTest::keyClick(w.navigation(), Qt::Key_Down);
    QTRY_COMPARE(w.currentPage(), MainWindow::KeysId);
    // Icons on every entry.
    for (int i = 0; i < w.navigation()->count(); ++i)
        QVERIFY(!w.navigation()->item(i)->icon().isNull());
}

void TestMainWindow::refreshAndFindShortcuts()
{
    MainWindow w(context());
    showAndActivate(w);
    QSignalSpy refresh(&w, &MainWindow::refreshRequested);
    QTest::keyClick(&w, Qt::Key_F5);
    QTRY_COMPARE(refresh.count(), 1);
    w.setCurrentPage(MainWindow::KeysId);
    KeysPage* keys = w.keysPage();
    keys->table()->setFocus();
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(keys->filterBar()->searchField()->hasFocus());
}

void TestMainWindow::stateSurvivesRecreation()
{
    {
        MainWindow w(context());
        w.resize(1111, 733);
        showAndActivate(w);
        w.setCurrentPage(MainWindow::KeysId);
        w.splitter()->setSizes({210, 800});
        QVERIFY(!w.keysPage()->table()->isColumnHidden(ApiKeyTableModel::ForecastColumn));
        w.keysPage()->table()->setColumnHidden(ApiKeyTableModel::ForecastColumn, true);
        w.close(); // saves
    }
    MainWindow again(context());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1111, 733));
    QCOMPARE(again.currentPage(), MainWindow::KeysId);
    QCOMPARE(again.splitter()->sizes().first(), 210);
    QVERIFY(again.keysPage()->table()->isColumnHidden(ApiKeyTableModel::ForecastColumn));
}

void TestMainWindow::errorLineWithDetails()
{
    SimSession failing;
    QVERIFY(failing.start());
    ViewContext c;
    c.store = &failing.store;
    MainWindow w(c);
    QVERIFY(w.statusLine()->isHidden());
    failing.sim.revokeKey(failing.sim.adminKey());
    QVERIFY(!failing.refresh());
    const ApiError error = failing.store.lastError();
    QVERIFY(!w.statusLine()->isHidden());
    QVERIFY(w.statusLine()->message().startsWith(error.userMessage()));
    QVERIFY(w.statusLine()->message().contains(QStringLiteral("Showing the data from")));
    QCOMPARE(w.statusLine()->technicalText(), error.technicalText());
    // The last good data is still shown.
    QVERIFY(failing.store.hasData());
    QCOMPARE(w.overviewPage()->spendChart()->isShowingPlaceholder(), false);
}

void TestMainWindow::alertsPage()
{
    m_monitor->evaluate(m_session->store.snapshot(), m_session->clock.nowUtc());
    QVERIFY2(m_alerts->rowCount() > 0, "the simulated organization has keys over their thresholds");
    MainWindow w(context());
    const int open = m_alerts->unacknowledgedCount();
    QVERIFY(open > 0);
    QCOMPARE(w.navigation()->item(MainWindow::AlertsId)->text(), QStringLiteral("Alerts (%1)").arg(open));
    AlertsPage* page = w.alertsPage();
    QCOMPARE(page->table()->model()->rowCount(), m_alerts->rowCount());
    QVERIFY(!page->acknowledgeAction()->isEnabled());
    page->table()->selectRow(0);
    QVERIFY(page->acknowledgeAction()->isEnabled());
    page->acknowledgeAction()->trigger();
    QCOMPARE(m_alerts->unacknowledgedCount(), open - 1);
    QCOMPARE(w.navigation()->item(MainWindow::AlertsId)->text(),
             open - 1 > 0 ? QStringLiteral("Alerts (%1)").arg(open - 1) : QStringLiteral("Alerts"));
    // Mute the selected alert's entity.
    const std::optional<EntityRef> entity = page->selectedEntity();
    QVERIFY(entity);
    page->muteAction()->trigger();
    QVERIFY(m_monitor->isMuted(*entity));
    page->muteAction()->trigger();
    QVERIFY(!m_monitor->isMuted(*entity));
    page->acknowledgeAllAction()->trigger();
    QCOMPARE(m_alerts->unacknowledgedCount(), 0);
    QCOMPARE(w.navigation()->item(MainWindow::AlertsId)->text(), QStringLiteral("Alerts"));
}

void TestMainWindow::activityPageFollowsWrites()
{
    MainWindow w(context());
    ActivityPage* page = w.activityPage();
    const int before = page->table()->model() ? page->table()->model()->rowCount() : 0;
    const ApiKey key = m_session->store.keys().first();
    bool finished = false;
    m_session->store.setKeyLimit(key.id, Limit::of(Money::fromDollars(123)), key.limit, this,
                                 [&finished](Result<ApiKey>) { finished = true; });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
    QTRY_COMPARE(page->table()->model()->rowCount(), before + 1);
    const QModelIndex newest = page->table()->model()->index(0, 1);
    QVERIFY2(newest.data().toString().contains(key.name), qPrintable(newest.data().toString()));
}

void TestMainWindow::editLimitOpensTheForm()
{
    MainWindow w(context());
    showAndActivate(w);
    w.setCurrentPage(MainWindow::KeysId);
    const ApiKey key = m_session->store.keys().at(1);
    QVERIFY(w.keysPage()->selectId(key.id));
    QSignalSpy opened(w.dialogs(), &DialogLauncher::dialogOpened);
    w.keysPage()->table()->setFocus();
    QTest::keyClick(w.keysPage()->table(), Qt::Key_E, Qt::ControlModifier);
    QTRY_COMPARE(opened.count(), 1);
    auto* dialog = qobject_cast<LimitDialog*>(w.dialogs()->currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->entity(), EntityRef::key(key.id));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal()); // window-modal through open(), not exec()
    dialog->reject();
}

namespace {

// Answers every save dialog with a path in a directory, at once.
class FakeChooser final : public FileChooser
{
public:
    explicit FakeChooser(QString dir)
        : m_dir(std::move(dir))
    {}
    void chooseSaveFile(QWidget*, const QString&, const QString& suggestedName, const QString&, Answer answer) override
    {
        asked.append(suggestedName);
        answer(m_dir + u'/' + suggestedName);
    }
    QStringList asked;

private:
    QString m_dir;
};

} // namespace

void TestMainWindow::exportsThroughTheFileSeam()
{
    MainWindow w(context());
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    FakeChooser chooser(m_dir.path());
    w.exports()->setFileChooser(&chooser);
    QSignalSpy exported(w.exports(), &ExportController::exported);

    w.setCurrentPage(MainWindow::KeysId);
    emit w.exportRequested(MainWindow::KeysId);
    QCOMPARE(exported.count(), 1);
    QFile csv(m_dir.path() + u'/' + chooser.asked.last());
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QVERIFY(lines.first().contains("Name"));
    QCOMPARE(lines.size() - 2, m_session->store.keys().size()); // header + rows + final empty line

    emit w.monthReportRequested();
    QCOMPARE(exported.count(), 2);
    QFile pdf(m_dir.path() + u'/' + chooser.asked.last());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    emit w.exportRequested(MainWindow::OverviewId);
    QCOMPARE(exported.count(), 3);
    QVERIFY(!QImage(m_dir.path() + u'/' + chooser.asked.last()).isNull());
    QVERIFY(exported.last().first().toString().startsWith(QStringLiteral("Saved ")));
}

void TestMainWindow::followsDarkPalette()
{
    MainWindow w(context());
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    SpendChart* chart = w.overviewPage()->spendChart();
    QCOMPARE(chart->chart()->theme(), QChart::ChartThemeLight);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    w.setPalette(dark);
    QTRY_COMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
    // The chart's own colours are re-applied after the theme change (setTheme resets them).
    QCOMPARE(chart->cumulativeSeries()->pen().color(), ChartStyle(dark).spend());
    QCOMPARE(chart->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    const QImage image = w.grab().toImage();
    const QString dir =
        qEnvironmentVariable("SPENDBOARD_TEST_BINARY_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(image.save(dir + QStringLiteral("/overview-dark.png")));
    // Mostly dark, charts included (their plot areas are most of the window).
    qint64 sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5, ++n)
            sum += QColor(image.pixel(x, y)).lightness();
    }
    QVERIFY2(sum / n < 80, qPrintable(QString::number(sum / n)));
}

void TestMainWindow::screenshots_data()
{
    QTest::addColumn<int>("page");
    for (int i = 0; i < MainWindow::PageCount; ++i)
        QTest::newRow(qPrintable(MainWindow::pageName(MainWindow::PageId(i)))) << i;
}

void TestMainWindow::screenshots()
{
    QFETCH(int, page);
    const auto id = MainWindow::PageId(page);
    MainWindow w(context());
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setCurrentPage(id);
    // Charts lay out on the next event-loop turns: wait until the visible ones have.
    const auto laidOut = [](SpendChart* chart) {
        return !chart->chart()->plotArea().isEmpty() && chart->chart()->legend()->geometry().width() > 100;
    };
    if (auto* table = qobject_cast<EntityTablePage*>(w.page(id))) {
        table->selectId(table->table()->model()->index(0, 0).data(EntityTableModel::IdRole).toString());
        QTRY_VERIFY(laidOut(table->detailPanel()->spendChart()));
    }
    if (id == MainWindow::OverviewId)
        QTRY_VERIFY(laidOut(w.overviewPage()->spendChart()));
    // Layouts (the facts form, the chart legends) are redone from posted events: deliver them all.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    if (auto* table = qobject_cast<EntityTablePage*>(w.page(id)))
        QVERIFY(!table->detailPanel()->facts().isEmpty());
    const QImage image = w.grab().toImage();
    QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1280, 800));
    const QString dir =
        qEnvironmentVariable("SPENDBOARD_TEST_BINARY_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(image.save(dir + u'/' + MainWindow::pageName(id) + QStringLiteral(".png")));
    QVERIFY2(distinctColours(image) > 40, qPrintable(QString::number(distinctColours(image))));
    QVERIFY(nonBackgroundShare(image) > 0.05);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
