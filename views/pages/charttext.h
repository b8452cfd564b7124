#pragma once

#include "itemmodels/spendseries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QStringList>

// What the Overview's charts say in words: one summary sentence each (their accessible description,
// e.g. "Key billing-bot: 82 % of limit, projected 104 % by 30 Nov, limit reached on 27 Nov") and the
// rows of their data-table twins. Threshold states are words here, never only a colour.
class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(ChartText)
public:
    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
    };

    static QString entityLabel(const SpendSeries::Data& d);
    static QString spendSummary(const SpendSeries::Data& d, const QLocale& locale = QLocale());
    static Table spendTable(const SpendSeries::Data& d, const QLocale& locale = QLocale());
    static QString dailySummary(QDate from, const QList<Money>& daily, const QLocale& locale = QLocale());
    static Table dailyTable(QDate from, const QList<Money>& daily, const QLocale& locale = QLocale());
    static QString topKeysSummary(const QList<SpendSeries::TopKey>& keys, const QLocale& locale = QLocale());
    static Table topKeysTable(const QList<SpendSeries::TopKey>& keys, const QLocale& locale = QLocale());
    static QString modelsSummary(const QList<QPair<QString, Money>>& byModel, const QLocale& locale = QLocale());
    static Table modelsTable(const QList<QPair<QString, Money>>& byModel, const QLocale& locale = QLocale());
    // "82 %", "104 % · over the limit"; empty without a limit.
    static QString percentText(Money spend, const Limit& limit);
};
