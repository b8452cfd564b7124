#pragma once

#include "exportresult.h"
#include "reportdata.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPointer>

class QWidget;

// The monthly report as a PDF (QPdfWriter + QPainter; no dialog, works offscreen): organization and month,
// totals (spend so far, balance, forecast), the main chart, then per-project and per-key tables
// (name, project, limit, spend, % of limit, forecast) over as many A4 pages as needed, each numbered.
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
public:
    explicit PdfReport(ReportData data);

    void setLocale(const QLocale& locale) { m_locale = locale; }
    // The chart is rendered when the report is written (at twice its size, for print).
    void setChart(QWidget* chart) { m_chart = chart; }
    void setChartImage(const QImage& image) { m_chartImage = image; }

    // Writes atomically; on failure the result carries a readable reason.
    ExportResult write(const QString& path);
    int pageCount() const { return m_pageCount; } // of the last successful write

    const ReportData& data() const { return m_data; }

private:
    ReportData m_data;
    QLocale m_locale;
    QPointer<QWidget> m_chart;
    QImage m_chartImage;
    int m_pageCount = 0;
};
