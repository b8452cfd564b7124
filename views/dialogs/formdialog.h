#pragma once

#include <QDialog>

class ErrorPanel;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

// The frame shared by the admin forms: a read-only banner, the form, an inline problem line, the server
// error with Details, a busy bar, and an accept button that is enabled only when the form is valid and
// nothing is running. Subclasses fill contentLayout(), report validity with setProblem(), and write in
// submit(); they call setBusy() around the store call.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    bool isBusy() const { return m_busy; }
    QString problem() const { return m_problem; }

    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* cancelButton() const { return m_cancel; }
    ErrorPanel* errorPanel() const { return m_errors; }
    QLabel* problemLabel() const { return m_problemLabel; }

public slots:
    void trySubmit(); // what the accept button does

protected:
    FormDialog(const QString& acceptText, QWidget* parent);

    QWidget* form() const { return m_form; }
    QVBoxLayout* contentLayout() const { return m_content; }
    void setReadOnlyReason(const QString& reason);
    // Empty = the form is valid. Shown in plain words under the form.
    void setProblem(const QString& problem, bool show = true);
    void setBusy(bool busy);
    void updateButtons();
    // Ctrl+S (the platform's Save) submits too; for forms whose accept button is a save.
    void addSaveShortcut();
    virtual void submit() = 0;

private:
    QLabel* m_readOnly;
    QWidget* m_form;
    QVBoxLayout* m_content;
    QLabel* m_problemLabel;
    ErrorPanel* m_errors;
    QProgressBar* m_progress;
    QPushButton* m_accept;
    QPushButton* m_cancel;
    QString m_readOnlyReason;
    QString m_problem;
    bool m_busy = false;
    bool m_problemShown = false;
};
