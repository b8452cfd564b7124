#include "deletekeydialog.h"

#include "dialogslogging.h"
#include "editguard.h"
#include "errorpanel.h"

#include "store/orgstore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

DeleteKeyDialog::DeleteKeyDialog(OrgStore* store, const QString& keyId, QWidget* parent)
    : FormDialog(tr("&Delete Key"), parent)
    , m_store(store)
    , m_keyId(keyId)
    , m_confirm(new QLineEdit(form()))
{
    setWindowTitle(tr("Delete API Key"));
    setObjectName(QStringLiteral("deleteKeyDialog"));
    const ApiKey* key = store->key(keyId);
    m_name = key ? key->name : QString();

    auto* intro = new QLabel(form());
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(tr("Delete the key “%1”? Every app that uses it stops working at once, and this can't be "
                      "undone.")
                       .arg(m_name));
    contentLayout()->addWidget(intro);
    auto* prompt = new QLabel(tr("To confirm, type the key's &name:"), form());
    prompt->setBuddy(m_confirm);
    contentLayout()->addWidget(prompt);
    m_confirm->setAccessibleName(tr("Type the key's name to confirm"));
    m_confirm->setPlaceholderText(m_name);
    contentLayout()->addWidget(m_confirm);
    acceptButton()->setAccessibleName(tr("Delete the key"));
    // The destructive button is not the default: Enter in the field must not delete by accident.
    acceptButton()->setDefault(false);
    acceptButton()->setAutoDefault(false);
    cancelButton()->setDefault(true);

    // An expired key can still be deleted; a missing one says so.
    setReadOnlyReason(key ? EditGuard::connectionReason(*store) : EditGuard::keyReason(*store, keyId));
    connect(m_confirm, &QLineEdit::textChanged, this, &DeleteKeyDialog::validate);
    validate();
    setMinimumWidth(440);
}

void DeleteKeyDialog::validate()
{
    // Exact match, not trimmed: the point is that the user read the name.
    setProblem(m_confirm->text() == m_name && !m_name.isEmpty() ? QString() : tr("Type the name exactly."), false);
}

void DeleteKeyDialog::submit()
{
    setBusy(true);
    qCInfo(lcDialogs) << "deleting key" << m_keyId;
    m_store->deleteKey(m_keyId, this, [this](const Result<Done>& result) {
        setBusy(false);
        if (!result) {
            errorPanel()->showError(result.error());
            return;
        }
        emit deleted(m_keyId, m_name);
        accept();
    });
}
