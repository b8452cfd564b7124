#include "monthclosecontroller.h"

#include "filechooser.h"

#include "alerts/thresholdmonitor.h"
#include "export/monthclosepack.h"
#include "history/localhistory.h"
#include "history/monthclose.h"
#include "store/auditlog.h"
#include "store/orgstore.h"

#include <QDir>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

MonthCloseController::MonthCloseController(const ViewContext& context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_chooser(&FileChooser::dialog())
{
    connect(&m_watcher, &QFutureWatcher<ExportResult>::finished, this, &MonthCloseController::onWritten);
}

QList<Period> MonthCloseController::offeredMonths() const
{
    const Period current = m_context.store->hasData() ? m_context.store->currentPeriod()
                                                      : Period::containing(m_context.store->clock().nowUtc());
    return {current.previous(), current};
}

void MonthCloseController::writePack(const Period& month)
{
    if (isBusy())
        return;
    m_chooser->chooseDirectory(m_window, tr("Folder for the month-close pack of %1").arg(month.isoMonth()),
                               [this, month](const QString& dir) {
                                   if (!dir.isEmpty())
                                       writePackTo(month, dir);
                               });
}

void MonthCloseController::writePackTo(const Period& month, const QString& directory)
{
    if (isBusy())
        return;
    LocalHistory* history = m_context.history;
    if (!history || !history->isOpen()) {
        emit failed(tr("The month-close pack needs the usage history kept on this computer, and it is not "
                       "available."),
                    QString());
        return;
    }
    const AuditLog* audit = m_context.auditLog ? m_context.auditLog : m_context.store->auditLog();
    const QList<Alert> alerts = m_context.monitor ? m_context.monitor->state().history() : QList<Alert>();
    // Reads on this thread: the history's read connection belongs to it.
    MonthClosePack pack(MonthClose::build(month, *history->database(), audit, alerts),
                        m_context.store->organization().name);
    m_chainText = pack.monthClose().chainStatusText();
    const QString dir = QDir(directory).filePath(QStringLiteral("month-close-%1").arg(month.isoMonth()));
    m_watcher.setFuture(QtConcurrent::run([pack, dir] { return pack.write(dir); }));
    if (m_window) {
        m_progress = new QProgressDialog(tr("Writing the month-close pack of %1…").arg(month.isoMonth()), QString(), 0,
                                         0, m_window);
        m_progress->setWindowTitle(tr("Month-close pack"));
        m_progress->setAttribute(Qt::WA_DeleteOnClose);
        m_progress->setMinimumDuration(300);
        m_progress->setWindowModality(Qt::WindowModal);
        // Shown by its own timer after minimumDuration; setValue() would spin the event loop.
    }
}

void MonthCloseController::onWritten()
{
    if (m_progress)
        m_progress->close();
    const ExportResult result = m_watcher.result();
    if (!result) {
        emit failed(tr("The month-close pack could not be written. %1").arg(result.error), result.path);
        return;
    }
    emit written(tr("Month-close pack written to %1. %2").arg(QDir::toNativeSeparators(result.path), m_chainText));
}
