#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// The error line under the toolbar: a sentence in plain words for a finance user, a Details button
// that reveals the technical text inline (no modal dialog), and a close button.
class StatusLine final : public QFrame
{
    Q_OBJECT
public:
    explicit StatusLine(QWidget* parent = nullptr);

    void showMessage(const QString& message, const QString& technicalText = QString());
    void clearMessage();

    QString message() const;
    QString technicalText() const;
    bool detailsVisible() const;
    QPushButton* detailsButton() const { return m_details; }

public slots:
    void setDetailsVisible(bool visible);

signals:
    void dismissed();

private:
    QLabel* m_icon;
    QLabel* m_message;
    QPushButton* m_details;
    QToolButton* m_close;
    QPlainTextEdit* m_detailText;
};
