#include "topkeyschart.h"

#include "moneyaxis.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QToolTip>

#include <algorithm>

TopKeysChart::TopKeysChart(QWidget* parent)
    : ChartViewBase(parent)
    , m_series(new QHorizontalStackedBarSeries(this))
    , m_ok(new QBarSet(tr("Under 80 %")))
    , m_warning(new QBarSet(tr("80–100 %")))
    , m_over(new QBarSet(tr("Over the limit")))
    , m_unlimited(new QBarSet(tr("No limit")))
    , m_nameAxis(new QBarCategoryAxis(this))
    , m_moneyAxis(new MoneyAxis(this))
{
    setObjectName(QStringLiteral("topKeysChart"));
    for (QBarSet* s : {m_ok, m_warning, m_over, m_unlimited}) {
        m_series->append(s);
        connect(s, &QBarSet::hovered, this, [this](bool state, int index) {
            if (state)
                QToolTip::showText(QCursor::pos(), toolTipFor(index), this);
            else
                QToolTip::hideText();
        });
    }
    m_series->setBarWidth(0.7);
    // Elided names are unreadable and QtCharts under-sizes this axis: names are kept short instead.
    m_nameAxis->setTruncateLabels(false);
    chart()->addSeries(m_series);
    chart()->addAxis(m_nameAxis, Qt::AlignLeft);
    chart()->addAxis(m_moneyAxis, Qt::AlignBottom);
    m_series->attachAxis(m_nameAxis);
    m_series->attachAxis(m_moneyAxis);
    restyle();
}

void TopKeysChart::applyStyle(const ChartStyle& style)
{
    m_ok->setColor(style.ok());
    m_warning->setColor(style.warning());
    m_over->setBrush(QBrush(style.over()));
    m_unlimited->setColor(style.muted());
    for (QBarSet* s : {m_ok, m_warning, m_over, m_unlimited})
        s->setBorderColor(Qt::transparent);
    const QColor grid = style.dark() ? QColor(255, 255, 255, 30) : QColor(0, 0, 0, 25);
    for (QAbstractAxis* a : {static_cast<QAbstractAxis*>(m_nameAxis), static_cast<QAbstractAxis*>(m_moneyAxis)}) {
        a->setLabelsColor(style.text());
        a->setGridLineColor(grid);
        a->setLinePenColor(grid);
    }
    m_nameAxis->setGridLineVisible(false);
}

QString TopKeysChart::categoryLabel(const Entry& entry)
{
    QString name = entry.name;
    if (name.size() > 16)
        name = name.left(15) + QChar(0x2026);
    if (entry.limit.isUnlimited())
        return tr("%1 · no limit").arg(name);
    return tr("%1 · %2 %").arg(name, QLocale().toString(entry.progress / 100));
}

QStringList TopKeysChart::categories() const
{
    return m_nameAxis->categories();
}

void TopKeysChart::setEntries(QList<Entry> entries, int maxBars)
{
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.spend > b.spend; });
    if (entries.size() > maxBars)
        entries.resize(maxBars);
    m_entries = entries;

    // Bottom to top, so the largest is drawn on top. Labels must be unique for the category axis.
    QStringList labels;
    QList<const Entry*> order;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        QString label = categoryLabel(*it);
        for (int n = 2; labels.contains(label); ++n)
            label = categoryLabel(*it) + QStringLiteral(" (%1)").arg(n);
        labels.append(label);
        order.append(&*it);
    }
    if (m_nameAxis->categories() != labels) {
        m_nameAxis->clear();
        m_nameAxis->append(labels);
    }
    const auto fill = [&](QBarSet* set, auto pick) {
        if (set->count() != order.size()) {
            set->remove(0, set->count());
            for (qsizetype i = 0; i < order.size(); ++i)
                set->append(0.0);
        }
        for (qsizetype i = 0; i < order.size(); ++i) {
            const double v = pick(*order[i]) ? order[i]->spend.toDollarsForDisplay() : 0.0;
            if (set->at(int(i)) != v)
                set->replace(int(i), v);
        }
    };
    const auto bp = [](const Entry& e) { return e.limit.hasLimit() ? e.progress : qint64(-1); };
    fill(m_ok, [&](const Entry& e) { return bp(e) >= 0 && bp(e) < 8000; });
    fill(m_warning, [&](const Entry& e) { return bp(e) >= 8000 && bp(e) < 10000; });
    fill(m_over, [&](const Entry& e) { return bp(e) >= 10000; });
    fill(m_unlimited, [&](const Entry& e) { return bp(e) < 0; });

    const double top = entries.isEmpty() ? 1.0 : entries.first().spend.toDollarsForDisplay() * 1.05;
    m_moneyAxis->setMaxDollars(top, 4);
}

QString TopKeysChart::toolTipFor(int index) const
{
    // index counts bottom to top.
    const qsizetype i = m_entries.size() - 1 - index;
    if (i < 0 || i >= m_entries.size())
        return QString();
    const Entry& e = m_entries[i];
    if (e.limit.isUnlimited())
        return tr("%1: %2 spent, no limit").arg(e.name, e.spend.format());
    return tr("%1: %2 of %3 spent").arg(e.name, e.spend.format(), e.limit.amount().format());
}
