#include "messageboxconfirmer.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

void MessageBoxConfirmer::ask(QWidget* parent, const Question& question, Answer answer)
{
    auto* box = new QMessageBox(QMessageBox::Warning, question.title, question.text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* yes = box->addButton(
        question.acceptText.isEmpty() ? QCoreApplication::translate("Confirmer", "Continue") : question.acceptText,
        QMessageBox::AcceptRole);
    QPushButton* no = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    QObject::connect(box, &QMessageBox::finished, box, [box, yes, answer]() { answer(box->clickedButton() == yes); });
    box->open();
}

Confirmer& Confirmer::messageBox()
{
    static MessageBoxConfirmer instance;
    return instance;
}
