#pragma once

#include "spendstatus.h"

#include "domain/forecast.h"
#include "domain/money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

// One precomputed cell: what data() returns for display and sorting, built once per merge (never per
// paint). Tooltips are composed on demand from the row's raw values (EntityTableModel::toolTip).
struct EntityCell
{
    QString text;
    QVariant sort;              // raw sortable value: qint64 micros, basis points, ms since epoch, folded text
    std::optional<Money> money; // for MoneyRole
    bool numeric = false;       // right-aligned

    bool operator==(const EntityCell& o) const
    {
        return text == o.text && sort == o.sort && money == o.money && numeric == o.numeric;
    }
    bool operator!=(const EntityCell& o) const { return !(*this == o); }
};

// One row of a key or project table, the values the filter proxies need, and the raw values tooltips
// are made of.
struct EntityRow
{
    QString id;
    QList<EntityCell> cells;
    qint64 progress = -1; // basis points of the limit, -1 = no limit
    SpendStatus::Value status = SpendStatus::NoLimit;
    QString filterText; // case-folded: name, labels, creator (keys) / name, owner (projects)
    QString projectId;  // keys: their project ("" = none)
    bool privateProject = false;
    bool expiringSoon = false; // keys: expires within 7 days (not yet expired)

    // Raw values (tooltips only; they never cause a dataChanged of their own).
    QString name;
    Money spend;
    Limit limit;
    Forecast forecast;
    QString boundBy; // keys: the project whose cap is the effective headroom ("" = the key's own)
    QString creatorId;
    QDateTime expiresAt;
    bool expired = false;

    // What the row was built from, in the subclass's own type: a later reload compares against it to
    // reuse the row untouched. Shared, never copied.
    std::shared_ptr<const void> source;

    bool sameExtras(const EntityRow& o) const
    {
        return progress == o.progress && status == o.status && filterText == o.filterText && projectId == o.projectId &&
               privateProject == o.privateProject && expiringSoon == o.expiringSoon;
    }
};
