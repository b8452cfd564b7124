#include "money.h"

#include <QByteArray>
#include <QVarLengthArray>

#include <cmath>

namespace {

#if defined(__SIZEOF_INT128__)
__extension__ typedef __int128 Wide;
#else
using Wide = long double; // MSVC: 64-bit mantissa is not available, but amounts are capped at 1e15.
#endif

QString fail(QString* error, const char* reason)
{
    if (error)
        *error = QString::fromLatin1(reason);
    return {};
}

} // namespace

std::optional<Money> Money::parse(QStringView text, Sign sign, QString* error)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty()) {
        fail(error, "empty");
        return std::nullopt;
    }
    qsizetype i = 0;
    bool negative = false;
    if (t[i] == u'-' || t[i] == u'+') {
        negative = t[i] == u'-';
        ++i;
    }
    // Collect significant digits and the position of the decimal point.
    QVarLengthArray<char, 64> digits;
    int fractionDigits = 0;
    bool seenPoint = false;
    bool anyDigit = false;
    for (; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c.isDigit() && c.unicode() < 128) {
            anyDigit = true;
            if (digits.isEmpty() && c == u'0' && !seenPoint)
                continue; // leading zeros
            if (digits.size() >= 60) {
                fail(error, "too many digits");
                return std::nullopt;
            }
            digits.append(char(c.unicode()));
            if (seenPoint)
                ++fractionDigits;
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!anyDigit) {
        fail(error, "not a number");
        return std::nullopt;
    }
    int exponent = 0;
    if (i < t.size() && (t[i] == u'e' || t[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < t.size() && (t[i] == u'-' || t[i] == u'+')) {
            expNegative = t[i] == u'-';
            ++i;
        }
        bool expDigit = false;
        for (; i < t.size() && t[i].isDigit() && t[i].unicode() < 128; ++i) {
            expDigit = true;
            if (exponent < 1000)
                exponent = exponent * 10 + (t[i].unicode() - '0');
        }
        if (!expDigit) {
            fail(error, "not a number");
            return std::nullopt;
        }
        if (expNegative)
            exponent = -exponent;
    }
    if (i != t.size()) {
        fail(error, "not a number");
        return std::nullopt;
    }
    if (negative && sign == Sign::NonNegative) {
        bool allZero = true;
        for (char d : digits)
            allZero = allZero && d == '0';
        if (!allZero) {
            fail(error, "negative");
            return std::nullopt;
        }
        negative = false;
    }
    // value = digits * 10^(exponent - fractionDigits); micros = value * 10^6 = digits * 10^shift.
    const int shift = exponent - fractionDigits + 6;
    const int n = int(digits.size());
    const int keep = shift >= 0 ? n : n + shift; // leading digits at or above the micro position
    qint64 micros = 0;
    for (int k = 0; k < keep; ++k) {
        micros = micros * 10 + (digits[k] - '0');
        if (micros > kMaxMicros) {
            fail(error, "too large");
            return std::nullopt;
        }
    }
    if (keep >= 0 && keep < n && digits[keep] >= '5')
        micros += 1; // half away from zero on the first dropped digit
    for (int k = 0; k < shift && micros != 0; ++k) {
        micros *= 10;
        if (micros > kMaxMicros) {
            fail(error, "too large");
            return std::nullopt;
        }
    }
    if (micros > kMaxMicros) {
        fail(error, "too large");
        return std::nullopt;
    }
    return Money(negative ? -micros : micros);
}

std::optional<Money> Money::fromJson(const QJsonValue& value, Sign sign, QString* error)
{
    if (value.isString())
        return parse(value.toString(), sign, error);
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d)) {
            fail(error, "not a number");
            return std::nullopt;
        }
        // Integers that the JSON parser kept exact need no detour through text.
        const QByteArray shortest = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        return parse(QString::fromLatin1(shortest), sign, error);
    }
    fail(error, "not a number");
    return std::nullopt;
}

QString Money::toDecimalString() const
{
    const qint64 abs = m_micros < 0 ? -m_micros : m_micros;
    QString whole = QString::number(abs / kMicrosPerDollar);
    QString frac = QString::number(abs % kMicrosPerDollar).rightJustified(6, u'0');
    while (frac.size() > 2 && frac.endsWith(u'0'))
        frac.chop(1);
    return (m_micros < 0 ? QStringLiteral("-") : QString()) + whole + u'.' + frac;
}

QJsonValue Money::toJsonNumber() const
{
    return QJsonValue(toDecimalString().toDouble());
}

namespace {

qint64 roundTo(qint64 micros, int decimals)
{
    qint64 unit = 1;
    for (int i = decimals; i < 6; ++i)
        unit *= 10;
    if (unit == 1)
        return micros;
    const qint64 abs = micros < 0 ? -micros : micros;
    const qint64 rounded = (abs + unit / 2) / unit * unit;
    return micros < 0 ? -rounded : rounded;
}

// The number part with locale grouping and decimal point, no sign.
QString localNumber(const QLocale& locale, qint64 absMicros, int decimals)
{
    QString text = locale.toString(absMicros / Money::kMicrosPerDollar);
    if (decimals > 0) {
        QString frac = QString::number(absMicros % Money::kMicrosPerDollar).rightJustified(6, u'0');
        frac.truncate(decimals);
        text += locale.decimalPoint() + frac;
    }
    return text;
}

// Places `number` and `symbol` the way the locale places its currency: derive the pattern from a probe.
QString wrapCurrency(const QLocale& locale, const QString& number, bool negative, const QString& symbol)
{
    const QString probe = locale.toCurrencyString(qlonglong(7), symbol);
    const QString probeNegative = locale.toCurrencyString(qlonglong(-7), symbol);
    const QString& pattern = negative ? probeNegative : probe;
    const qsizetype at = pattern.indexOf(locale.toString(7));
    if (at < 0)
        return (negative ? locale.negativeSign() : QString()) + symbol + number;
    QString out = pattern;
    out.replace(at, locale.toString(7).size(), number);
    return out;
}

} // namespace

namespace {
// The C locale (LANG=C, CI, containers) has no currency conventions: show dollars the US way.
QLocale currencyLocale(const QLocale& locale)
{
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}
} // namespace

QString Money::format(const QLocale& requested, int decimals, const QString& symbol) const
{
    const QLocale locale = currencyLocale(requested);
    decimals = qBound(0, decimals, 6);
    const QString sym = symbol.isNull() ? QStringLiteral("$") : symbol;
    const qint64 rounded = roundTo(m_micros, decimals);
    const qint64 abs = rounded < 0 ? -rounded : rounded;
    return wrapCurrency(locale, localNumber(locale, abs, decimals), rounded < 0, sym);
}

QString Money::formatCompact(const QLocale& requested, const QString& symbol) const
{
    const QLocale locale = currencyLocale(requested);
    const QString sym = symbol.isNull() ? QStringLiteral("$") : symbol;
    const qint64 abs = m_micros < 0 ? -m_micros : m_micros;
    const qint64 dollars = abs / kMicrosPerDollar;
    QString number;
    if (dollars >= 1'000'000) {
        const qint64 tenths = dollars / 100'000; // tenths of millions
        number = locale.toString(tenths / 10) +
                 (tenths % 10 ? locale.decimalPoint() + QString::number(tenths % 10) : QString()) + u'M';
    } else if (dollars >= 10'000) {
        number = locale.toString(dollars / 1000) + u'k';
    } else if (dollars >= 1000) {
        const qint64 hundreds = dollars / 100;
        number = locale.toString(hundreds / 10) +
                 (hundreds % 10 ? locale.decimalPoint() + QString::number(hundreds % 10) : QString()) + u'k';
    } else {
        return format(locale, dollars >= 100 ? 0 : 2, sym);
    }
    return wrapCurrency(locale, number, m_micros < 0, sym);
}

Money Money::roundedToCents() const
{
    return Money(roundTo(m_micros, 2));
}

qint64 Money::basisPoints(Money part, Money of)
{
    if (of.m_micros <= 0)
        return 0;
    return qint64(Wide(part.m_micros) * 10000 / Wide(of.m_micros));
}

bool Money::reachesPercent(Money part, Money of, int percent)
{
    return Wide(part.m_micros) * 100 >= Wide(of.m_micros) * percent;
}

Money Money::mulDiv(Money part, qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return Money();
    Wide product = Wide(part.m_micros) * numerator;
    const bool negative = (product < 0) != (denominator < 0);
    if (product < 0)
        product = -product;
    Wide den = denominator < 0 ? -Wide(denominator) : Wide(denominator);
#if defined(__SIZEOF_INT128__)
    Wide q = (product + den / 2) / den;
#else
    Wide q = std::floor((product + den / 2) / den);
#endif
    const qint64 result = qint64(q);
    return Money(negative ? -result : result);
}
