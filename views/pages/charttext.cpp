#include "charttext.h"

namespace {

qint64 percentOf(Money spend, const Limit& limit)
{
    return Money::mulDiv(spend, 100, limit.amount().micros()).micros();
}

QString day(QDate d, const QLocale& locale)
{
    return locale.toString(d, QStringLiteral("d MMM"));
}

} // namespace

QString ChartText::percentText(Money spend, const Limit& limit)
{
    if (!limit.hasLimit() || limit.amount() <= Money())
        return QString();
    const qint64 p = percentOf(spend, limit);
    if (spend >= limit.amount())
        return tr("%1 % · over the limit").arg(p);
    if (p >= 80)
        return tr("%1 % · near the limit").arg(p);
    return tr("%1 %").arg(p);
}

QString ChartText::entityLabel(const SpendSeries::Data& d)
{
    switch (d.entity.kind) {
    case EntityRef::Kind::Key:
        return tr("Key %1").arg(d.name);
    case EntityRef::Kind::Project:
        return tr("Project %1").arg(d.name);
    case EntityRef::Kind::Organization:
        break;
    }
    return tr("Organization");
}

QString ChartText::spendSummary(const SpendSeries::Data& d, const QLocale& locale)
{
    if (!d.period.isValid())
        return tr("No data yet.");
    const QString who = entityLabel(d);
    const QString monthEnd = day(d.period.lastDay(), locale);
    const Forecast& f = d.forecast;
    if (!d.limit.hasLimit() || d.limit.amount() <= Money())
        return tr("%1: %2 spent this month, projected %3 by %4; no limit.")
            .arg(who, d.monthToDate.format(locale), f.endOfMonth.format(locale, 0), monthEnd);
    QString text = tr("%1: %2 % of limit, projected %3 % by %4")
                       .arg(who)
                       .arg(percentOf(d.monthToDate, d.limit))
                       .arg(percentOf(f.endOfMonth, d.limit))
                       .arg(monthEnd);
    if (f.alreadyOver || d.monthToDate >= d.limit.amount())
        text += tr(", over the limit");
    else if (f.limitReachedAt)
        text += tr(", limit reached on %1").arg(day(f.limitReachedAt->toUTC().date(), locale));
    return text + tr(" (%1 of %2).").arg(d.monthToDate.format(locale), d.limit.amount().format(locale));
}

ChartText::Table ChartText::spendTable(const SpendSeries::Data& d, const QLocale& locale)
{
    Table t{{tr("Day"), tr("Spent that day"), tr("Month to date"), tr("Share of the limit")}, {}};
    Money total;
    for (int i = 0; i < d.dailyExact.size(); ++i) {
        total += d.dailyExact[i];
        t.rows.append({day(d.period.firstDay().addDays(i), locale), d.dailyExact[i].format(locale),
                       total.format(locale), percentText(total, d.limit)});
    }
    if (d.period.isValid())
        t.rows.append({tr("Forecast for %1").arg(day(d.period.lastDay(), locale)), QString(),
                       d.forecast.endOfMonth.format(locale), percentText(d.forecast.endOfMonth, d.limit)});
    return t;
}

QString ChartText::dailySummary(QDate from, const QList<Money>& daily, const QLocale& locale)
{
    if (!from.isValid() || daily.isEmpty())
        return tr("No spend per day to show.");
    int top = 0;
    Money total;
    for (int i = 0; i < daily.size(); ++i) {
        total += daily[i];
        if (daily[i] > daily[top])
            top = i;
    }
    return tr("Spend per day from %1 to %2: %3 in all, the most on %4 (%5).")
        .arg(locale.toString(from, QLocale::ShortFormat),
             locale.toString(from.addDays(daily.size() - 1), QLocale::ShortFormat), total.format(locale),
             locale.toString(from.addDays(top), QLocale::ShortFormat), daily[top].format(locale));
}

ChartText::Table ChartText::dailyTable(QDate from, const QList<Money>& daily, const QLocale& locale)
{
    Table t{{tr("Day"), tr("Spend")}, {}};
    for (int i = 0; i < daily.size(); ++i)
        t.rows.append({locale.toString(from.addDays(i), QLocale::ShortFormat), daily[i].format(locale)});
    return t;
}

QString ChartText::topKeysSummary(const QList<SpendSeries::TopKey>& keys, const QLocale& locale)
{
    if (keys.isEmpty())
        return tr("No keys with spend yet.");
    QStringList parts;
    for (int i = 0; i < keys.size() && i < 3; ++i) {
        const QString pct = percentText(keys[i].spend, keys[i].limit);
        parts.append(pct.isEmpty() ? tr("%1 %2 (no limit)").arg(keys[i].name, keys[i].spend.format(locale))
                                   : tr("%1 %2 (%3)").arg(keys[i].name, keys[i].spend.format(locale), pct));
    }
    return tr("Top keys by spend this month: %1.").arg(parts.join(QStringLiteral("; ")));
}

ChartText::Table ChartText::topKeysTable(const QList<SpendSeries::TopKey>& keys, const QLocale& locale)
{
    Table t{{tr("Key"), tr("Spent this month"), tr("Limit"), tr("Share of the limit")}, {}};
    for (const SpendSeries::TopKey& k : keys)
        t.rows.append({k.name, k.spend.format(locale),
                       k.limit.hasLimit() ? k.limit.amount().format(locale) : tr("none"),
                       k.limit.hasLimit() ? percentText(k.spend, k.limit) : tr("no limit")});
    return t;
}

QString ChartText::modelsSummary(const QList<QPair<QString, Money>>& byModel, const QLocale& locale)
{
    if (byModel.isEmpty())
        return tr("No spend by model this month yet.");
    QStringList parts;
    for (int i = 0; i < byModel.size() && i < 3; ++i)
        parts.append(tr("%1 %2").arg(byModel[i].first, byModel[i].second.format(locale)));
    return tr("Spend by model this month: %1.").arg(parts.join(QStringLiteral("; ")));
}

ChartText::Table ChartText::modelsTable(const QList<QPair<QString, Money>>& byModel, const QLocale& locale)
{
    Table t{{tr("Model"), tr("Spent this month")}, {}};
    for (const auto& [model, spend] : byModel)
        t.rows.append({model, spend.format(locale)});
    return t;
}
