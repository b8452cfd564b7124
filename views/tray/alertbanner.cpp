#include "alertbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

#include <algorithm>

AlertBanner::AlertBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_show(new QPushButton(tr("Show"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("alertBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("alertBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_show->setObjectName(QStringLiteral("alertBannerShow"));
    m_dismiss->setObjectName(QStringLiteral("alertBannerDismiss"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_dismiss);
    connect(m_show, &QPushButton::clicked, this, &AlertBanner::onShow);
    connect(m_dismiss, &QPushButton::clicked, this, &AlertBanner::onDismiss);
    hide();
}

void AlertBanner::showAlerts(const QList<Alert>& alerts)
{
    bool added = false;
    for (const Alert& a : alerts) {
        if (!a.suppressed) {
            m_pending.append(a);
            added = true;
        }
    }
    if (!added)
        return;
    refresh();
    show();
}

void AlertBanner::clear()
{
    m_pending.clear();
    refresh();
    hide();
}

QString AlertBanner::text() const
{
    return m_text->text();
}

void AlertBanner::refresh()
{
    if (m_pending.isEmpty()) {
        m_text->clear();
        return;
    }
    const Alert& latest = m_pending.last();
    const int n = int(m_pending.size());
    m_text->setText(n == 1 ? latest.message : tr("%n new spending alerts. Latest: %1", nullptr, n).arg(latest.message));
    m_show->setToolTip(n == 1 ? tr("Show %1").arg(latest.entityName) : tr("Show the alerts page"));

    Alert::Severity worst = Alert::Severity::Info;
    for (const Alert& a : m_pending)
        worst = std::max(worst, a.severity);
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QColor tint(0xdd, 0xea, 0xf7);
    if (worst == Alert::Severity::Warning) {
        pixmap = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xfd, 0xf0, 0xc8);
    } else if (worst == Alert::Severity::Critical) {
        pixmap = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xf9, 0xd6, 0xd5);
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    QPalette pal = palette();
    pal.setColor(QPalette::Window, tint);
    pal.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(pal);
    setProperty("severity", Alert::severityName(worst));
}

void AlertBanner::onShow()
{
    const QList<Alert> pending = m_pending;
    clear();
    if (pending.size() == 1)
        emit entityActivated(pending.first().entity);
    else if (!pending.isEmpty())
        emit alertsPageRequested();
}

void AlertBanner::onDismiss()
{
    clear();
    emit dismissed();
}
