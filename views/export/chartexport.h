#pragma once

#include "exportresult.h"

#include <QImage>

class QWidget;

// A chart view (or any widget) to an image at its on-screen size times `scale` (2 for high-DPI
// documents). Works under the offscreen platform.
class ChartExport
{
public:
    static QImage render(QWidget* widget, qreal scale = 1.0);
    static ExportResult savePng(QWidget* widget, const QString& path, qreal scale = 1.0);
};
