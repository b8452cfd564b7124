#include "sparklinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

SparklineDelegate::SparklineDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const QVariantList values = index.data(m_role).toList();
    if (values.size() < 2)
        return;
    qint64 top = 0;
    for (const QVariant& v : values)
        top = std::max(top, v.toLongLong());
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -6, -4);
    const double step = area.width() / double(values.size() - 1);
    // The line joins the complete days; the last value is today so far, drawn as a hollow dot on its
    // own, so a partial day does not read as a sudden drop in spend.
    QPainterPath path;
    QPointF today;
    for (int i = 0; i < values.size(); ++i) {
        const double share = top > 0 ? double(values[i].toLongLong()) / double(top) : 0.0;
        const QPointF point(area.left() + i * step, area.bottom() - share * area.height());
        if (i == values.size() - 1)
            today = point;
        else if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    QColor line = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->setPen(QPen(line, 1.3));
    painter->drawPath(path);
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(today, 2.2, 2.2);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(90, 20));
}
