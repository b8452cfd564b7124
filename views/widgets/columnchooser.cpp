#include "columnchooser.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

ColumnChooser::ColumnChooser(QHeaderView* header)
    : QObject(header)
    , m_header(header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to choose the columns"));
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
}

void ColumnChooser::setColumnVisible(int logicalIndex, bool visible)
{
    if (logicalIndex <= 0 || logicalIndex >= m_header->count())
        return;
    if (m_header->isSectionHidden(logicalIndex) == !visible)
        return;
    m_header->setSectionHidden(logicalIndex, !visible);
    emit columnVisibilityChanged(logicalIndex, visible);
}

void ColumnChooser::showMenu(const QPoint& pos)
{
    auto* menu = new QMenu(m_header);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(tr("Columns"));
    QAbstractItemModel* model = m_header->model();
    for (int i = 0; i < m_header->count(); ++i) {
        const QString name = model ? model->headerData(i, m_header->orientation()).toString() : QString::number(i);
        QAction* a = menu->addAction(name);
        a->setCheckable(true);
        a->setChecked(!m_header->isSectionHidden(i));
        a->setEnabled(i != 0);
        connect(a, &QAction::toggled, this, [this, i](bool on) { setColumnVisible(i, on); });
    }
    menu->popup(m_header->viewport()->mapToGlobal(pos));
}
