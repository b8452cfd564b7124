#include "charttwin.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>

ChartTwin::ChartTwin(QWidget* chart, const QString& title, QWidget* parent)
    : QStackedWidget(parent)
    , m_chart(chart)
    , m_table(new QTableWidget(this))
    , m_toggle(new QToolButton(parent))
{
    addWidget(chart);
    addWidget(m_table);
    chart->setFocusPolicy(Qt::StrongFocus);
    chart->setAccessibleName(title);
    m_table->setAccessibleName(tr("%1 as a table").arg(title));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_toggle->setText(tr("Table"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setAccessibleName(tr("Show %1 as a table").arg(title));
    m_toggle->setToolTip(tr("Show the numbers of this chart as a table"));
    connect(m_toggle, &QToolButton::toggled, this, &ChartTwin::showTable);
}

void ChartTwin::showTable(bool on)
{
    if (m_toggle->isChecked() != on)
        m_toggle->setChecked(on); // comes back here through toggled
    setCurrentWidget(on ? static_cast<QWidget*>(m_table) : m_chart);
}

void ChartTwin::setTable(const QStringList& header, const QList<QStringList>& rows)
{
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size() && c < header.size(); ++c) {
            const QString& text = rows[r][c];
            QTableWidgetItem* item = m_table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, c, item);
            }
            item->setText(text);
            const bool numeric = c > 0 && !text.isEmpty() && (text.front().isDigit() || !text.front().isLetter());
            item->setTextAlignment(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
}

void ChartTwin::setSummary(const QString& summary)
{
    m_summary = summary;
    m_chart->setAccessibleDescription(summary);
    m_table->setAccessibleDescription(summary);
}
