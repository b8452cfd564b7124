#include "currencyrates.h"

#include "historylogging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include <iterator>

namespace {

constexpr int kFileVersion = 1;

struct KnownCurrency
{
    const char* code;
    const char16_t* symbol;
    int decimals;
};

const KnownCurrency kKnown[] = {{"EUR", u"\u20ac", 2}, {"GBP", u"\u00a3", 2}, {"JPY", u"\u00a5", 0},
                                {"CNY", u"\u00a5", 2}, {"INR", u"\u20b9", 2}, {"KRW", u"\u20a9", 0},
                                {"USD", u"$", 2}};

const KnownCurrency* known(const QString& code)
{
    for (const KnownCurrency& c : kKnown) {
        if (code == QLatin1String(c.code))
            return &c;
    }
    return nullptr;
}

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

// One CSV field: trimmed, surrounding double quotes removed ("" inside becomes ").
QString field(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        text = text.mid(1, text.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return text;
}

} // namespace

bool CurrencyRates::isCurrencyCode(const QString& code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

bool CurrencyRates::setDisplayCurrency(const QString& code, const QString& symbol, int decimals)
{
    const QString upper = code.trimmed().toUpper();
    if (!isCurrencyCode(upper))
        return false;
    const KnownCurrency* k = known(upper);
    m_code = upper;
    m_symbol = !symbol.isEmpty() ? symbol : k ? QString::fromUtf16(k->symbol) : upper;
    m_decimals = decimals >= 0 ? qMin(decimals, 6) : k ? k->decimals : 2;
    return true;
}

std::optional<qint64> CurrencyRates::parseRate(QStringView text, QString* error)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty()) {
        setError(error, tr("the rate is empty"));
        return std::nullopt;
    }
    if (t.startsWith(u'-')) {
        setError(error, tr("the rate \"%1\" is not positive").arg(t));
        return std::nullopt;
    }
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool point = false;
    bool digits = false;
    for (QChar c : t) {
        if (c == u'.' && !point) {
            point = true;
        } else if (c >= u'0' && c <= u'9') {
            digits = true;
            const int d = c.unicode() - u'0';
            if (point) {
                if (++fractionDigits > 6) {
                    setError(error, tr("the rate \"%1\" has more than 6 decimals").arg(t));
                    return std::nullopt;
                }
                fraction = fraction * 10 + d;
            } else {
                whole = whole * 10 + d;
                if (whole > kMaxRate / kRateScale) {
                    setError(error, tr("the rate \"%1\" is too large").arg(t));
                    return std::nullopt;
                }
            }
        } else {
            setError(error, tr("the rate \"%1\" is not a number").arg(t));
            return std::nullopt;
        }
    }
    if (!digits) {
        setError(error, tr("the rate \"%1\" is not a number").arg(t));
        return std::nullopt;
    }
    for (int i = fractionDigits; i < 6; ++i)
        fraction *= 10;
    const qint64 millionths = whole * kRateScale + fraction;
    if (millionths <= 0) {
        setError(error, tr("the rate \"%1\" is not positive").arg(t));
        return std::nullopt;
    }
    return millionths;
}

QString CurrencyRates::formatRate(qint64 millionths)
{
    QString frac = QString::number(millionths % kRateScale).rightJustified(6, u'0');
    while (frac.endsWith(u'0'))
        frac.chop(1);
    const QString whole = QString::number(millionths / kRateScale);
    return frac.isEmpty() ? whole : whole + u'.' + frac;
}

bool CurrencyRates::setRate(QDate date, const QString& currency, qint64 millionths, QString* error)
{
    const QString code = currency.trimmed().toUpper();
    if (!date.isValid()) {
        setError(error, tr("the date is not valid"));
        return false;
    }
    if (!isCurrencyCode(code)) {
        setError(error, tr("\"%1\" is not a three-letter currency code").arg(currency));
        return false;
    }
    if (millionths <= 0 || millionths > kMaxRate) {
        setError(error, tr("the rate must be positive"));
        return false;
    }
    m_rates[code].insert(date, millionths);
    return true;
}

bool CurrencyRates::removeRate(QDate date, const QString& currency)
{
    auto it = m_rates.find(currency.toUpper());
    if (it == m_rates.end() || it->remove(date) == 0)
        return false;
    if (it->isEmpty())
        m_rates.erase(it);
    return true;
}

QList<CurrencyRates::Rate> CurrencyRates::rates() const
{
    QList<Rate> out;
    for (auto c = m_rates.cbegin(); c != m_rates.cend(); ++c) {
        for (auto d = c->cbegin(); d != c->cend(); ++d)
            out.append({d.key(), c.key(), d.value()});
    }
    return out;
}

bool CurrencyRates::importCsv(const QByteArray& csv, QStringList* errors, int* imported)
{
    QStringList problems;
    QList<Rate> parsed;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    QMap<QPair<QString, QDate>, int> seenAt;
    bool first = true;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(u',');
        if (fields.size() != 3) {
            problems.append(
                tr("line %1: expected 3 fields (date,currency,rate), found %2").arg(lineNo).arg(fields.size()));
            first = false;
            continue;
        }
        const QString dateText = field(fields[0]);
        const bool header = first && dateText.compare(QLatin1String("date"), Qt::CaseInsensitive) == 0;
        first = false;
        if (header)
            continue;
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        const QString code = field(fields[1]).toUpper();
        QString why;
        const std::optional<qint64> rate = parseRate(field(fields[2]), &why);
        if (!date.isValid())
            problems.append(tr("line %1: \"%2\" is not a date (YYYY-MM-DD)").arg(lineNo).arg(dateText));
        else if (!isCurrencyCode(code))
            problems.append(
                tr("line %1: \"%2\" is not a three-letter currency code").arg(lineNo).arg(field(fields[1])));
        else if (!rate)
            problems.append(tr("line %1: %2").arg(lineNo).arg(why));
        else if (seenAt.contains({code, date}))
            problems.append(tr("line %1: a second %2 rate for %3 (the first is on line %4)")
                                .arg(lineNo)
                                .arg(code, date.toString(Qt::ISODate))
                                .arg(seenAt.value({code, date})));
        else {
            seenAt.insert({code, date}, lineNo);
            parsed.append({date, code, *rate});
        }
    }
    if (parsed.isEmpty() && problems.isEmpty())
        problems.append(tr("the file has no rates"));
    if (errors)
        *errors = problems;
    if (!problems.isEmpty()) {
        qCWarning(lcHistory) << "currency rate import rejected:" << problems.size() << "bad line(s)";
        return false;
    }
    for (const Rate& r : parsed)
        m_rates[r.currency].insert(r.date, r.millionths);
    if (imported)
        *imported = int(parsed.size());
    return true;
}

bool CurrencyRates::importCsvFile(const QString& path, QStringList* errors, int* imported)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errors)
            *errors = QStringList{tr("Cannot read %1: %2").arg(path, file.errorString())};
        return false;
    }
    return importCsv(file.readAll(), errors, imported);
}

std::optional<CurrencyRates::Lookup> CurrencyRates::rateFor(const Period& month, const QString& currency) const
{
    const auto it = m_rates.constFind(currency.toUpper());
    if (it == m_rates.cend() || it->isEmpty() || !month.isValid())
        return std::nullopt;
    // upperBound: the first rate dated after the month's last day; the one before it is the month's.
    auto after = it->upperBound(month.lastDay());
    if (after != it->cbegin()) {
        const auto own = std::prev(after);
        return Lookup{own.value(), own.key(), false};
    }
    return Lookup{after.value(), after.key(), true};
}

std::optional<Money> CurrencyRates::convert(Money usd, const Period& month, bool* fromLaterDate) const
{
    if (isUsd())
        return std::nullopt;
    const std::optional<Lookup> rate = rateFor(month, m_code);
    if (!rate)
        return std::nullopt;
    if (fromLaterDate)
        *fromLaterDate = rate->fromLaterDate;
    // One rounding, half away from zero, straight to the display currency's smallest unit.
    qint64 unit = 1;
    for (int i = m_decimals; i < 6; ++i)
        unit *= 10;
    const qint64 units = Money::mulDiv(usd, rate->millionths, kRateScale * unit).micros();
    return Money::fromMicros(units * unit);
}

QString CurrencyRates::format(Money usd, const Period& month, const QLocale& locale) const
{
    const std::optional<Money> converted = convert(usd, month);
    if (!converted)
        return usd.format(locale);
    return converted->format(locale, m_decimals, m_symbol);
}

QJsonObject CurrencyRates::toJson() const
{
    QJsonArray rates;
    for (const Rate& r : this->rates())
        rates.append(QJsonObject{{QStringLiteral("date"), r.date.toString(Qt::ISODate)},
                                 {QStringLiteral("currency"), r.currency},
                                 {QStringLiteral("rate"), formatRate(r.millionths)}});
    return QJsonObject{{QStringLiteral("version"), kFileVersion},
                       {QStringLiteral("display"), QJsonObject{{QStringLiteral("code"), m_code},
                                                               {QStringLiteral("symbol"), m_symbol},
                                                               {QStringLiteral("decimals"), m_decimals}}},
                       {QStringLiteral("rates"), rates}};
}

bool CurrencyRates::fromJson(const QJsonObject& json, QString* error)
{
    if (json.value(QStringLiteral("version")).toInt() != kFileVersion) {
        setError(error, tr("unknown version of the currency file"));
        return false;
    }
    CurrencyRates next;
    const QJsonObject display = json.value(QStringLiteral("display")).toObject();
    if (!next.setDisplayCurrency(display.value(QStringLiteral("code")).toString(),
                                 display.value(QStringLiteral("symbol")).toString(),
                                 display.value(QStringLiteral("decimals")).toInt(-1))) {
        setError(error, tr("the display currency is not valid"));
        return false;
    }
    const QJsonArray rates = json.value(QStringLiteral("rates")).toArray();
    for (qsizetype i = 0; i < rates.size(); ++i) {
        const QJsonObject r = rates[i].toObject();
        QString why;
        const std::optional<qint64> rate = parseRate(r.value(QStringLiteral("rate")).toString(), &why);
        if (!rate || !next.setRate(QDate::fromString(r.value(QStringLiteral("date")).toString(), Qt::ISODate),
                                   r.value(QStringLiteral("currency")).toString(), *rate, &why)) {
            setError(error, tr("rate %1: %2").arg(i + 1).arg(why));
            return false;
        }
    }
    *this = next;
    return true;
}

bool CurrencyRates::save(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        setError(error, file.errorString());
        return false;
    }
    return true;
}

bool CurrencyRates::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        setError(error, tr("%1 is not a currency file: %2").arg(path, parseError.errorString()));
        return false;
    }
    return fromJson(doc.object(), error);
}
