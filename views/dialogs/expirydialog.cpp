#include "expirydialog.h"

#include "dialogslogging.h"
#include "editguard.h"
#include "errorpanel.h"

#include "store/orgstore.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExpiryDialog::ExpiryDialog(OrgStore* store, const QString& keyId, QWidget* parent)
    : FormDialog(tr("Save"), parent)
    , m_store(store)
    , m_keyId(keyId)
    , m_never(new QRadioButton(tr("&Never expires"), form()))
    , m_onDate(new QRadioButton(tr("&Expires on"), form()))
    , m_edit(new QDateTimeEdit(form()))
{
    setWindowTitle(tr("Set Key Expiry"));
    setObjectName(QStringLiteral("expiryDialog"));
    const ApiKey* key = store->key(keyId);
    auto* intro = new QLabel(form());
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(tr("When should the key “%1” stop working? After its expiry it can't be changed or revived.")
                       .arg(key ? key->name : QString()));
    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_never);
    auto* row = new QHBoxLayout;
    row->addWidget(m_onDate);
    row->addWidget(m_edit, 1);
    contentLayout()->addLayout(row);
    contentLayout()->addStretch(1);
    m_never->setAccessibleName(tr("Never expires"));
    m_onDate->setAccessibleName(tr("Expires on a date"));
    m_edit->setAccessibleName(tr("Expiry date and time"));
    m_edit->setCalendarPopup(true);

    const QDateTime now = store->clock().nowUtc();
    if (key && key->expiresAt.isValid()) {
        m_onDate->setChecked(true);
        m_edit->setDateTime(key->expiresAt.toLocalTime());
    } else {
        m_never->setChecked(true);
        m_edit->setDateTime(QDateTime(now.toLocalTime().date().addDays(30), QTime(0, 0)));
    }
    acceptButton()->setAccessibleName(tr("Save the expiry"));
    setReadOnlyReason(EditGuard::keyReason(*store, keyId));
    connect(m_never, &QRadioButton::toggled, this, &ExpiryDialog::validate);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &ExpiryDialog::validate);
    addSaveShortcut();
    validate();
    setMinimumWidth(420);
}

QDateTime ExpiryDialog::chosenExpiry() const
{
    return m_onDate->isChecked() ? m_edit->dateTime().toUTC() : QDateTime();
}

void ExpiryDialog::validate()
{
    m_edit->setEnabled(m_onDate->isChecked());
    const QDateTime chosen = chosenExpiry();
    setProblem(chosen.isValid() && chosen <= m_store->clock().nowUtc() ? tr("The expiry must be in the future.")
                                                                       : QString());
}

void ExpiryDialog::submit()
{
    const QDateTime expiry = chosenExpiry();
    setBusy(true);
    qCInfo(lcDialogs) << "saving expiry of key" << m_keyId;
    m_store->setKeyExpiry(m_keyId, expiry, this, [this, expiry](const Result<ApiKey>& result) {
        setBusy(false);
        if (!result) {
            errorPanel()->showError(result.error());
            return;
        }
        emit saved(m_keyId, expiry);
        accept();
    });
}
