#pragma once

#include <QList>
#include <QStackedWidget>
#include <QStringList>

class QTableWidget;
class QToolButton;

// A chart and its data-table twin in one place: a checkable "Table" button (for the section header)
// switches between them, the table holds the same numbers as text (keyboard navigable, read by screen
// readers), and one summary sentence is the accessible description of both. The chart itself takes
// keyboard focus, so Tab reaches it and a screen reader announces the summary.
class ChartTwin final : public QStackedWidget
{
    Q_OBJECT
public:
    ChartTwin(QWidget* chart, const QString& title, QWidget* parent = nullptr);

    QWidget* chart() const { return m_chart; }
    QTableWidget* table() const { return m_table; }
    QToolButton* toggle() const { return m_toggle; } // not in this widget's layout: place it in a header
    bool isShowingTable() const { return currentWidget() == reinterpret_cast<const QWidget*>(m_table); }
    void showTable(bool on);

    // Replaces the table's rows (cells are display text; numbers right-aligned when they look numeric).
    void setTable(const QStringList& header, const QList<QStringList>& rows);
    void setSummary(const QString& summary);
    QString summary() const { return m_summary; }

private:
    QWidget* m_chart;
    QTableWidget* m_table;
    QToolButton* m_toggle;
    QString m_summary;
};
