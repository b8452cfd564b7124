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
    QPainterPath path;
    QPointF last;
    for (int i = 0; i < values.size(); ++i) {
        const double share = top > 0 ? double(values[i].toLongLong()) / double(top) : 0.0;
        last = QPointF(area.left() + i * step, area.bottom() - share * area.height());
        if (i == 0)
            path.moveTo(last);
        else
            path.lineTo(last);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    QColor line = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->setPen(QPen(line, 1.3));
    painter->drawPath(path);
    painter->setBrush(line);
    painter->drawEllipse(last, 2.0, 2.0);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(90, 20));
}
