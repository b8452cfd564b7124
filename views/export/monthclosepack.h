#pragma once

#include "exportresult.h"

#include "history/monthclose.h"

#include <QCoreApplication>
#include <QString>

// Writes the month-close pack of one month into a folder: the six CSV files of MonthClose and
// month-close-YYYY-MM.pdf (summary, whether the change log's hash chain verifies, projects, keys,
// forecast accuracy, limit changes, alerts). Needs a QGuiApplication (fonts); no dialog, works offscreen
// and on a worker thread (QTextDocument + QPdfWriter only).
class MonthClosePack
{
    Q_DECLARE_TR_FUNCTIONS(MonthClosePack)
public:
    explicit MonthClosePack(MonthClose close, QString organization = QString());

    static QString pdfFileName(const Period& month); // "month-close-2026-11.pdf"

    // Creates the folder if needed. On failure the result carries a sentence for the user.
    ExportResult write(const QString& directory) const;
    bool writePdf(const QString& path, QString* error) const;

    const MonthClose& monthClose() const { return m_close; }

private:
    QString html() const;

    MonthClose m_close;
    QString m_organization;
};
