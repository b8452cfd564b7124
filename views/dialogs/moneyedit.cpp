#include "moneyedit.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {

bool isAsciiDigits(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

bool isSpaceLike(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

// Reads `s` with the given separators. Returns false when the text does not have that shape; otherwise
// the digits before and after the decimal point.
bool interpret(const QString& s, const QString& group, const QString& point, QString* whole, QString* fraction)
{
    const qsizetype at = s.indexOf(point);
    if (at >= 0 && s.indexOf(point, at + point.size()) >= 0)
        return false;
    QString intPart = at >= 0 ? s.left(at) : s;
    const QString frac = at >= 0 ? s.mid(at + point.size()) : QString();
    if (!isAsciiDigits(frac))
        return false;
    const bool spaceGroups = group.size() == 1 && isSpaceLike(group.at(0));
    if (spaceGroups) {
        for (QChar& c : intPart) {
            if (isSpaceLike(c))
                c = u' ';
        }
    }
    const QString sep = spaceGroups ? QStringLiteral(" ") : group;
    QString digits;
    if (!sep.isEmpty() && intPart.contains(sep)) {
        const QStringList chunks = intPart.split(sep);
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            const QString& chunk = chunks.at(i);
            const bool okSize = i == 0 ? chunk.size() >= 1 && chunk.size() <= 3 : chunk.size() == 3;
            if (!okSize || !isAsciiDigits(chunk))
                return false;
            digits += chunk;
        }
    } else {
        if (!isAsciiDigits(intPart))
            return false;
        digits = intPart;
    }
    if (digits.isEmpty() && frac.isEmpty())
        return false;
    *whole = digits;
    *fraction = frac;
    return true;
}

QString fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace

MoneyEdit::MoneyEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    updatePlaceholder();
    m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_edit->setAccessibleName(tr("Amount in US dollars"));
    m_edit->setMaxLength(32);
    m_message->setObjectName(QStringLiteral("moneyEditMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setAccessibleName(tr("Amount problem"));
    m_message->hide();
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, [this]() {
        m_touched = true;
        revalidate();
        emit valueEdited();
    });
    revalidate();
}

std::optional<Money> MoneyEdit::parseInput(QStringView text, const QLocale& locale, Money maximum, QString* error)
{
    QString s = text.trimmed().toString();
    // A currency sign or code typed along with the number is fine.
    for (const QString& decoration : {QStringLiteral("US$"), QStringLiteral("USD"), QStringLiteral("$")}) {
        if (s.startsWith(decoration, Qt::CaseInsensitive))
            s = s.mid(decoration.size()).trimmed();
        if (s.endsWith(decoration, Qt::CaseInsensitive))
            s = s.left(s.size() - decoration.size()).trimmed();
    }
    const QString example = formatInput(Money::fromCents(123450), locale);
    if (s.isEmpty()) {
        fail(error, tr("Enter an amount, for example %1.").arg(example));
        return std::nullopt;
    }
    if (s.startsWith(u'-') || s.startsWith(QChar(0x2212)) || s.startsWith(locale.negativeSign())) {
        fail(error, tr("The amount can't be negative."));
        return std::nullopt;
    }
    if (s.startsWith(u'+'))
        s = s.mid(1);

    QString whole;
    QString fraction;
    // The locale's own shape first; plain "1234.5" when that does not fit. A German "1,234" is read
    // as 1.234 (and rejected for its three decimals), never silently as 1234.
    if (!interpret(s, locale.groupSeparator(), locale.decimalPoint(), &whole, &fraction) &&
        !interpret(s, QStringLiteral(","), QStringLiteral("."), &whole, &fraction)) {
        fail(error, tr("“%1” is not an amount. Type digits, for example %2.").arg(text.trimmed(), example));
        return std::nullopt;
    }
    if (fraction.size() > 2) {
        fail(error, tr("Use at most two decimals (whole cents)."));
        return std::nullopt;
    }
    const QString plain = (whole.isEmpty() ? QStringLiteral("0") : whole) + u'.' + fraction;
    QString reason;
    const std::optional<Money> amount = Money::parse(plain, Money::Sign::NonNegative, &reason);
    if (!amount || *amount > maximum) {
        fail(error, tr("The largest amount allowed here is %1.").arg(maximum.format(locale)));
        return std::nullopt;
    }
    return amount;
}

QString MoneyEdit::formatInput(Money amount, const QLocale& locale)
{
    const qint64 micros = amount.micros() < 0 ? -amount.micros() : amount.micros();
    QString frac = QString::number(micros % Money::kMicrosPerDollar).rightJustified(6, u'0');
    while (frac.size() > 2 && frac.endsWith(u'0'))
        frac.chop(1);
    return locale.toString(micros / Money::kMicrosPerDollar) + locale.decimalPoint() + frac;
}

void MoneyEdit::setValue(Money amount)
{
    m_programmaticText = formatInput(amount, m_locale);
    m_programmaticValue = amount;
    m_edit->setText(m_programmaticText);
    m_touched = false;
    revalidate();
}

QString MoneyEdit::text() const
{
    return m_edit->text();
}

void MoneyEdit::setText(const QString& text)
{
    m_edit->setText(text);
}

void MoneyEdit::clear()
{
    m_programmaticText.clear();
    m_edit->clear();
    m_touched = false;
    revalidate();
}

void MoneyEdit::setMaximum(Money maximum)
{
    m_maximum = maximum;
    revalidate();
}

void MoneyEdit::setLocale(const QLocale& locale)
{
    QWidget::setLocale(locale);
    m_locale = locale;
    updatePlaceholder();
    if (!m_programmaticText.isEmpty() && m_edit->text() == m_programmaticText) {
        m_programmaticText = formatInput(m_programmaticValue, m_locale);
        const QSignalBlocker block(m_edit);
        m_edit->setText(m_programmaticText);
    }
    revalidate();
}

QLabel* MoneyEdit::detachMessageLabel()
{
    layout()->removeWidget(m_message);
    return m_message;
}

void MoneyEdit::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::EnabledChange)
        updatePlaceholder();
}

void MoneyEdit::updatePlaceholder()
{
    // A disabled field (e.g. "No limit" ticked) must not show an example that reads like a value.
    m_edit->setPlaceholderText(isEnabled() ? formatInput(Money::fromCents(123450), m_locale) : QString());
}

void MoneyEdit::revalidate()
{
    const bool wasValid = m_value.has_value();
    QString error;
    if (!m_programmaticText.isEmpty() && m_edit->text() == m_programmaticText && m_programmaticValue <= m_maximum)
        m_value = m_programmaticValue;
    else
        m_value = parseInput(m_edit->text(), m_locale, m_maximum, &error);
    m_error = m_value ? QString() : error;
    // An untouched empty field is not an error yet; Save stays disabled all the same.
    const bool show = !m_value && (m_touched || !m_edit->text().isEmpty());
    m_message->setText(show ? m_error : QString());
    m_message->setVisible(show);
    m_edit->setAccessibleDescription(show ? m_error : QString());
    if (wasValid != m_value.has_value())
        emit validityChanged(m_value.has_value());
}
