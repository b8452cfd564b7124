#pragma once

#include "store/entityref.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct Alert;

// Collects the alerts raised during quiet hours and sums them up in one sentence when the quiet hours
// end: "While quiet hours were on: 3 keys crossed 80 %, 1 key reached the limit."
class QuietHoursBuffer
{
    Q_DECLARE_TR_FUNCTIONS(QuietHoursBuffer)
public:
    enum class Event { Threshold, LimitReached, Budget, Forecast, Balance };
    struct Item
    {
        QString alertId;
        EntityRef entity;
        Event event = Event::Threshold;
        int percent = 0; // Threshold and Budget
    };

    // A threshold alert at 100 % or more counts as "reached the limit".
    void add(const Alert& alert);
    void add(const Item& item);

    bool isEmpty() const { return m_items.isEmpty(); }
    int count() const { return int(m_items.size()); }
    const QList<Item>& items() const { return m_items; }
    QStringList alertIds() const;

    // The sentence; empty when nothing was collected. Each entity counts once per kind of event.
    QString summary() const;
    // The summary, then an empty buffer.
    QString takeSummary();
    void clear() { m_items.clear(); }

private:
    static QString phrase(Event event, EntityRef::Kind kind, int count, int percent);

    QList<Item> m_items;
};
