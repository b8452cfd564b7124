#pragma once

#include "history/currencyrates.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// The display-currency part of Settings: the currency amounts are shown in, and its dated rates, one
// "date,currency,rate" line each (rate = units of the currency per US dollar, e.g.
// "2026-11-01,EUR,0.9213"), typed in or imported from a CSV file. Amounts stay exact US dollars in the
// app and the API; a month is shown at the latest rate dated on or before its last day.
class CurrencyBox final : public QGroupBox
{
    Q_OBJECT
public:
    explicit CurrencyBox(QWidget* parent = nullptr);

    static QStringList currencies(); // USD first, then common ISO codes

    void load(const CurrencyRates& rates);
    // The rates as entered; nullopt (and `errors` naming each bad line) when a line is not valid.
    std::optional<CurrencyRates> rates(QStringList* errors = nullptr) const;
    // A sentence when the form cannot be saved; empty otherwise.
    QString problem() const;

    QComboBox* currencyBox() const { return m_currency; }
    QPlainTextEdit* ratesEdit() const { return m_rates; }
    QPushButton* importButton() const { return m_import; }
    QLabel* note() const { return m_note; }

    // Appends the lines of a CSV file of dated rates (what Import… does after its file dialog).
    bool importFile(const QString& path, QString* error = nullptr);

signals:
    void changed();

private:
    void updateNote();

    QComboBox* m_currency;
    QPlainTextEdit* m_rates;
    QPushButton* m_import;
    QLabel* m_note;
};
