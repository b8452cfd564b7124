// The progress delegate paints a bar coloured by threshold, with text and, from 80 %, a pattern, so
// the state never depends on colour alone.
#include "charts/chartstyle.h"
#include "delegates/progressdelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

namespace {

constexpr int kRole = Qt::UserRole + 2;

QImage paintCell(qint64 basisPoints, QSize size = QSize(200, 28))
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), basisPoints, kRole);
    QTableView view; // supplies the widget (style, palette) the delegate paints with
    view.setModel(&model);
    ProgressDelegate delegate(kRole);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = QRect(QPoint(0, 0), size);
    option.widget = &view;
    option.palette.setColor(QPalette::Base, Qt::white);
    option.palette.setColor(QPalette::Window, Qt::white);
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();
    return image;
}

int countNear(const QImage& image, const QColor& colour, int tolerance = 40)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                    std::abs(c.blue() - colour.blue()) <
                tolerance)
                ++n;
        }
    }
    return n;
}

} // namespace

class TestProgressDelegate : public QObject
{
    Q_OBJECT

private slots:
    void states_data()
    {
        QTest::addColumn<qint64>("bp");
        QTest::addColumn<int>("state");
        QTest::newRow("no limit") << qint64(-1) << int(ProgressDelegate::State::NoLimit);
        QTest::newRow("zero") << qint64(0) << int(ProgressDelegate::State::Ok);
        QTest::newRow("79.99") << qint64(7999) << int(ProgressDelegate::State::Ok);
        QTest::newRow("80") << qint64(8000) << int(ProgressDelegate::State::Warning);
        QTest::newRow("99.99") << qint64(9999) << int(ProgressDelegate::State::Warning);
        QTest::newRow("100") << qint64(10000) << int(ProgressDelegate::State::Over);
        QTest::newRow("250") << qint64(25000) << int(ProgressDelegate::State::Over);
    }
    void states()
    {
        QFETCH(qint64, bp);
        QFETCH(int, state);
        QCOMPARE(int(ProgressDelegate::stateFor(bp)), state);
    }

    void textSaysTheState()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(ProgressDelegate::textFor(4250), QStringLiteral("42.5 %"));
        QVERIFY(ProgressDelegate::textFor(-1).contains(QStringLiteral("no limit")));
        const QString warning = ProgressDelegate::textFor(8512);
        QVERIFY2(warning.contains(QStringLiteral("85.1 %")) && warning != QStringLiteral("85.1 %"),
                 qPrintable(warning)); // a marker besides the number
        QVERIFY(ProgressDelegate::textFor(11200).contains(QStringLiteral("over")));
    }

    void paintsColourByThreshold()
    {
        const ChartStyle style(QApplication::palette());
        const QImage ok = paintCell(5000);
        const QImage warning = paintCell(9000);
        const QImage over = paintCell(12000);
        QVERIFY(countNear(ok, style.ok()) > 20);
        QCOMPARE(countNear(ok, style.over(), 30), 0);
        QVERIFY(countNear(warning, style.warning()) > 20);
        QVERIFY(countNear(over, style.over()) > 20);
        QCOMPARE(countNear(over, style.ok(), 30), 0);
    }

    void barLengthFollowsShare()
    {
        // The bar ends in a solid edge of the state colour; in a wide cell the text sits clear of it.
        const ChartStyle style(QApplication::palette());
        const auto edge = [&](qint64 bp) {
            const QImage img = paintCell(bp, QSize(400, 28));
            int last = -1;
            for (int x = 0; x < img.width(); ++x) {
                const QColor c = img.pixelColor(x, img.height() / 2);
                if (std::abs(c.red() - style.ok().red()) + std::abs(c.green() - style.ok().green()) +
                        std::abs(c.blue() - style.ok().blue()) <
                    20)
                    last = x;
            }
            return last;
        };
        const int quarter = edge(2500);
        const int threeQuarters = edge(7500);
        QVERIFY(quarter > 0);
        // The cell is inset by 4 px each side: 392 px of track.
        QVERIFY2(std::abs(quarter - (4 + 392 / 4)) <= 3, qPrintable(QString::number(quarter)));
        QVERIFY2(std::abs(threeQuarters - (4 + 392 * 3 / 4)) <= 3, qPrintable(QString::number(threeQuarters)));
    }

    void noLimitPaintsNoBar()
    {
        const ChartStyle style(QApplication::palette());
        const QImage none = paintCell(-1);
        QCOMPARE(countNear(none, style.ok(), 30), 0);
        QCOMPARE(countNear(none, style.warning(), 30), 0);
        QCOMPARE(countNear(none, style.over(), 30), 0);
        // But it is not empty: the words "no limit" are drawn.
        QVERIFY(countNear(none, Qt::white, 10) < none.width() * none.height());
    }

    void patternMarksWarningAndOver()
    {
        // The hatch leaves a mix of full-colour and lighter pixels inside the bar; a plain OK bar
        // has no full-colour pixels except its right edge.
        const ChartStyle style(QApplication::palette());
        const int solidWarning = countNear(paintCell(9000), style.warning(), 20);
        const int solidOk = countNear(paintCell(9000 - 1001), style.ok(), 20); // 79.99 %: OK
        QVERIFY2(solidWarning > solidOk * 2,
                 qPrintable(QStringLiteral("warning %1, ok %2").arg(solidWarning).arg(solidOk)));
    }

    void sizeHintFitsText()
    {
        QStandardItemModel model(1, 1);
        ProgressDelegate delegate(kRole);
        QStyleOptionViewItem option;
        option.fontMetrics = QFontMetrics(QApplication::font());
        const QSize hint = delegate.sizeHint(option, model.index(0, 0));
        QVERIFY(hint.width() >= option.fontMetrics.horizontalAdvance(ProgressDelegate::textFor(112345)));
    }
};

QTEST_MAIN(TestProgressDelegate)
#include "tst_progressdelegate.moc"
