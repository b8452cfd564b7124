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

    // A folder to write into (the month-close pack). The default shows a window-modal folder dialog.
    virtual void chooseDirectory(QWidget* parent, const QString& title, Answer answer);

    static FileChooser& dialog();
};
