#pragma once

#include <QCoreApplication>

class QWidget;

// Help → About and Help → Keyboard shortcuts: window-modal message boxes opened with open(), so nothing
// waits on them.
class HelpBoxes
{
    Q_DECLARE_TR_FUNCTIONS(HelpBoxes)
public:
    static void showAbout(QWidget* parent);
    static void showShortcuts(QWidget* parent);
};
