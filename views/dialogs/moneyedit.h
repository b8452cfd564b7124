#pragma once

#include "domain/money.h"

#include <QLocale>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

// A field for a US-dollar amount as a person types it: locale-formatted ("1,234.50" in English,
// "1.234,50" in German) or plain ("1234.5"), at most two decimals, never negative, at most maximum().
// Invalid input shows a plain-words message under the field; value() is then empty. Parsing is exact
// (Money::parse on a normalized decimal); no floating point is involved.
class MoneyEdit final : public QWidget
{
    Q_OBJECT
public:
    explicit MoneyEdit(QWidget* parent = nullptr);

    // Parses `text` as typed in `locale`. On failure returns nullopt and a sentence for the user.
    static std::optional<Money> parseInput(QStringView text, const QLocale& locale, Money maximum,
                                           QString* error = nullptr);
    // The text this field shows for `amount` in `locale`: grouped, two decimals (more only when the
    // amount has sub-cent digits), no currency sign.
    static QString formatInput(Money amount, const QLocale& locale);

    std::optional<Money> value() const { return m_value; }
    bool isValid() const { return m_value.has_value(); }
    QString errorText() const { return m_error; }
    // Shows `amount` formatted for the field's locale; value() returns it exactly while unchanged.
    void setValue(Money amount);
    QString text() const;
    void setText(const QString& text); // as if typed
    void clear();

    Money maximum() const { return m_maximum; }
    void setMaximum(Money maximum);
    void setLocale(const QLocale& locale); // hides QWidget::setLocale to re-validate

    QLineEdit* lineEdit() const { return m_edit; }
    QLabel* messageLabel() const { return m_message; }
    // Takes the message out of this widget's own layout so the owner can give it a full-width row (a
    // wrapped message in a narrow column gets clipped); the label stays owned and updated by MoneyEdit.
    QLabel* detachMessageLabel();

    static Money defaultMaximum() { return Money::fromDollars(1'000'000); }

signals:
    void valueEdited();               // the text changed (typed or set)
    void validityChanged(bool valid); // value() became set or empty

protected:
    void changeEvent(QEvent* event) override;

private:
    void revalidate();
    void updatePlaceholder();

    QLineEdit* m_edit;
    QLabel* m_message;
    QLocale m_locale;
    Money m_maximum = defaultMaximum();
    std::optional<Money> m_value;
    QString m_error;
    bool m_touched = false;
    // The text setValue() wrote and the exact amount behind it (it may carry sub-cent digits).
    QString m_programmaticText;
    Money m_programmaticValue;
};
