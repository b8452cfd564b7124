#include "quiethoursbuffer.h"

#include "alerts/alert.h"

#include <QMap>
#include <QSet>

#include <tuple>

void QuietHoursBuffer::add(const Alert& alert)
{
    Item item;
    item.alertId = alert.id;
    item.entity = alert.entity;
    item.percent = alert.thresholdPercent;
    switch (alert.kind) {
    case Alert::Kind::Threshold:
        item.event = alert.thresholdPercent >= 100 ? Event::LimitReached : Event::Threshold;
        break;
    case Alert::Kind::Budget:
        item.event = Event::Budget;
        break;
    case Alert::Kind::Forecast:
        item.event = Event::Forecast;
        break;
    case Alert::Kind::Balance:
        item.event = Event::Balance;
        break;
    }
    add(item);
}

void QuietHoursBuffer::add(const Item& item)
{
    m_items.append(item);
}

QStringList QuietHoursBuffer::alertIds() const
{
    QStringList ids;
    for (const Item& item : m_items) {
        if (!item.alertId.isEmpty())
            ids.append(item.alertId);
    }
    return ids;
}

QString QuietHoursBuffer::phrase(Event event, EntityRef::Kind kind, int n, int percent)
{
    // Singular and plural are separate strings so that English reads right without a translation
    // (the plural ones carry %n for languages with several plural forms).
    const bool one = n == 1;
    const QString pct = QString::number(percent);
    switch (kind) {
    case EntityRef::Kind::Organization:
        switch (event) {
        case Event::Threshold:
            return tr("the organization crossed %1 %").arg(pct);
        case Event::LimitReached:
            return tr("the organization reached its limit");
        case Event::Budget:
            return tr("the organization crossed %1 % of its budget").arg(pct);
        case Event::Forecast:
            return tr("the organization is on course to exceed its limit");
        case Event::Balance:
            return tr("the organization's balance ran low");
        }
        break;
    case EntityRef::Kind::Project:
        switch (event) {
        case Event::Threshold:
            return (one ? tr("1 project crossed %1 %") : tr("%n projects crossed %1 %", nullptr, n)).arg(pct);
        case Event::LimitReached:
            return one ? tr("1 project reached its limit") : tr("%n projects reached their limit", nullptr, n);
        case Event::Budget:
            return (one ? tr("1 project crossed %1 % of its budget")
                        : tr("%n projects crossed %1 % of their budget", nullptr, n))
                .arg(pct);
        case Event::Forecast:
        case Event::Balance:
            return one ? tr("1 project is on course to exceed its limit")
                       : tr("%n projects are on course to exceed their limit", nullptr, n);
        }
        break;
    case EntityRef::Kind::Key:
        switch (event) {
        case Event::Threshold:
            return (one ? tr("1 key crossed %1 %") : tr("%n keys crossed %1 %", nullptr, n)).arg(pct);
        case Event::LimitReached:
            return one ? tr("1 key reached its limit") : tr("%n keys reached their limit", nullptr, n);
        case Event::Budget:
            return (one ? tr("1 key crossed %1 % of its budget")
                        : tr("%n keys crossed %1 % of their budget", nullptr, n))
                .arg(pct);
        case Event::Forecast:
        case Event::Balance:
            return one ? tr("1 key is on course to exceed its limit")
                       : tr("%n keys are on course to exceed their limit", nullptr, n);
        }
        break;
    }
    return QString();
}

QString QuietHoursBuffer::summary() const
{
    if (m_items.isEmpty())
        return QString();
    // Ordered: thresholds by percent, then limits reached, budgets, forecasts, balance; keys before
    // projects before the organization.
    using GroupKey = std::tuple<int, int, int>; // event, percent, kind order
    QMap<GroupKey, QSet<QString>> groups;
    auto kindOrder = [](EntityRef::Kind k) {
        return k == EntityRef::Kind::Key ? 0 : k == EntityRef::Kind::Project ? 1 : 2;
    };
    for (const Item& item : m_items) {
        const int percent = item.event == Event::Threshold || item.event == Event::Budget ? item.percent : 0;
        groups[{int(item.event), percent, kindOrder(item.entity.kind)}].insert(item.entity.id);
    }
    QStringList parts;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto [event, percent, order] = it.key();
        const EntityRef::Kind kind = order == 0   ? EntityRef::Kind::Key
                                     : order == 1 ? EntityRef::Kind::Project
                                                  : EntityRef::Kind::Organization;
        parts.append(phrase(Event(event), kind, int(it->size()), percent));
    }
    return tr("While quiet hours were on: %1.").arg(parts.join(QStringLiteral(", ")));
}

QString QuietHoursBuffer::takeSummary()
{
    const QString text = summary();
    clear();
    return text;
}
