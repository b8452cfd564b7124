#pragma once

#include <QString>

#include <functional>

class QWidget;

// The save-file seam: the export actions ask through a FileChooser and continue in the callback, so
// nothing blocks the GUI thread and a test can answer with a path. The default shows a window-modal
// QFileDialog with open().
class FileChooser
{
public:
    using Answer = std::function<void(const QString& path)>; // empty = cancelled
    virtual ~FileChooser() = default;
    // Calls `answer` exactly once, unless `parent` is destroyed first.
    virtual void chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedName,
                                const QString& filter, Answer answer) = 0;

    static FileChooser& dialog();
};
