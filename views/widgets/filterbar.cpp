#include "filterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

FilterBar::FilterBar(EntityFilterProxy::QuickFilters offered, QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Filter… (Ctrl+F)"));
    m_search->setToolTip(tr("Filter by name, label or owner (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter"));
    m_search->setMinimumWidth(100);
    m_layout->addWidget(m_search, 1);
    if (offered & EntityFilterProxy::Over80Percent)
        addQuick(EntityFilterProxy::Over80Percent, tr("≥ 80 %"), tr("Only those at 80 % of their limit or more"));
    if (offered & EntityFilterProxy::OverLimit)
        addQuick(EntityFilterProxy::OverLimit, tr("Over"), tr("Only those that reached their limit"));
    if (offered & EntityFilterProxy::NoLimitSet)
        addQuick(EntityFilterProxy::NoLimitSet, tr("No limit"), tr("Only those without a monthly limit"));
    if (offered & EntityFilterProxy::ExpiringSoon)
        addQuick(EntityFilterProxy::ExpiringSoon, tr("Expiring"), tr("Only keys that expire within 7 days"));
    m_insertAt = m_layout->count();
    m_count->setObjectName(QStringLiteral("filterCount"));
    m_layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::searchTextChanged);
}

QToolButton* FilterBar::addQuick(EntityFilterProxy::QuickFilter filter, const QString& text, const QString& toolTip)
{
    auto* b = new QToolButton(this);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setAccessibleName(toolTip);
    b->setCheckable(true);
    b->setAutoRaise(false);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_layout->addWidget(b);
    m_quick.append({filter, b});
    connect(b, &QToolButton::toggled, this, [this] { emit quickFiltersChanged(quickFilters()); });
    return b;
}

QToolButton* FilterBar::quickButton(EntityFilterProxy::QuickFilter filter) const
{
    for (const auto& [f, b] : m_quick) {
        if (f == filter)
            return b;
    }
    return nullptr;
}

EntityFilterProxy::QuickFilters FilterBar::quickFilters() const
{
    EntityFilterProxy::QuickFilters out;
    for (const auto& [f, b] : m_quick) {
        if (b->isChecked())
            out |= f;
    }
    return out;
}

void FilterBar::addWidget(QWidget* widget)
{
    // Combos size to a short text so the bar (and the window) can be narrow; the popup is wider.
    if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_layout->insertWidget(m_insertAt++, widget);
}

void FilterBar::setCountText(const QString& text)
{
    m_count->setText(text);
}

QString FilterBar::countText() const
{
    return m_count->text();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clearFilters()
{
    m_search->clear();
    for (const auto& [f, b] : m_quick)
        b->setChecked(false);
}
