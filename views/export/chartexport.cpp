#include "chartexport.h"

#include <QCoreApplication>
#include <QPainter>
#include <QSaveFile>
#include <QWidget>

QImage ChartExport::render(QWidget* widget, qreal scale)
{
    if (!widget || widget->size().isEmpty() || scale <= 0)
        return {};
    QImage image(widget->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(widget->palette().color(widget->backgroundRole()));
    QPainter painter(&image);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    painter.end();
    return image;
}

ExportResult ChartExport::savePng(QWidget* widget, const QString& path, qreal scale)
{
    const QImage image = render(widget, scale);
    if (image.isNull())
        return ExportResult::failure(path, QCoreApplication::translate("ChartExport", "There is no chart to save."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return ExportResult::failure(
            path, QCoreApplication::translate("ChartExport", "Could not write “%1”: %2").arg(path, file.errorString()));
    return ExportResult::success(path);
}
