#pragma once

#include <QStyledItemDelegate>

// Paints a small line of daily amounts (a QVariantList of numbers from the model's `role`, oldest
// first) with the last day marked. The numbers' meaning stays in the model's tooltip and sort value.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SparklineDelegate(int role, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};
