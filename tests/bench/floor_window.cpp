// The floor of benchmarks 5 and 6: a bare Qt Widgets window (1280x800) with one QChartView showing a
// month of daily points. Prints "bench first-paint rss-kb N" after its first paint and exits; with
// the argument "idle SECS" it stays up that long after the first paint and prints its CPU time.
// Started as a process by bench_app, exactly like the app.
#include "benchutil.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QMainWindow>
#include <QPaintEvent>
#include <QTimer>

#include <ctime>

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget* window, int idleSecs)
        : m_window(window)
        , m_idleSecs(idleSecs)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (!m_seen && event->type() == QEvent::Paint && widget && widget->window() == m_window) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("bench first-paint rss-kb %ld\n", rssKb());
                std::fflush(stdout);
                if (m_idleSecs <= 0) {
                    QCoreApplication::exit(0);
                    return;
                }
                const double cpu0 = cpuMs();
                QTimer::singleShot(m_idleSecs * 1000, this, [cpu0, this] {
                    std::printf("bench idle wall-ms %d cpu-ms %.1f\n", m_idleSecs * 1000, cpuMs() - cpu0);
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                });
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_window;
    int m_idleSecs;
    bool m_seen = false;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int idleSecs = argc > 2 && qstrcmp(argv[1], "idle") == 0 ? std::atoi(argv[2]) : 0;
    QMainWindow window;
    auto* series = new QLineSeries;
    for (int day = 0; day <= 30; ++day)
        series->append(day, day * 12.5);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    window.setCentralWidget(view);
    window.resize(1280, 800);
    FirstPaint probe(&window, idleSecs);
    app.installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}
