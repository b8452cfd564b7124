#pragma once

#include "mainwindow.h"

#include <QObject>

class FileChooser;

// File → Export… and Month report PDF…, and the Alerts page's Export CSV: asks for a file through the
// FileChooser seam, writes with the export module (CSV of the visible table columns, PNG of the
// overview chart, the PDF month report) and reports one sentence either way.
class ExportController final : public QObject
{
    Q_OBJECT
public:
    explicit ExportController(MainWindow* window);

    void setFileChooser(FileChooser* chooser) { m_chooser = chooser; } // not owned

public slots:
    void exportPage(MainWindow::PageId page);
    void exportMonthReport();
    void exportAlerts();

signals:
    void exported(const QString& message);
    void failed(const QString& message, const QString& details);

private:
    void ask(const QString& title, const QString& name, const QString& filter,
             std::function<QString(const QString& path)> write);

    MainWindow* m_window;
    FileChooser* m_chooser;
};
