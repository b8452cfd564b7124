#include "kpitile.h"

#include "charts/chartstyle.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

KpiTile::KpiTile(const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(this))
    , m_subtitle(new QLabel(this))
{
    setObjectName(QStringLiteral("kpiTile"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_title->setObjectName(QStringLiteral("kpiTitle"));
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_subtitle->setObjectName(QStringLiteral("kpiSubtitle"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_subtitle);
    layout->addStretch(1);
    updateFonts();
    updateAccessibility();
}

void KpiTile::setTitle(const QString& title)
{
    m_title->setText(title);
    updateAccessibility();
}

void KpiTile::setValue(const QString& value)
{
    m_value->setText(value);
    updateAccessibility();
}

void KpiTile::setSubtitle(const QString& subtitle)
{
    m_subtitle->setText(subtitle);
    updateAccessibility();
}

void KpiTile::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    update();
}

void KpiTile::setDetails(const QString& toolTip)
{
    setToolTip(toolTip);
    updateAccessibility();
}

QString KpiTile::title() const
{
    return m_title->text();
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::subtitle() const
{
    return m_subtitle->text();
}

void KpiTile::updateAccessibility()
{
    setAccessibleName(m_title->text());
    QString description = m_value->text();
    if (!m_subtitle->text().isEmpty())
        description += QStringLiteral(", ") + m_subtitle->text();
    if (!toolTip().isEmpty())
        description += QStringLiteral(". ") + toolTip();
    setAccessibleDescription(description);
}

void KpiTile::updateFonts()
{
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 0.95);
    m_title->setFont(titleFont);
    QFont valueFont = font();
    valueFont.setPointSizeF(font().pointSizeF() * 1.6);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    const ChartStyle style(palette());
    QPalette muted = m_title->palette();
    muted.setColor(QPalette::WindowText, style.muted());
    m_title->setPalette(muted);
    m_subtitle->setPalette(muted);
}

void KpiTile::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateFonts();
}

void KpiTile::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    if (m_state == State::Normal && !hasFocus())
        return;
    QPainter p(this);
    const ChartStyle style(palette());
    const QColor accent = m_state == State::Critical  ? style.over()
                          : m_state == State::Warning ? style.warning()
                                                      : palette().color(QPalette::Highlight);
    if (m_state != State::Normal)
        p.fillRect(QRect(0, 0, 5, height()), accent);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}
