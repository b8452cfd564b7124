#include "limitdialog.h"

#include "dialogslogging.h"
#include "editguard.h"
#include "errorpanel.h"
#include "moneyedit.h"

#include "history/currencyrates.h"
#include "history/resetinfo.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

LimitDialog::LimitDialog(OrgStore* store, const EntityRef& entity, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_entity(entity)
    , m_confirmer(&Confirmer::messageBox())
{
    setWindowTitle(tr("Edit Monthly Limit"));
    setObjectName(QStringLiteral("limitDialog"));
    m_readOnlyReason = entity.kind == EntityRef::Kind::Project ? EditGuard::projectReason(*store, entity.id)
                       : entity.kind == EntityRef::Kind::Key   ? EditGuard::keyReason(*store, entity.id)
                                                               : tr("The organization has no limit of its own.");
    m_seen = currentLimit();
    buildUi();
    if (m_seen.hasLimit())
        m_money->setValue(m_seen.amount());
    m_noLimit->setChecked(m_seen.isUnlimited());
    refreshInfo();
    updateState();
    connect(m_store, &OrgStore::snapshotChanged, this, &LimitDialog::refreshInfo);
    if (isReadOnly())
        qCInfo(lcDialogs) << "limit form opened read-only:" << m_readOnlyReason;
}

LimitDialog::~LimitDialog() = default;

void LimitDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_readOnly = new QLabel(m_readOnlyReason, this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyMessage"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setFrameShape(QFrame::StyledPanel);
    m_readOnly->setMargin(6);
    m_readOnly->setVisible(isReadOnly());
    layout->addWidget(m_readOnly);

    m_form = new QWidget(this);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_spend = new QLabel(m_form);
    m_current = new QLabel(m_form);
    m_forecast = new QLabel(m_form);
    m_forecast->setWordWrap(true);
    m_resets = new QLabel(m_form);
    m_resets->setObjectName(QStringLiteral("resetsText"));
    m_resets->setWordWrap(true);
    for (QLabel* l : {m_spend, m_current, m_forecast, m_resets})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_spendLabel = new QLabel(tr("Spent this month:"), m_form);
    form->addRow(m_spendLabel, m_spend);
    form->addRow(tr("Current limit:"), m_current);
    form->addRow(tr("Resets:"), m_resets);
    form->addRow(tr("Forecast for month end:"), m_forecast);

    auto* limitRow = new QWidget(m_form);
    auto* limitLayout = new QHBoxLayout(limitRow);
    limitLayout->setContentsMargins(0, 0, 0, 0);
    m_money = new MoneyEdit(limitRow);
    m_money->setLocale(m_locale);
    m_money->lineEdit()->setAccessibleName(tr("New monthly limit in US dollars"));
    m_noLimit = new QCheckBox(tr("&No limit"), limitRow);
    m_noLimit->setAccessibleName(tr("No limit"));
    m_noLimit->setToolTip(tr("Remove the monthly cap (the API stores this as 0)."));
    limitLayout->addWidget(m_money, 1);
    limitLayout->addWidget(m_noLimit, 0, Qt::AlignTop);
    auto* limitLabel = new QLabel(tr("New &limit (US$):"), m_form);
    limitLabel->setBuddy(m_money);
    form->addRow(limitLabel, limitRow);
    form->addRow(QString(), m_money->detachMessageLabel());
    m_sent = new QLabel(m_form);
    m_sent->setObjectName(QStringLiteral("sentAmount"));
    m_sent->setWordWrap(true);
    form->addRow(QString(), m_sent);
    layout->addWidget(m_form);

    m_consequence = new QLabel(this);
    m_consequence->setObjectName(QStringLiteral("consequence"));
    m_consequence->setWordWrap(true);
    m_consequence->setAccessibleName(tr("What the new limit means"));
    layout->addWidget(m_consequence);

    m_conflict = new QFrame(this);
    m_conflict->setObjectName(QStringLiteral("conflictPanel"));
    m_conflict->setFrameShape(QFrame::StyledPanel);
    auto* conflictLayout = new QVBoxLayout(m_conflict);
    m_conflictText = new QLabel(m_conflict);
    m_conflictText->setWordWrap(true);
    conflictLayout->addWidget(m_conflictText);
    auto* conflictButtons = new QHBoxLayout;
    m_keepMine = new QPushButton(m_conflict);
    m_takeServer = new QPushButton(m_conflict);
    m_keepMine->setAccessibleName(tr("Keep my value"));
    m_takeServer->setAccessibleName(tr("Use the value on the server"));
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(m_takeServer);
    conflictButtons->addWidget(m_keepMine);
    conflictLayout->addLayout(conflictButtons);
    m_conflict->hide();
    layout->addWidget(m_conflict);

    m_errors = new ErrorPanel(this);
    layout->addWidget(m_errors);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Saving"));
    m_progress->hide();
    layout->addWidget(m_progress);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_save->setDefault(true);
    m_save->setAccessibleName(tr("Save the new limit"));
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &LimitDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &LimitDialog::save);
    connect(m_money, &MoneyEdit::valueEdited, this, &LimitDialog::updateState);
    connect(m_noLimit, &QCheckBox::toggled, this, &LimitDialog::updateState);
    connect(m_keepMine, &QPushButton::clicked, this, [this]() {
        const std::optional<Limit> mine = enteredLimit();
        if (!mine)
            return;
        m_seen = m_serverLimit;
        m_inConflict = false;
        m_conflict->hide();
        write(*mine);
    });
    connect(m_takeServer, &QPushButton::clicked, this, [this]() {
        m_seen = m_serverLimit;
        m_inConflict = false;
        m_conflict->hide();
        m_store->refresh(); // so the pages show the server's value at once
        reject();
    });
    setTabOrder(m_money->lineEdit(), m_noLimit);
    setTabOrder(m_noLimit, m_save);
    setTabOrder(m_save, m_cancel);
    setMinimumWidth(460);
}

void LimitDialog::setConfirmer(Confirmer* confirmer)
{
    m_confirmer = confirmer ? confirmer : &Confirmer::messageBox();
}

void LimitDialog::setLocale(const QLocale& locale)
{
    QDialog::setLocale(locale);
    m_locale = locale;
    m_money->setLocale(locale);
    refreshInfo();
}

std::optional<Limit> LimitDialog::enteredLimit() const
{
    if (m_noLimit->isChecked())
        return Limit::none();
    if (const std::optional<Money> amount = m_money->value())
        return Limit::of(*amount);
    return std::nullopt;
}

QString LimitDialog::limitText(Limit limit) const
{
    return limit.hasLimit() ? limit.amount().format(m_locale) : tr("no limit");
}

QString LimitDialog::entityName() const
{
    return m_store->entityName(m_entity);
}

Money LimitDialog::currentSpend() const
{
    return m_store->monthToDate(m_entity);
}

Limit LimitDialog::currentLimit() const
{
    return m_store->limitOf(m_entity);
}

void LimitDialog::refreshInfo()
{
    const QString name = entityName();
    m_title->setText(m_entity.kind == EntityRef::Kind::Project ? tr("Project “%1”").arg(name)
                                                               : tr("Key “%1”").arg(name));
    m_spend->setText(currentSpend().format(m_locale));
    // The spend and the limit are of the current UTC month: say which, and when it starts again.
    const ResetInfo reset(m_store->currentPeriod(), m_store->hasData() ? m_store->asOf() : m_store->clock().nowUtc(),
                          m_zone, m_locale);
    m_spendLabel->setText(reset.sinceLabel() + u':');
    m_resets->setText(tr("%1 — %2, %3").arg(reset.resetsInText(), reset.resetUtcText(), reset.resetLocalText()));
    const Limit now = currentLimit();
    m_current->setText(now.hasLimit() ? now.amount().format(m_locale) : tr("No limit"));
    const Forecast f = m_store->forecast(m_entity);
    m_forecast->setText(f.low == f.high
                            ? f.endOfMonth.format(m_locale)
                            : tr("%1 (likely between %2 and %3)")
                                  .arg(f.endOfMonth.format(m_locale), f.low.format(m_locale), f.high.format(m_locale)));
    updateState();
}

void LimitDialog::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    refreshInfo();
}

QString LimitDialog::resetText() const
{
    return m_resets->text();
}

QString LimitDialog::spendLabelText() const
{
    return m_spendLabel->text();
}

QString LimitDialog::consequenceText() const
{
    const std::optional<Limit> limit = enteredLimit();
    if (!limit)
        return {};
    const bool project = m_entity.kind == EntityRef::Kind::Project;
    const Forecast f = m_store->forecast(m_entity);
    if (limit->isUnlimited())
        return tr("No cap: spending continues without a monthly limit. Expected by the month end: %1.")
            .arg(f.endOfMonth.format(m_locale));
    const Money spend = currentSpend();
    if (limit->amount() <= spend) {
        return project ? tr("Already below this month's spend (%1): every key in this project is blocked at once.")
                             .arg(spend.format(m_locale))
                       : tr("Already below this month's spend (%1): the key is blocked at once.")
                             .arg(spend.format(m_locale));
    }
    if (f.dailyBurn.micros() <= 0)
        return tr("Nothing has been spent recently, so this limit lasts the whole month.");
    const QDateTime now = m_store->asOf();
    const Money headroom = limit->amount() - spend;
    // headroom / burn per day, in seconds, exactly (Money::mulDiv keeps 128 bits in between).
    const qint64 secs = Money::mulDiv(headroom, 86'400, f.dailyBurn.micros()).micros();
    const QDateTime reached = now.addSecs(secs);
    const QString burn = f.dailyBurn.format(m_locale);
    if (reached >= m_store->currentPeriod().endUtc())
        return tr("At the current burn (%1 a day) this lasts the whole month.").arg(burn);
    //: Date format for "lasts until 27 Nov"; see QDate::toString.
    const QString date = m_locale.toString(reached.toLocalTime().date(), tr("d MMM"));
    return tr("At the current burn (%1 a day) this lasts until %2.").arg(burn, date);
}

QString LimitDialog::conflictText() const
{
    return m_inConflict ? m_conflictText->text() : QString();
}

QString LimitDialog::sentText() const
{
    const std::optional<Limit> limit = enteredLimit();
    if (!limit)
        return QString();
    if (!limit->hasLimit())
        return tr("Sent to the API: 0, which means no limit.");
    const QString usd = limit->amount().format(m_locale);
    const Period month = m_store->currentPeriod();
    if (m_rates && !m_rates->isUsd()) {
        if (const std::optional<Money> shown = m_rates->convert(limit->amount(), month))
            return tr("Sent to the API: %1 (US dollars). Shown as %2 at the %3 rate.")
                .arg(usd, m_rates->format(limit->amount(), month, m_locale),
                     m_locale.toString(month.firstDay(), QStringLiteral("MMM yyyy")));
    }
    return tr("Sent to the API: %1 (US dollars).").arg(usd);
}

void LimitDialog::setCurrencyRates(const CurrencyRates* rates)
{
    m_rates = rates;
    updateState();
}

void LimitDialog::updateState()
{
    m_money->setEnabled(!m_noLimit->isChecked());
    m_sent->setText(isReadOnly() ? QString() : sentText());
    m_sent->setVisible(!m_sent->text().isEmpty());
    m_consequence->setText(isReadOnly() ? QString() : consequenceText());
    m_consequence->setVisible(!m_consequence->text().isEmpty());
    m_form->setEnabled(!isReadOnly() && !m_busy);
    m_save->setEnabled(!isReadOnly() && !m_busy && !m_inConflict && enteredLimit().has_value());
    m_keepMine->setEnabled(!m_busy);
    m_takeServer->setEnabled(!m_busy);
}

void LimitDialog::save()
{
    if (isReadOnly() || m_busy || m_inConflict)
        return;
    const std::optional<Limit> limit = enteredLimit();
    if (!limit)
        return;
    if (*limit == m_seen) {
        accept(); // nothing changed: nothing to write
        return;
    }
    QList<Confirmer::Question> questions;
    const Money spend = currentSpend();
    const QString name = entityName();
    if (limit->hasLimit() && limit->amount() <= spend) {
        questions.append({tr("Block at once?"),
                          m_entity.kind == EntityRef::Kind::Project
                              ? tr("This month's spend of “%1” is already %2. A limit of %3 blocks every key in the "
                                   "project at once, until the limit is raised or the month ends.")
                                    .arg(name, spend.format(m_locale), limit->amount().format(m_locale))
                              : tr("This month's spend of “%1” is already %2. A limit of %3 blocks the key at once, "
                                   "until the limit is raised or the month ends.")
                                    .arg(name, spend.format(m_locale), limit->amount().format(m_locale)),
                          tr("Set Limit and Block")});
    }
    if (limit->hasLimit() && m_seen.hasLimit() && limit->amount() > m_seen.amount() * 10) {
        questions.append({tr("Raise more than tenfold?"),
                          tr("The limit of “%1” goes from %2 to %3, more than ten times as much. Is that amount "
                             "right (not an extra zero)?")
                              .arg(name, m_seen.amount().format(m_locale), limit->amount().format(m_locale)),
                          tr("Raise Limit")});
    }
    askThenSave(questions, *limit);
}

void LimitDialog::askThenSave(QList<Confirmer::Question> questions, Limit limit)
{
    if (questions.isEmpty()) {
        write(limit);
        return;
    }
    const Confirmer::Question question = questions.takeFirst();
    QPointer<LimitDialog> self(this);
    m_confirmer->ask(this, question, [self, questions, limit](bool yes) {
        if (self && yes)
            self->askThenSave(questions, limit);
    });
}

void LimitDialog::write(Limit limit)
{
    setBusy(true);
    m_errors->clearError();
    qCInfo(lcDialogs) << "saving limit of" << int(m_entity.kind) << m_entity.id;
    if (m_entity.kind == EntityRef::Kind::Project) {
        m_store->setProjectLimit(m_entity.id, limit, m_seen, this,
                                 [this, limit](const Result<Project>& r) { finished(r.error(), limit); });
    } else {
        m_store->setKeyLimit(m_entity.id, limit, m_seen, this,
                             [this, limit](const Result<ApiKey>& r) { finished(r.error(), limit); });
    }
}

void LimitDialog::finished(const ApiError& error, Limit limit)
{
    setBusy(false);
    if (!error.isError()) {
        emit saved(m_entity, limit);
        accept();
        return;
    }
    if (error.kind() == ApiError::Kind::Conflict) {
        if (const std::optional<Limit> server = OrgStore::conflictServerLimit(error)) {
            showConflict(*server, limit);
            return;
        }
    }
    qCWarning(lcDialogs) << "limit not saved:" << error.technicalText();
    m_errors->showError(error);
}

void LimitDialog::showConflict(Limit server, Limit mine)
{
    m_serverLimit = server;
    const QString theirs = limitText(server);
    const QString yours = limitText(mine);
    m_conflictText->setText(
        tr("Someone changed this limit to %1 while you were editing. Your value: %2.").arg(theirs, yours));
    m_keepMine->setText(tr("&Keep My Value (%1)").arg(yours));
    m_takeServer->setText(tr("&Use %1").arg(theirs));
    m_inConflict = true;
    m_conflict->show();
    m_keepMine->setFocus();
    updateState();
}

void LimitDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    updateState();
}
