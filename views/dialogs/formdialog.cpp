#include "formdialog.h"

#include "errorpanel.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

FormDialog::FormDialog(const QString& acceptText, QWidget* parent)
    : QDialog(parent)
    , m_readOnly(new QLabel(this))
    , m_form(new QWidget(this))
    , m_content(new QVBoxLayout(m_form))
    , m_problemLabel(new QLabel(this))
    , m_errors(new ErrorPanel(this))
    , m_progress(new QProgressBar(this))
{
    auto* layout = new QVBoxLayout(this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyMessage"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setFrameShape(QFrame::StyledPanel);
    m_readOnly->setMargin(6);
    m_readOnly->hide();
    layout->addWidget(m_readOnly);
    m_content->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form, 1);
    m_problemLabel->setObjectName(QStringLiteral("problemMessage"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problemLabel->setAccessibleName(tr("Problem"));
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_errors);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->hide();
    layout->addWidget(m_progress);

    auto* buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_accept->setDefault(true);
    layout->addWidget(buttons);
    connect(m_accept, &QPushButton::clicked, this, &FormDialog::trySubmit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
}

void FormDialog::trySubmit()
{
    updateButtons();
    if (!m_accept->isEnabled() || m_accept->isHidden())
        return;
    m_errors->clearError();
    submit();
}

void FormDialog::addSaveShortcut()
{
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &FormDialog::trySubmit);
}

void FormDialog::setReadOnlyReason(const QString& reason)
{
    m_readOnlyReason = reason;
    m_readOnly->setText(reason);
    m_readOnly->setVisible(!reason.isEmpty());
    m_problemLabel->setVisible(m_problemShown && !m_problem.isEmpty() && reason.isEmpty());
    updateButtons();
}

void FormDialog::setProblem(const QString& problem, bool show)
{
    m_problem = problem;
    m_problemShown = show;
    m_problemLabel->setText(show ? problem : QString());
    m_problemLabel->setVisible(show && !problem.isEmpty() && !isReadOnly());
    updateButtons();
}

void FormDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    updateButtons();
}

void FormDialog::updateButtons()
{
    m_form->setEnabled(!isReadOnly() && !m_busy);
    m_accept->setEnabled(!isReadOnly() && !m_busy && m_problem.isEmpty());
}
