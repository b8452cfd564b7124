#pragma once

#include "viewcontext.h"

#include <QWidget>

// A page of the main window. Pages are built on first show; MainWindow asks the built ones to save
// their view state (splitters, headers) when it closes.
class Page : public QWidget
{
    Q_OBJECT
public:
    Page(const ViewContext& context, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_context(context)
    {}

    virtual void saveState() const {}
    // Ctrl+F: focus the page's search field, if it has one.
    virtual void focusSearch() {}
    // The display currency or its rates changed (Settings): show amounts in it again.
    virtual void displayCurrencyChanged() {}

protected:
    const ViewContext& context() const { return m_context; }

private:
    ViewContext m_context;
};
