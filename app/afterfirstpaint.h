#pragma once

#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

// Runs `then` on the event loop's next turn after `window` has painted (at once, queued, if it is
// already visible): work that the first picture does not need waits until the picture is there.
inline void afterFirstPaint(QWidget* window, QObject* context, std::function<void()> then)
{
    class Watcher final : public QObject
    {
    public:
        Watcher(QWidget* window, QObject* context, std::function<void()> then)
            : QObject(window)
            , m_context(context)
            , m_then(std::move(then))
        {}
        bool eventFilter(QObject*, QEvent* event) override
        {
            if (event->type() == QEvent::Paint && !m_fired) {
                m_fired = true;
                if (m_context)
                    QMetaObject::invokeMethod(m_context, m_then, Qt::QueuedConnection);
                deleteLater();
            }
            return false;
        }

    private:
        QPointer<QObject> m_context;
        std::function<void()> m_then;
        bool m_fired = false;
    };
    if (window->isVisible()) {
        QMetaObject::invokeMethod(context, std::move(then), Qt::QueuedConnection);
        return;
    }
    window->installEventFilter(new Watcher(window, context, std::move(then)));
}
