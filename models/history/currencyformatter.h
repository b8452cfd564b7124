#pragma once

#include "currencyrates.h"

#include "itemmodels/moneyformatter.h"

#include <QLocale>

#include <memory>

// The display currency of one month as a MoneyFormatter for the tables: amounts converted at that
// month's dated rate (CurrencyRates::convert, one exact rounding to the currency's smallest unit).
class CurrencyFormatter final : public MoneyFormatter
{
public:
    // Null when nothing is converted: US dollars, or no rate known for the month.
    static std::shared_ptr<const CurrencyFormatter> create(const CurrencyRates* rates, const Period& month,
                                                           const QLocale& locale = QLocale());

    QString format(Money usd) const override;
    QString currency() const override { return m_rates.displayCurrency(); }
    // What it converts with, to tell whether a new formatter would show anything different.
    QString signature() const;

private:
    CurrencyFormatter(const CurrencyRates& rates, const Period& month, const QLocale& locale);

    CurrencyRates m_rates;
    Period m_month;
    QLocale m_locale;
    qint64 m_rate = 0;
};
