#include "screenshotter.h"

#include "applogging.h"

#include "itemmodels/entitytablemodel.h"
#include "pages/entitytablepage.h"
#include "store/orgstore.h"
#include "window/mainwindow.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QPixmap>
#include <QTableView>

#include <cstdio>

Screenshotter::Screenshotter(MainWindow* window, OrgStore* store, const CommandLine& commandLine, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_store(store)
    , m_commandLine(commandLine)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        qCWarning(lcApp) << "no data within" << kTimeoutMs << "ms; rendering what there is";
        prepare();
    });
    connect(store, &OrgStore::refreshFinished, this, &Screenshotter::prepare);
    m_timeout.start();
}

void Screenshotter::captureNow()
{
    prepare();
}

void Screenshotter::prepare()
{
    if (m_started || !m_window)
        return;
    m_started = true;
    m_timeout.stop();
    if (const auto page = MainWindow::pageFromName(m_commandLine.page)) {
        m_window->setCurrentPage(*page);
        // A table page shows its detail panel with the first row selected.
        if (auto* table = qobject_cast<EntityTablePage*>(m_window->page(*page))) {
            QAbstractItemModel* model = table->table()->model();
            if (model && model->rowCount() > 0)
                table->selectId(model->index(0, 0).data(EntityTableModel::IdRole).toString());
        }
    }
    QTimer::singleShot(kSettleMs, this, &Screenshotter::capture);
}

void Screenshotter::capture()
{
    if (!m_window) {
        emit finished(1);
        return;
    }
    qCDebug(lcApp) << "window" << m_window->size() << "minimum" << m_window->minimumSizeHint();
    const QPixmap pixmap = m_window->grab();
    if (pixmap.isNull() || !pixmap.save(m_commandLine.screenshot, "PNG")) {
        const QByteArray text =
            tr("spendboard: could not write the screenshot to %1\n").arg(m_commandLine.screenshot).toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        emit finished(1);
        return;
    }
    qCInfo(lcApp) << "screenshot written to" << m_commandLine.screenshot;
    emit finished(0);
}
