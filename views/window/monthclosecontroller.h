#pragma once

#include "export/exportresult.h"

#include "domain/period.h"
#include "pages/viewcontext.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class FileChooser;
class QProgressDialog;
class QWidget;

// File → Month-close pack: asks for a folder (FileChooser seam), reads the month from the local
// history, the audit log (hash chain checked) and the alert history on the GUI thread (indexed,
// short), then writes the PDF and CSV files on a worker thread behind a progress dialog. Reports one
// sentence: where the pack went and whether the change log verifies, or what went wrong.
class MonthCloseController final : public QObject
{
    Q_OBJECT
public:
    MonthCloseController(const ViewContext& context, QWidget* window);

    void setFileChooser(FileChooser* chooser) { m_chooser = chooser; } // not owned
    bool isBusy() const { return m_watcher.isRunning(); }
    // The months offered: the one the data describes (so far) and the one before (closed).
    QList<Period> offeredMonths() const;

public slots:
    void writePack(const Period& month);
    // The same without asking for a folder (tests, and the folder chooser's answer).
    void writePackTo(const Period& month, const QString& directory);

signals:
    void written(const QString& message);
    void failed(const QString& message, const QString& details);

private:
    void onWritten();

    ViewContext m_context;
    QPointer<QWidget> m_window;
    FileChooser* m_chooser;
    QFutureWatcher<ExportResult> m_watcher;
    QPointer<QProgressDialog> m_progress;
    QString m_chainText;
};
