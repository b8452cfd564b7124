#include "labelseditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

LabelsEditor::LabelsEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add Label"), this))
    , m_remove(new QPushButton(tr("&Remove Label"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 160);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_table->setAccessibleName(tr("Labels"));
    m_table->setMinimumHeight(110);
    layout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_add->setAccessibleName(tr("Add a label"));
    m_remove->setAccessibleName(tr("Remove the selected label"));
    m_remove->setEnabled(false);

    connect(m_add, &QPushButton::clicked, this, [this]() {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, &LabelsEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &LabelsEditor::labelsEdited);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0 && row < m_table->rowCount()); });
}

void LabelsEditor::setLabels(const QMap<QString, QString>& labels)
{
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            addRow(it.key(), it.value());
    }
    m_remove->setEnabled(false);
    emit labelsEdited();
}

void LabelsEditor::addRow(const QString& key, const QString& value)
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker block(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(key));
        m_table->setItem(row, 1, new QTableWidgetItem(value));
    }
    emit labelsEdited();
}

void LabelsEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    m_remove->setEnabled(m_table->currentRow() >= 0);
    emit labelsEdited();
}

int LabelsEditor::rowCount() const
{
    return m_table->rowCount();
}

QMap<QString, QString> LabelsEditor::labels() const
{
    QMap<QString, QString> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = cellText(m_table, row, 0);
        if (!key.isEmpty())
            out.insert(key, cellText(m_table, row, 1));
    }
    return out;
}

QString LabelsEditor::validationError() const
{
    QSet<QString> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = cellText(m_table, row, 0);
        const QString value = cellText(m_table, row, 1);
        if (key.isEmpty() && value.isEmpty())
            continue;
        if (key.isEmpty())
            return tr("Label %1 has a value but no key. Give it a key or remove it.").arg(row + 1);
        if (seen.contains(key))
            return tr("The label key “%1” is used twice. Each key can appear only once.").arg(key);
        seen.insert(key);
    }
    return {};
}
