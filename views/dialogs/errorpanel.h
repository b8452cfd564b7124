#pragma once

#include <QWidget>

class ApiError;
class QLabel;
class QPlainTextEdit;
class QToolButton;

// An error in plain words with a "Details" toggle for the technical text (never a secret).
class ErrorPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget* parent = nullptr);

    void showError(const ApiError& error);
    void showMessage(const QString& message, const QString& details = QString());
    void clearError(); // hides the panel

    QString message() const;
    QString details() const;
    QLabel* messageLabel() const { return m_message; }
    QToolButton* detailsButton() const { return m_detailsButton; }

private:
    QLabel* m_message;
    QToolButton* m_detailsButton;
    QPlainTextEdit* m_details;
};
