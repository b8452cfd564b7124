#pragma once

#include "commandline.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class MainWindow;
class OrgStore;

// --screenshot FILE: once the first refresh has finished (or after a timeout, with whatever is there),
// shows the requested page, lets the charts lay out, renders the window to a PNG and reports the exit
// code. Works under QT_QPA_PLATFORM=offscreen.
class Screenshotter final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 20'000;
    static constexpr int kSettleMs = 400; // charts lay out on the next event-loop turns

    Screenshotter(MainWindow* window, OrgStore* store, const CommandLine& commandLine, QObject* parent = nullptr);

    // Renders now with whatever is loaded (e.g. when there is nothing to connect to).
    void captureNow();

signals:
    void finished(int exitCode);

private:
    void prepare();
    void capture();

    QPointer<MainWindow> m_window;
    OrgStore* m_store;
    CommandLine m_commandLine;
    QTimer m_timeout;
    bool m_started = false;
};
