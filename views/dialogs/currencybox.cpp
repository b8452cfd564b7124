#include "currencybox.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

CurrencyBox::CurrencyBox(QWidget* parent)
    : QGroupBox(tr("Display currency"), parent)
    , m_currency(new QComboBox(this))
    , m_rates(new QPlainTextEdit(this))
    , m_import(new QPushButton(tr("&Import CSV…"), this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("currencyBox"));
    for (const QString& code : currencies())
        m_currency->addItem(code == QLatin1String("USD") ? tr("USD (no conversion)") : code, code);
    m_currency->setAccessibleName(tr("Display currency"));
    m_rates->setObjectName(QStringLiteral("ratesEdit"));
    m_rates->setAccessibleName(tr("Dated rates, one per line: date, currency, units per US dollar"));
    m_rates->setPlaceholderText(QStringLiteral("2026-11-01,EUR,0.9213"));
    m_rates->setTabChangesFocus(true);
    m_rates->setMaximumHeight(90);
    m_note->setObjectName(QStringLiteral("currencyNote"));
    m_note->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Show amounts in:"), m_currency);
    auto* ratesRow = new QHBoxLayout;
    ratesRow->addWidget(m_rates, 1);
    ratesRow->addWidget(m_import, 0, Qt::AlignTop);
    form->addRow(tr("Monthly rates:"), ratesRow);
    form->addRow(QString(), m_note);

    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        updateNote();
        emit changed();
    });
    connect(m_rates, &QPlainTextEdit::textChanged, this, [this] {
        updateNote();
        emit changed();
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        auto* d = new QFileDialog(this, tr("Import dated rates"), QString(), tr("CSV files (*.csv);;All files (*)"));
        d->setFileMode(QFileDialog::ExistingFile);
        d->setAttribute(Qt::WA_DeleteOnClose);
        connect(d, &QFileDialog::fileSelected, this, [this](const QString& path) {
            QString why;
            if (!importFile(path, &why))
                m_note->setText(why);
        });
        d->open();
    });
    updateNote();
}

QStringList CurrencyBox::currencies()
{
    return {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("CHF"),
            QStringLiteral("JPY"), QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("SEK"),
            QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("PLN"), QStringLiteral("INR"),
            QStringLiteral("BRL"), QStringLiteral("KRW"), QStringLiteral("SGD")};
}

void CurrencyBox::load(const CurrencyRates& rates)
{
    int i = m_currency->findData(rates.displayCurrency());
    if (i < 0) {
        m_currency->addItem(rates.displayCurrency(), rates.displayCurrency());
        i = m_currency->count() - 1;
    }
    m_currency->setCurrentIndex(i);
    QStringList lines;
    for (const CurrencyRates::Rate& r : rates.rates())
        lines.append(QStringLiteral("%1,%2,%3")
                         .arg(r.date.toString(Qt::ISODate), r.currency, CurrencyRates::formatRate(r.millionths)));
    m_rates->setPlainText(lines.join(u'\n'));
    updateNote();
}

std::optional<CurrencyRates> CurrencyBox::rates(QStringList* errors) const
{
    CurrencyRates out;
    out.setDisplayCurrency(m_currency->currentData().toString());
    QStringList problems;
    const QByteArray text = m_rates->toPlainText().toUtf8();
    if (!text.trimmed().isEmpty() && !out.importCsv(text, &problems)) {
        if (errors)
            *errors = problems;
        return std::nullopt;
    }
    return out;
}

QString CurrencyBox::problem() const
{
    QStringList errors;
    if (rates(&errors))
        return QString();
    return tr("Rates: %1").arg(errors.join(QStringLiteral("; ")));
}

bool CurrencyBox::importFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    CurrencyRates check;
    QStringList errors;
    const QByteArray csv = f.readAll();
    if (!check.importCsv(csv, &errors)) {
        if (error)
            *error = tr("Not imported: %1").arg(errors.join(QStringLiteral("; ")));
        return false;
    }
    QString text = m_rates->toPlainText();
    for (const CurrencyRates::Rate& r : check.rates())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                QStringLiteral("%1,%2,%3")
                    .arg(r.date.toString(Qt::ISODate), r.currency, CurrencyRates::formatRate(r.millionths));
    m_rates->setPlainText(text);
    return true;
}

void CurrencyBox::updateNote()
{
    const QString code = m_currency->currentData().toString();
    QStringList errors;
    const std::optional<CurrencyRates> r = rates(&errors);
    QString note;
    if (!r)
        note = tr("Not valid: %1").arg(errors.join(QStringLiteral("; ")));
    else if (code == QLatin1String("USD"))
        note = tr("Amounts are shown in US dollars, as the API keeps them.");
    else if (!r->rateFor(Period::ofMonth(2000, 1), code))
        note = tr("No rate for %1 yet: amounts stay in US dollars until one is entered.").arg(code);
    else
        note = tr("Each month is shown at the latest %1 rate dated on or before its last day; limits are still "
                  "entered and sent in US dollars.")
                   .arg(code);
    m_note->setText(note);
}
