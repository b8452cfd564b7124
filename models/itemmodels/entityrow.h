#pragma once

#include "spendstatus.h"

#include "domain/forecast.h"
#include "domain/money.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <limits>
#include <memory>
#include <optional>

// One cell as a view, a proxy or a merge sees it: made on demand from its row's values by the model
// (EntityTableModel::cell), never stored (a 10 000-key table would hold 110 000 of them, 5 MB). Text
// cells hold their text (shared with the row), money, percentages and dates only their value, formatted
// when a view asks (visible rows only).
struct EntityCell
{
    enum class Kind : quint8 { Text, Money, Percent, Date };

    QString text;     // Text: what is shown; the other kinds: null
    qint64 value = 0; // Money: micros; Percent: basis points (-1 = no limit); Date: ms since epoch (UTC);
                      // Text that sorts by value: its rank ("No limit" last, a status, a count)
    Kind kind = Kind::Text;
    bool numeric = false;      // right-aligned
    bool sortsByValue = false; // by `value`; otherwise by the text (the proxies compare case-insensitively)

    static EntityCell ofText(const QString& text)
    {
        EntityCell c;
        c.text = text;
        return c;
    }
    // A text that sorts by a value of its own.
    static EntityCell ofRanked(const QString& text, qint64 rank, bool numeric)
    {
        EntityCell c = ofText(text);
        c.value = rank;
        c.numeric = numeric;
        c.sortsByValue = true;
        return c;
    }
    static EntityCell ofMoney(Money m) { return ofValue(Kind::Money, m.micros()); }
    // A limit or headroom: the amount, or `noLimit` sorted after every amount.
    static EntityCell ofCap(const std::optional<Money>& amount, const QString& noLimit)
    {
        return amount ? ofMoney(*amount) : ofRanked(noLimit, std::numeric_limits<qint64>::max(), true);
    }
    static EntityCell ofPercent(qint64 basisPoints) { return ofValue(Kind::Percent, basisPoints); }
    static EntityCell ofDate(const QDateTime& at)
    {
        EntityCell c = ofValue(Kind::Date, at.toMSecsSinceEpoch());
        c.numeric = false;
        return c;
    }

    QVariant sort() const { return sortsByValue ? QVariant(value) : QVariant(text); }
    std::optional<Money> money() const
    {
        return kind == Kind::Money ? std::optional<Money>(Money::fromMicros(value)) : std::nullopt;
    }
    // The text shown, in `locale` (money in exact US dollars).
    QString display(const QLocale& locale) const
    {
        switch (kind) {
        case Kind::Text:
            return text;
        case Kind::Money:
            return Money::fromMicros(value).format(locale);
        case Kind::Percent:
            return value < 0 ? QStringLiteral("—") : QString(locale.toString(value / 100) + locale.percent());
        case Kind::Date:
            return locale.toString(QDateTime::fromMSecsSinceEpoch(value, Qt::UTC).date(), QLocale::ShortFormat);
        }
        return text;
    }

    bool operator==(const EntityCell& o) const
    {
        return value == o.value && kind == o.kind && numeric == o.numeric && sortsByValue == o.sortsByValue &&
               text == o.text;
    }
    bool operator!=(const EntityCell& o) const { return !(*this == o); }

private:
    static EntityCell ofValue(Kind kind, qint64 value)
    {
        EntityCell c;
        c.kind = kind;
        c.value = value;
        c.numeric = true;
        c.sortsByValue = true;
        return c;
    }
};

// One row of a key or project table: the values its cells are made of (EntityTableModel::cell), the
// values the filter proxies need, and the raw values tooltips are made of.
struct EntityRow
{
    QString id;
    qint64 progress = -1; // basis points of the limit, -1 = no limit
    SpendStatus::Value status = SpendStatus::NoLimit;
    QString filterText; // searched besides name, labels and owner (projects: the owner's id)
    QString projectId;  // keys: their project ("" = none)
    bool privateProject = false;
    bool expiringSoon = false; // keys: expires within 7 days (not yet expired)

    // Shown values.
    QString name;
    QString project; // keys: the project column's text
    QString labels;  // keys: "env=prod, team=search"
    QString owner;   // keys: the creator (email, else id); projects: the owner
    Money spend;
    Limit limit;
    std::optional<Money> headroom; // effective; nullopt = no limit
    Forecast forecast;
    QDateTime expiresAt;
    int count = 0; // projects: their keys

    // Raw values (tooltips only; they never cause a dataChanged of their own).
    QString boundBy; // keys: the project whose cap is the effective headroom ("" = the key's own)
    QString creatorId;
    bool expired = false;

    // A digest of what the row was built from (see Digest), or another stamp unique to one build (0 =
    // none): a later reload compares against it to reuse the row untouched, without keeping a copy of
    // the inputs, and a merge skips rows whose stamp did not change.
    quint64 sourceDigest = 0;

    bool sameExtras(const EntityRow& o) const
    {
        return progress == o.progress && status == o.status && filterText == o.filterText && projectId == o.projectId &&
               privateProject == o.privateProject && expiringSoon == o.expiringSoon;
    }
};
