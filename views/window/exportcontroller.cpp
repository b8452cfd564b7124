#include "exportcontroller.h"

#include "filechooser.h"

#include "alerts/alertlistmodel.h"
#include "charts/spendchart.h"
#include "export/chartexport.h"
#include "export/csvexport.h"
#include "export/pdfreport.h"
#include "export/reportdata.h"
#include "itemmodels/entitytablemodel.h"
#include "pages/activitypage.h"
#include "pages/alertspage.h"
#include "pages/entitytablepage.h"
#include "pages/keyspage.h"
#include "pages/overviewpage.h"
#include "pages/projectspage.h"
#include "store/orgstore.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QSaveFile>
#include <QTableView>

ExportController::ExportController(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_chooser(&FileChooser::dialog())
{
    connect(window, &MainWindow::exportRequested, this, &ExportController::exportPage);
    connect(window, &MainWindow::monthReportRequested, this, &ExportController::exportMonthReport);
    connect(window, &MainWindow::alertsExportRequested, this, &ExportController::exportAlerts);
}

void ExportController::ask(const QString& title, const QString& name, const QString& filter,
                           std::function<QString(const QString& path)> write)
{
    QPointer<ExportController> self(this);
    m_chooser->chooseSaveFile(m_window, title, name, filter, [self, write](const QString& path) {
        if (!self || path.isEmpty())
            return;
        const QString error = write(path);
        if (error.isEmpty())
            emit self->exported(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        else
            emit self->failed(tr("Could not save the export."), error);
    });
}

void ExportController::exportPage(MainWindow::PageId page)
{
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    if (page == MainWindow::OverviewId) {
        SpendChart* chart = m_window->overviewPage()->spendChart();
        ask(tr("Export chart"), QStringLiteral("spendboard-%1.png").arg(month), tr("PNG images (*.png)"),
            [chart](const QString& path) {
                const ExportResult r = ChartExport::savePng(chart, path, 2.0);
                return r.ok ? QString() : r.error;
            });
        return;
    }
    if (page == MainWindow::AlertsId) {
        exportAlerts();
        return;
    }
    QTableView* table = nullptr;
    QString name;
    if (page == MainWindow::KeysId) {
        table = m_window->keysPage()->table();
        name = QStringLiteral("spendboard-keys-%1.csv").arg(month);
    } else if (page == MainWindow::ProjectsId) {
        table = m_window->projectsPage()->table();
        name = QStringLiteral("spendboard-projects-%1.csv").arg(month);
    } else {
        table = m_window->activityPage()->table();
        name = QStringLiteral("spendboard-activity.csv");
    }
    if (!table->model()) {
        emit failed(tr("There is nothing to export on this page."), QString());
        return;
    }
    ask(tr("Export table"), name, tr("CSV files (*.csv)"), [table](const QString& path) {
        CsvExport::Options options;
        options.columns = CsvExport::visibleColumns(table->horizontalHeader());
        options.rawRoles = {EntityTableModel::MoneyRole};
        const ExportResult r = CsvExport::write(*table->model(), path, options);
        return r.ok ? QString() : r.error;
    });
}

void ExportController::exportAlerts()
{
    AlertsPage* page = m_window->alertsPage();
    auto* model = page->table()->model() ? qobject_cast<QAbstractProxyModel*>(page->table()->model()) : nullptr;
    auto* alerts = model ? qobject_cast<AlertListModel*>(model->sourceModel()) : nullptr;
    if (!alerts) {
        emit failed(tr("There are no alerts to export."), QString());
        return;
    }
    QPointer<AlertListModel> guard(alerts);
    ask(tr("Export alerts"), QStringLiteral("spendboard-alerts.csv"), tr("CSV files (*.csv)"),
        [guard](const QString& path) {
            if (!guard)
                return tr("The alerts are no longer available.");
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || !guard->exportCsv(&file) || !file.commit())
                return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return QString();
        });
}

void ExportController::exportMonthReport()
{
    OverviewPage* overview = m_window->overviewPage();
    ask(tr("Month report"),
        QStringLiteral("spendboard-report-%1.pdf").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM"))),
        tr("PDF documents (*.pdf)"), [this, overview](const QString& path) {
            const OrgStore* store = m_window->store();
            if (!store->hasData())
                return tr("There is no data to report yet.");
            PdfReport report(ReportData::fromStore(*store));
            report.setChart(overview->spendChart());
            const ExportResult r = report.write(path);
            return r.ok ? QString() : r.error;
        });
}
