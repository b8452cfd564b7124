#include "trayicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtMath>

namespace {

QPixmap draw(AlertSummary::Level level, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const qreal pen = qMax<qreal>(1.5, s / 10.0);
    switch (level) {
    case AlertSummary::Level::Ok: {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2e, 0x9d, 0x4f));
        p.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
        QPainterPath tick;
        tick.moveTo(s * 0.28, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.68);
        tick.lineTo(s * 0.74, s * 0.34);
        p.setPen(QPen(Qt::white, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case AlertSummary::Level::Warning: {
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, s * 0.06);
        triangle.lineTo(s * 0.96, s * 0.92);
        triangle.lineTo(s * 0.04, s * 0.92);
        triangle.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xf0, 0xa2, 0x02));
        p.drawPath(triangle);
        p.setPen(QPen(QColor(0x20, 0x20, 0x20), pen, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.62));
        p.drawPoint(QPointF(s * 0.5, s * 0.78));
        break;
    }
    case AlertSummary::Level::Over: {
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const qreal a = qDegreesToRadians(22.5 + 45.0 * i);
            octagon << QPointF(s * 0.5 + s * 0.46 * qCos(a), s * 0.5 + s * 0.46 * qSin(a));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd0, 0x31, 0x2d));
        p.drawPolygon(octagon);
        p.setPen(QPen(Qt::white, pen * 1.2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.28, s * 0.5), QPointF(s * 0.72, s * 0.5));
        break;
    }
    }
    return pm;
}

} // namespace

QIcon TrayIcons::icon(AlertSummary::Level level)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(draw(level, size));
    return icon;
}
