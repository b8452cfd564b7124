#pragma once

#include "domain/money.h"
#include "domain/period.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Display currency: amounts stay exact USD everywhere (and in the API); only what is shown may be
// converted, with a rate per month so history never shifts when today's rate moves. Rates are
// USD -> currency, stored exactly in millionths (0.9213 = 921 300) and applied with Money::mulDiv.
class CurrencyRates
{
    Q_DECLARE_TR_FUNCTIONS(CurrencyRates)
public:
    static constexpr qint64 kRateScale = 1'000'000;
    static constexpr qint64 kMaxRate = 1'000'000'000 * kRateScale; // far above any real USD rate

    struct Rate
    {
        QDate date;
        QString currency;
        qint64 millionths = 0;
        bool operator==(const Rate& o) const
        {
            return date == o.date && currency == o.currency && millionths == o.millionths;
        }
    };
    struct Lookup
    {
        qint64 millionths = 0;
        QDate date;
        bool fromLaterDate = false; // no rate dated on or before the month's end: the earliest later one
    };

    // The currency amounts are shown in: an ISO 4217 code ("EUR"), a symbol ("€"; default: a known
    // symbol or the code) and its decimals (default 2; 0 for JPY and KRW). "USD" = no conversion.
    bool setDisplayCurrency(const QString& code, const QString& symbol = QString(), int decimals = -1);
    QString displayCurrency() const { return m_code; }
    QString symbol() const { return m_symbol; }
    int decimals() const { return m_decimals; }
    bool isUsd() const { return m_code == QLatin1String("USD"); }

    // Exact decimal text ("0.9213", at most 6 decimals) -> millionths; rejects zero, negatives, garbage.
    static std::optional<qint64> parseRate(QStringView text, QString* error = nullptr);
    static QString formatRate(qint64 millionths); // "0.9213"
    static bool isCurrencyCode(const QString& code);

    bool setRate(QDate date, const QString& currency, qint64 millionths, QString* error = nullptr);
    bool removeRate(QDate date, const QString& currency);
    QList<Rate> rates() const; // by currency, then date
    bool isEmpty() const { return m_rates.isEmpty(); }

    // CSV of dated rates: "date,currency,rate" lines (e.g. "2026-11-01,EUR,0.9213"), an optional header,
    // blank lines ignored. All or nothing: on any error nothing is imported and `errors` names each bad
    // line ("line 4: the rate "-1" is not positive").
    bool importCsv(const QByteArray& csv, QStringList* errors, int* imported = nullptr);
    bool importCsvFile(const QString& path, QStringList* errors, int* imported = nullptr);

    // The rate of `month`: the latest dated on or before its last day, else the earliest later one.
    std::optional<Lookup> rateFor(const Period& month, const QString& currency) const;
    // `usd` spent in `month` in the display currency, rounded half away from zero to its decimals.
    // nullopt when there is no rate for the display currency (or it is USD: nothing to convert).
    std::optional<Money> convert(Money usd, const Period& month, bool* fromLaterDate = nullptr) const;
    // "846,23 €" (de_DE), or the USD text when there is nothing to convert with.
    QString format(Money usd, const Period& month, const QLocale& locale = QLocale()) const;

    QJsonObject toJson() const;
    bool fromJson(const QJsonObject& json, QString* error = nullptr);
    bool save(const QString& path, QString* error = nullptr) const; // QSaveFile: all or nothing
    bool load(const QString& path, QString* error = nullptr);

    bool operator==(const CurrencyRates& o) const
    {
        return m_code == o.m_code && m_symbol == o.m_symbol && m_decimals == o.m_decimals && m_rates == o.m_rates;
    }

private:
    QString m_code = QStringLiteral("USD");
    QString m_symbol = QStringLiteral("$");
    int m_decimals = 2;
    QMap<QString, QMap<QDate, qint64>> m_rates; // currency -> date -> millionths
};
