#include "errorpanel.h"

#include "api/apierror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

ErrorPanel::ErrorPanel(QWidget* parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setAccessibleName(tr("Error"));
    m_message->setObjectName(QStringLiteral("errorMessage"));
    row->addWidget(m_message, 1);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show error details"));
    row->addWidget(m_detailsButton, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(90);
    m_details->setAccessibleName(tr("Error details"));
    m_details->hide();
    layout->addWidget(m_details);
    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    hide();
}

void ErrorPanel::showError(const ApiError& error)
{
    showMessage(error.userMessage(), error.technicalText());
}

void ErrorPanel::showMessage(const QString& message, const QString& details)
{
    m_message->setText(message);
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    show();
}

void ErrorPanel::clearError()
{
    m_message->clear();
    m_details->clear();
    m_detailsButton->setChecked(false);
    hide();
}

QString ErrorPanel::message() const
{
    return m_message->text();
}

QString ErrorPanel::details() const
{
    return m_details->toPlainText();
}
