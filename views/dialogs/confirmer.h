#pragma once

#include <QString>

#include <functional>

class QWidget;

// The confirmation seam: dialogs ask through a Confirmer and continue in the callback, so nothing blocks
// the GUI thread and a test can answer the question. The default shows a window-modal QMessageBox with
// open().
class Confirmer
{
public:
    struct Question
    {
        QString title;
        QString text;
        QString acceptText; // label of the button that goes ahead, e.g. "Lower the limit"
    };
    using Answer = std::function<void(bool accepted)>;

    virtual ~Confirmer() = default;
    // Calls `answer` exactly once (possibly before returning), unless `parent` is destroyed first.
    virtual void ask(QWidget* parent, const Question& question, Answer answer) = 0;

    // The stateless message-box confirmer shared by all dialogs unless one is set.
    static Confirmer& messageBox();
};
