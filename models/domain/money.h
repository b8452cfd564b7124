#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

// An exact amount of US dollars in integer micro-dollars (1 USD = 1 000 000 µ$).
// Spend, limits, balances and every sum of them live in this type; no double arithmetic.
class Money
{
public:
    static constexpr qint64 kMicrosPerDollar = 1'000'000;
    // $1 billion: far above any organization's monthly spend or balance; sums of up to ~9 000 such
    // amounts still fit in qint64.
    static constexpr qint64 kMaxMicros = 1'000'000'000'000'000LL;

    enum class Sign { AllowNegative, NonNegative };

    constexpr Money() = default;
    static constexpr Money fromMicros(qint64 micros) { return Money(micros); }
    static constexpr Money fromCents(qint64 cents) { return Money(cents * 10'000); }
    static constexpr Money fromDollars(qint64 dollars) { return Money(dollars * kMicrosPerDollar); }

    // Parses a plain decimal ("12.40", "-5", "0.000001") or scientific ("1e3", "1.5E-2") text exactly.
    // More than six decimals are rounded half away from zero to the micro-dollar (the API is decimal;
    // sub-micro amounts exist in per-token prices). Rejects empty text, signs where NonNegative is
    // asked, anything but digits/one point/one exponent, and magnitudes above kMaxMicros.
    // On failure returns nullopt and, when error is given, a short reason ("not a number").
    static std::optional<Money> parse(QStringView text, Sign sign = Sign::AllowNegative, QString* error = nullptr);

    // A JSON money field: a number (its shortest round-trip text is parsed exactly) or a numeric string.
    static std::optional<Money> fromJson(const QJsonValue& value, Sign sign = Sign::AllowNegative,
                                         QString* error = nullptr);

    constexpr qint64 micros() const { return m_micros; }
    constexpr bool isZero() const { return m_micros == 0; }
    constexpr bool isNegative() const { return m_micros < 0; }

    // Exact plain decimal, no currency sign, no grouping, trailing zeros trimmed to at least 2 decimals:
    // 12.4 -> "12.40", 0.000001 -> "0.000001", 5 -> "5.00", -3.5 -> "-3.50". Used for CSV/JSON output
    // and for the API request bodies.
    QString toDecimalString() const;
    // A JSON number for request bodies. Qt writes doubles in shortest round-trip form, so any amount
    // with at most 15 significant digits (every limit a form accepts) is sent exactly as typed.
    QJsonValue toJsonNumber() const;

    // Localized currency text rounded half away from zero to `decimals` (0..6), e.g. "$1,234.50" or
    // "1.234,50 $". `symbol` defaults to "$".
    QString format(const QLocale& locale = QLocale(), int decimals = 2, const QString& symbol = QString()) const;
    // Compact form for chart axes and tiles: "$1.2k", "$3.4M" (locale decimal point).
    QString formatCompact(const QLocale& locale = QLocale(), const QString& symbol = QString()) const;

    // Rounded to whole cents (half away from zero).
    Money roundedToCents() const;

    // Ratio in basis points (1 % = 100), floor, exact: spend/limit*10000. `of` must be > 0.
    static qint64 basisPoints(Money part, Money of);
    // part >= of * percent / 100, exact.
    static bool reachesPercent(Money part, Money of, int percent);
    // part * numerator / denominator, rounded half away from zero, exact (128-bit intermediate).
    static Money mulDiv(Money part, qint64 numerator, qint64 denominator);

    // Lossy, for chart coordinates and display only; never for sums or comparisons.
    double toDollarsForDisplay() const { return double(m_micros) / double(kMicrosPerDollar); }

    constexpr Money operator+(Money o) const { return Money(m_micros + o.m_micros); }
    constexpr Money operator-(Money o) const { return Money(m_micros - o.m_micros); }
    constexpr Money operator-() const { return Money(-m_micros); }
    Money& operator+=(Money o)
    {
        m_micros += o.m_micros;
        return *this;
    }
    Money& operator-=(Money o)
    {
        m_micros -= o.m_micros;
        return *this;
    }
    constexpr Money operator*(qint64 factor) const { return Money(m_micros * factor); }
    constexpr bool operator==(Money o) const { return m_micros == o.m_micros; }
    constexpr bool operator!=(Money o) const { return m_micros != o.m_micros; }
    constexpr bool operator<(Money o) const { return m_micros < o.m_micros; }
    constexpr bool operator<=(Money o) const { return m_micros <= o.m_micros; }
    constexpr bool operator>(Money o) const { return m_micros > o.m_micros; }
    constexpr bool operator>=(Money o) const { return m_micros >= o.m_micros; }

private:
    constexpr explicit Money(qint64 micros)
        : m_micros(micros)
    {}
    qint64 m_micros = 0;
};

// A monthly spend limit. The API says 0 for "no limit"; here that is an explicit state.
class Limit
{
public:
    constexpr Limit() = default; // no limit
    static constexpr Limit none() { return Limit(); }
    static constexpr Limit of(Money amount) { return amount.isZero() ? Limit() : Limit(amount); }
    // The API encoding: 0 = no limit. Negative values are rejected by the decoders before this.
    static constexpr Limit fromApi(Money amount) { return of(amount); }

    constexpr bool isUnlimited() const { return !m_set; }
    constexpr bool hasLimit() const { return m_set; }
    // Only meaningful when hasLimit().
    constexpr Money amount() const { return m_amount; }
    // 0 when unlimited (the API encoding).
    constexpr Money toApi() const { return m_set ? m_amount : Money(); }

    // Headroom = limit - spend (may be negative when over); nullopt when unlimited.
    std::optional<Money> headroom(Money spend) const
    {
        if (!m_set)
            return std::nullopt;
        return m_amount - spend;
    }

    constexpr bool operator==(const Limit& o) const { return m_set == o.m_set && (!m_set || m_amount == o.m_amount); }
    constexpr bool operator!=(const Limit& o) const { return !(*this == o); }

private:
    constexpr explicit Limit(Money amount)
        : m_set(true)
        , m_amount(amount)
    {}
    bool m_set = false;
    Money m_amount;
};

Q_DECLARE_METATYPE(Money)
Q_DECLARE_METATYPE(Limit)
