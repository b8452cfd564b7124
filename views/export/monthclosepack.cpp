#include "monthclosepack.h"

#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace {

// CsvTable guards text against spreadsheet formulas with a leading apostrophe; a PDF shows the text.
QString cellText(const QString& cell)
{
    if (cell.size() > 1 && cell.front() == u'\'' &&
        (cell.at(1) == u'=' || cell.at(1) == u'+' || cell.at(1) == u'-' || cell.at(1) == u'@'))
        return cell.mid(1);
    return cell;
}

QString tableHtml(const QString& title, const CsvTable& table, const QString& empty)
{
    QString out = QStringLiteral("<h2>") + title.toHtmlEscaped() + QStringLiteral("</h2>");
    if (table.rows().isEmpty())
        return out + QStringLiteral("<p>") + empty.toHtmlEscaped() + QStringLiteral("</p>");
    out += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>");
    for (const QString& h : table.header())
        out += QStringLiteral("<th align='left'>") + h.toHtmlEscaped() + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead>");
    for (const QStringList& row : table.rows()) {
        out += QStringLiteral("<tr>");
        for (const QString& cell : row)
            out += QStringLiteral("<td>") + cellText(cell).toHtmlEscaped() + QStringLiteral("</td>");
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

} // namespace

MonthClosePack::MonthClosePack(MonthClose close, QString organization)
    : m_close(std::move(close))
    , m_organization(std::move(organization))
{}

QString MonthClosePack::pdfFileName(const Period& month)
{
    return QStringLiteral("month-close-%1.pdf").arg(month.isoMonth());
}

QString MonthClosePack::html() const
{
    const MonthClose::Summary& s = m_close.summary();
    QString out = QStringLiteral("<html><body style='font-size:8pt'>");
    out +=
        QStringLiteral("<h1>") + tr("Month close %1").arg(s.month.isoMonth()).toHtmlEscaped() + QStringLiteral("</h1>");
    if (!m_organization.isEmpty())
        out += QStringLiteral("<p><b>") + m_organization.toHtmlEscaped() + QStringLiteral("</b></p>");
    out += QStringLiteral("<p>") + tr("All amounts in USD. Spend is per UTC calendar month.").toHtmlEscaped() +
           QStringLiteral("</p>");
    // The verification result comes first: it is what an auditor looks for.
    out += QStringLiteral("<p><b>") + m_close.chainStatusText().toHtmlEscaped() + QStringLiteral("</b></p>");
    if (!s.complete)
        out += QStringLiteral("<p>") +
               tr("The month is not complete: the figures are those of the last sync.").toHtmlEscaped() +
               QStringLiteral("</p>");
    out += tableHtml(tr("Summary"), m_close.summaryTable(), QString());
    out += tableHtml(tr("Projects"), m_close.projectsTable(), tr("No projects."));
    out += tableHtml(tr("Keys"), m_close.keysTable(), tr("No keys."));
    out += tableHtml(tr("Forecast against actual"), m_close.forecastAccuracyTable(),
                     tr("No forecasts were recorded this month."));
    out += tableHtml(tr("Limit changes made from Spendboard"), m_close.limitChangesTable(),
                     tr("No limit was changed from Spendboard this month."));
    out += tableHtml(tr("Alerts"), m_close.alertsTable(), tr("No alerts this month."));
    return out + QStringLiteral("</body></html>");
}

bool MonthClosePack::writePdf(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(150);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                         QPageLayout::Millimeter));
        writer.setTitle(tr("Month close %1").arg(m_close.summary().month.isoMonth()));
        writer.setCreator(QStringLiteral("Spendboard"));
        QTextDocument doc;
        doc.setHtml(html());
        doc.print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

ExportResult MonthClosePack::write(const QString& directory) const
{
    if (!QDir().mkpath(directory))
        return ExportResult::failure(directory,
                                     tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory)));
    QString why;
    if (!m_close.writeCsv(directory, &why))
        return ExportResult::failure(directory, why);
    const QString pdf = QDir(directory).filePath(pdfFileName(m_close.summary().month));
    if (!writePdf(pdf, &why))
        return ExportResult::failure(pdf, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(pdf), why));
    return ExportResult::success(directory);
}
