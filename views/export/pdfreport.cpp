#include "pdfreport.h"

#include "chartexport.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QWidget>

namespace {

constexpr int kResolution = 300;

// Walks down the pages. With a null painter it only measures (the first pass counts the pages).
struct Pager
{
    QPdfWriter* writer = nullptr;
    QPainter* painter = nullptr;
    QRectF area;
    qreal y = 0;
    int page = 1;
    int totalPages = 0;
    QString footer; // "%1 of %2" pattern for the page number
    QLocale locale;

    qreal bottom() const { return area.bottom() - footerHeight(); }
    qreal footerHeight() const { return area.height() * 0.04; }

    void drawFooter()
    {
        if (!painter)
            return;
        QFont f = painter->font();
        painter->save();
        f.setPointSizeF(7.5);
        f.setBold(false);
        painter->setFont(f);
        painter->setPen(QColor(0x66, 0x66, 0x66));
        const QRectF r(area.left(), area.bottom() - footerHeight(), area.width(), footerHeight());
        painter->drawText(r, Qt::AlignRight | Qt::AlignBottom, footer.arg(page).arg(totalPages));
        painter->restore();
    }
    void newPage()
    {
        drawFooter();
        if (painter)
            writer->newPage();
        ++page;
        y = area.top();
    }
    // Starts a new page when `height` does not fit; returns true when it did.
    bool ensure(qreal height)
    {
        if (y + height <= bottom())
            return false;
        newPage();
        return true;
    }
};

QFont font(qreal points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

struct Column
{
    QString title;
    qreal share;
    Qt::Alignment align;
};

QString percentOf(Money spend, const Limit& limit, const QLocale& locale)
{
    if (!limit.hasLimit())
        return QStringLiteral("—");
    return locale.toString(Money::basisPoints(spend, limit.amount()) / 100) + locale.percent();
}

void drawTable(Pager& pager, const QString& heading, const QList<Column>& columns, const QList<ReportData::Row>& rows,
               const QLocale& locale, const QString& emptyText, const QString& continued)
{
    const QFont body = font(8.5);
    const QFont bold = font(8.5, true);
    const QFont headingFont = font(12, true);
    const qreal rowHeight = QFontMetricsF(body, pager.writer).height() * 1.6;
    const qreal headingHeight = QFontMetricsF(headingFont, pager.writer).height() * 1.8;
    QPainter* p = pager.painter;

    auto drawHeader = [&](bool cont) {
        if (p) {
            p->setFont(headingFont);
            p->setPen(Qt::black);
            p->drawText(QRectF(pager.area.left(), pager.y, pager.area.width(), headingHeight),
                        Qt::AlignLeft | Qt::AlignVCenter, cont ? continued.arg(heading) : heading);
        }
        pager.y += headingHeight;
        if (p) {
            p->setFont(bold);
            qreal x = pager.area.left();
            for (const Column& c : columns) {
                const qreal w = pager.area.width() * c.share;
                p->drawText(QRectF(x + 8, pager.y, w - 16, rowHeight), c.align | Qt::AlignVCenter, c.title);
                x += w;
            }
            p->setPen(QPen(Qt::black, 2));
            p->drawLine(QPointF(pager.area.left(), pager.y + rowHeight),
                        QPointF(pager.area.right(), pager.y + rowHeight));
        }
        pager.y += rowHeight;
    };

    pager.ensure(headingHeight + rowHeight * 3);
    drawHeader(false);
    if (rows.isEmpty()) {
        if (p) {
            p->setFont(body);
            p->drawText(QRectF(pager.area.left() + 8, pager.y, pager.area.width(), rowHeight),
                        Qt::AlignLeft | Qt::AlignVCenter, emptyText);
        }
        pager.y += rowHeight;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (pager.ensure(rowHeight))
            drawHeader(true);
        const ReportData::Row& row = rows.at(i);
        if (p) {
            if (i % 2 == 1)
                p->fillRect(QRectF(pager.area.left(), pager.y, pager.area.width(), rowHeight),
                            QColor(0xF2, 0xF2, 0xF2));
            p->setFont(body);
            p->setPen(Qt::black);
            const QStringList cells{row.name,
                                    row.detail,
                                    row.limit.hasLimit() ? row.limit.amount().format(locale)
                                                         : PdfReport::tr("No limit"),
                                    row.spend.format(locale),
                                    percentOf(row.spend, row.limit, locale),
                                    row.forecast.format(locale)};
            const QFontMetricsF fm(body, pager.writer);
            qreal x = pager.area.left();
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const qreal w = pager.area.width() * columns.at(c).share;
                const QString text = fm.elidedText(cells.at(c), Qt::ElideRight, w - 16);
                p->drawText(QRectF(x + 8, pager.y, w - 16, rowHeight), columns.at(c).align | Qt::AlignVCenter, text);
                x += w;
            }
        }
        pager.y += rowHeight;
    }
    pager.y += rowHeight;
}

} // namespace

PdfReport::PdfReport(ReportData data)
    : m_data(std::move(data))
{}

ExportResult PdfReport::write(const QString& path)
{
    QImage chart = m_chartImage;
    if (chart.isNull() && m_chart)
        chart = ChartExport::render(m_chart, 2.0);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(path, tr("Could not write “%1”: %2").arg(path, file.errorString()));
    QPdfWriter writer(&file);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    writer.setCreator(QStringLiteral("Spendboard"));
    const QString month = m_locale.standaloneMonthName(m_data.period.firstDay().month()) + u' ' +
                          QString::number(m_data.period.firstDay().year());
    writer.setTitle(tr("Spend report %1: %2").arg(month, m_data.organization));

    const QList<Column> keyColumns{{tr("Key"), 0.27, Qt::AlignLeft},         {tr("Project"), 0.19, Qt::AlignLeft},
                                   {tr("Limit"), 0.14, Qt::AlignRight},      {tr("Spend"), 0.14, Qt::AlignRight},
                                   {tr("% of limit"), 0.11, Qt::AlignRight}, {tr("Forecast"), 0.15, Qt::AlignRight}};
    QList<Column> projectColumns = keyColumns;
    projectColumns[0].title = tr("Project");
    projectColumns[1].title = tr("Keys");

    auto render = [&](Pager& pager) {
        QPainter* p = pager.painter;
        const QFont titleFont = font(18, true);
        const qreal titleHeight = QFontMetricsF(titleFont, &writer).height() * 1.4;
        if (p) {
            p->setFont(titleFont);
            p->drawText(QRectF(pager.area.left(), pager.y, pager.area.width(), titleHeight),
                        Qt::AlignLeft | Qt::AlignVCenter, tr("Spend report: %1").arg(m_data.organization));
        }
        pager.y += titleHeight;
        const QFont sub = font(10);
        const qreal subHeight = QFontMetricsF(sub, &writer).height() * 1.6;
        if (p) {
            p->setFont(sub);
            p->setPen(QColor(0x44, 0x44, 0x44));
            p->drawText(
                QRectF(pager.area.left(), pager.y, pager.area.width(), subHeight), Qt::AlignLeft | Qt::AlignVCenter,
                tr("%1 · as of %2").arg(month, m_locale.toString(m_data.asOf.toLocalTime(), QLocale::ShortFormat)));
        }
        pager.y += subHeight * 1.3;

        // Totals: three boxes side by side.
        const QFont label = font(8.5);
        const QFont value = font(15, true);
        const qreal boxHeight =
            QFontMetricsF(label, &writer).height() * 1.5 + QFontMetricsF(value, &writer).height() * 1.6;
        const QList<QPair<QString, QString>> totals{
            {tr("Spent this month"), m_data.spend.format(m_locale)},
            {tr("Balance"), m_data.balance.format(m_locale)},
            {tr("Forecast for the month end"), m_data.forecast.format(m_locale)}};
        const qreal gap = pager.area.width() * 0.02;
        const qreal boxWidth = (pager.area.width() - 2 * gap) / 3;
        for (qsizetype i = 0; p && i < totals.size(); ++i) {
            const QRectF box(pager.area.left() + i * (boxWidth + gap), pager.y, boxWidth, boxHeight);
            p->setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 3));
            p->setBrush(QColor(0xF7, 0xF7, 0xF7));
            p->drawRoundedRect(box, 20, 20);
            p->setPen(QColor(0x44, 0x44, 0x44));
            p->setFont(label);
            const QRectF inner = box.adjusted(30, 20, -30, -20);
            p->drawText(inner, Qt::AlignLeft | Qt::AlignTop, totals.at(i).first);
            p->setPen(Qt::black);
            p->setFont(value);
            p->drawText(inner, Qt::AlignLeft | Qt::AlignBottom, totals.at(i).second);
        }
        if (p)
            p->setBrush(Qt::NoBrush);
        pager.y += boxHeight + gap * 2;

        if (!chart.isNull()) {
            QSizeF size = QSizeF(chart.size())
                              .scaled(QSizeF(pager.area.width(), pager.area.height() * 0.38), Qt::KeepAspectRatio);
            if (p)
                p->drawImage(
                    QRectF(QPointF(pager.area.left() + (pager.area.width() - size.width()) / 2, pager.y), size), chart);
            pager.y += size.height() + gap * 2;
        }
        if (m_data.hasProjects)
            drawTable(pager, tr("Projects"), projectColumns, m_data.projects, m_locale, tr("No projects."),
                      tr("%1 (continued)"));
        drawTable(pager, tr("Keys"), keyColumns, m_data.keys, m_locale, tr("No keys."), tr("%1 (continued)"));
        pager.drawFooter();
    };

    const QRectF area(QPointF(0, 0), QSizeF(writer.pageLayout().paintRectPixels(kResolution).size()));
    Pager measure{&writer, nullptr, area, area.top(), 1, 0, tr("Page %1 of %2"), m_locale};
    render(measure);

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return ExportResult::failure(path, tr("Could not create the PDF “%1”.").arg(path));
    }
    Pager pager{&writer, &painter, area, area.top(), 1, measure.page, tr("Page %1 of %2"), m_locale};
    render(pager);
    painter.end();
    if (!file.commit())
        return ExportResult::failure(path, tr("Could not write “%1”: %2").arg(path, file.errorString()));
    m_pageCount = pager.page;
    return ExportResult::success(path);
}
