#include "currencyformatter.h"

std::shared_ptr<const CurrencyFormatter> CurrencyFormatter::create(const CurrencyRates* rates, const Period& month,
                                                                   const QLocale& locale)
{
    if (!rates || rates->isUsd() || !rates->rateFor(month, rates->displayCurrency()))
        return nullptr;
    return std::shared_ptr<const CurrencyFormatter>(new CurrencyFormatter(*rates, month, locale));
}

CurrencyFormatter::CurrencyFormatter(const CurrencyRates& rates, const Period& month, const QLocale& locale)
    : m_rates(rates)
    , m_month(month)
    , m_locale(locale)
    , m_rate(rates.rateFor(month, rates.displayCurrency())->millionths)
{}

QString CurrencyFormatter::format(Money usd) const
{
    return m_rates.format(usd, m_month, m_locale);
}

QString CurrencyFormatter::signature() const
{
    return QStringList{m_rates.displayCurrency(),
                       m_rates.symbol(),
                       QString::number(m_rates.decimals()),
                       QString::number(m_rate),
                       m_month.firstDay().toString(Qt::ISODate),
                       m_locale.name()}
        .join(u'|');
}
