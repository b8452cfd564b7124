#pragma once

#include <QObject>

class QHeaderView;
class QPoint;

// Right-click on a table header: a menu of the columns with check marks to show or hide them. The
// first column (the name) cannot be hidden.
class ColumnChooser final : public QObject
{
    Q_OBJECT
public:
    explicit ColumnChooser(QHeaderView* header);

    // Shows/hides a column as the menu would (for keyboard users and tests).
    void setColumnVisible(int logicalIndex, bool visible);

signals:
    void columnVisibilityChanged(int logicalIndex, bool visible);

private:
    void showMenu(const QPoint& pos);

    QHeaderView* m_header;
};
