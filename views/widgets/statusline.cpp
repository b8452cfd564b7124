#include "statusline.h"

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

StatusLine::StatusLine(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_details(new QPushButton(tr("Details"), this))
    , m_close(new QToolButton(this))
    , m_detailText(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("statusLine"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Problem"));
    m_details->setCheckable(true);
    m_details->setToolTip(tr("Show the technical details of this problem"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide this message"));
    m_detailText->setReadOnly(true);
    m_detailText->setMaximumHeight(110);
    m_detailText->setAccessibleName(tr("Technical details"));
    m_detailText->hide();

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_message, 0, 1);
    layout->addWidget(m_details, 0, 2, Qt::AlignTop);
    layout->addWidget(m_close, 0, 3, Qt::AlignTop);
    layout->addWidget(m_detailText, 1, 1, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(m_details, &QPushButton::toggled, this, &StatusLine::setDetailsVisible);
    connect(m_close, &QToolButton::clicked, this, [this] {
        clearMessage();
        emit dismissed();
    });
    hide();
}

void StatusLine::showMessage(const QString& message, const QString& technicalText)
{
    m_message->setText(message);
    m_detailText->setPlainText(technicalText);
    m_details->setVisible(!technicalText.isEmpty());
    if (technicalText.isEmpty())
        setDetailsVisible(false);
    show();
}

void StatusLine::clearMessage()
{
    m_message->clear();
    m_detailText->clear();
    setDetailsVisible(false);
    hide();
}

QString StatusLine::message() const
{
    return m_message->text();
}

QString StatusLine::technicalText() const
{
    return m_detailText->toPlainText();
}

bool StatusLine::detailsVisible() const
{
    return !m_detailText->isHidden();
}

void StatusLine::setDetailsVisible(bool visible)
{
    m_detailText->setVisible(visible);
    if (m_details->isChecked() != visible)
        m_details->setChecked(visible);
    m_details->setText(visible ? tr("Hide details") : tr("Details"));
}
