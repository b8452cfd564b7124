// PdfReport and ChartExport: a PDF with the report's pages (paginated for many keys), gathered from the
// store; a chart rendered to PNG at 1x and 2x; readable errors for unwritable paths.
#include "offlinestore.h"

#include "export/chartexport.h"
#include "export/pdfreport.h"
#include "export/reportdata.h"

#include <QChartView>
#include <QFile>
#include <QImageReader>
#include <QLineSeries>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QChartView* makeChart()
{
    auto* series = new QLineSeries;
    for (int i = 0; i < 30; ++i)
        series->append(i, i * i);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->setTitle(QStringLiteral("Spend this month"));
    auto* view = new QChartView(chart);
    view->resize(640, 320);
    return view;
}

QByteArray head(const QString& path, int n)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(n);
}

int countPages(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray all = f.readAll();
    // Each page object is "/Type /Page" (not "/Pages").
    int count = 0;
    qsizetype at = 0;
    while ((at = all.indexOf("/Type /Page", at)) >= 0) {
        at += 11;
        if (at < all.size() && all.at(at) != 's')
            ++count;
    }
    return count;
}

} // namespace

class tst_PdfReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void dataFromStore()
    {
        OfflineStore offline;
        const ReportData data = ReportData::fromStore(offline.store);
        QCOMPARE(data.organization, QStringLiteral("Acme Analytics"));
        QCOMPARE(data.period.isoMonth(), QStringLiteral("2026-11"));
        QCOMPARE(data.balance, Money::fromCents(1'234'567));
        QCOMPARE(data.keys.size(), 4);
        QCOMPARE(data.projects.size(), 2);
        QVERIFY(data.hasProjects);
        QCOMPARE(data.keys.first().name, QStringLiteral("etl-nightly")); // highest spend first
        QCOMPARE(data.keys.first().detail, QStringLiteral("Research"));
        QCOMPARE(data.projects.first().name, QStringLiteral("Research"));
    }

    void writesPdf()
    {
        OfflineStore offline;
        QTemporaryDir dir;
        std::unique_ptr<QChartView> chart(makeChart());
        PdfReport report(ReportData::fromStore(offline.store));
        report.setChart(chart.get());
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const ExportResult result = report.write(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(head(path, 5), QByteArray("%PDF-"));
        QVERIFY(QFileInfo(path).size() > 2000);
        QCOMPARE(report.pageCount(), 1);
        QCOMPARE(countPages(path), 1);

        // Optional: render page 1 when poppler's pdftoppm is around (not required).
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (!pdftoppm.isEmpty()) {
            QProcess p;
            p.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                               QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), path,
                               dir.filePath(QStringLiteral("page"))});
            QVERIFY(p.waitForFinished(30'000));
            QCOMPARE(p.exitCode(), 0);
        }
    }

    void paginatesManyKeys()
    {
        ReportData data;
        data.organization = QStringLiteral("Big Org");
        data.period = Period::ofMonth(2026, 11);
        data.asOf = QDateTime(QDate(2026, 11, 14), QTime(9, 0), QTimeZone::utc());
        data.spend = Money::fromDollars(123'456);
        for (int i = 0; i < 250; ++i) {
            data.keys.append({QStringLiteral("key-%1-with-a-rather-long-name-that-needs-eliding").arg(i),
                              QStringLiteral("Project %1").arg(i % 7), Limit::of(Money::fromDollars(100 + i)),
                              Money::fromCents(i * 123), Money::fromCents(i * 250)});
        }
        QTemporaryDir dir;
        PdfReport report(data);
        report.setChartImage(QImage(800, 300, QImage::Format_RGB32));
        const QString path = dir.filePath(QStringLiteral("big.pdf"));
        const ExportResult result = report.write(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(report.pageCount() > 3);
        QCOMPARE(countPages(path), report.pageCount());
    }

    void unwritablePathFailsReadably()
    {
        OfflineStore offline;
        PdfReport report(ReportData::fromStore(offline.store));
        const ExportResult result = report.write(QStringLiteral("/nonexistent-dir-for-spendboard/r.pdf"));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("Could not write")));
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-dir-for-spendboard/r.pdf")));
    }

    void chartToPng()
    {
        QTemporaryDir dir;
        std::unique_ptr<QChartView> chart(makeChart());
        const QString one = dir.filePath(QStringLiteral("chart.png"));
        const QString two = dir.filePath(QStringLiteral("chart@2x.png"));
        QVERIFY(ChartExport::savePng(chart.get(), one).ok);
        QVERIFY(ChartExport::savePng(chart.get(), two, 2.0).ok);
        QCOMPARE(QImageReader(one).size(), QSize(640, 320));
        QCOMPARE(QImageReader(two).size(), QSize(1280, 640));
        const QImage image(one);
        // Not a blank rectangle: the plot drew something different from the corner background.
        const QRgb corner = image.pixel(1, 1);
        bool varied = false;
        for (int y = 0; y < image.height() && !varied; y += 7) {
            for (int x = 0; x < image.width() && !varied; x += 7)
                varied = image.pixel(x, y) != corner;
        }
        QVERIFY(varied);
        QVERIFY(!ChartExport::savePng(nullptr, one).ok);
        QVERIFY(!ChartExport::savePng(chart.get(), QStringLiteral("/nonexistent-dir-for-spendboard/c.png")).ok);
    }
};

QTEST_MAIN(tst_PdfReport)
#include "tst_pdfreport.moc"
