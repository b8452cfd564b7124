#include "dialoglauncher.h"

#include "dialogs/createkeydialog.h"
#include "dialogs/deletekeydialog.h"
#include "dialogs/expirydialog.h"
#include "dialogs/labelsdialog.h"
#include "dialogs/limitdialog.h"
#include "store/orgstore.h"

DialogLauncher::DialogLauncher(OrgStore* store, QWidget* parent)
    : QObject(parent)
    , m_store(store)
    , m_parent(parent)
{}

void DialogLauncher::show(QDialog* dialog)
{
    // One form at a time: a second request while one is open brings that one forward.
    if (m_current && m_current->isVisible()) {
        delete dialog;
        m_current->raise();
        m_current->activateWindow();
        return;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_current = dialog;
    dialog->open();
    emit dialogOpened(dialog);
}

void DialogLauncher::editLimit(const EntityRef& entity)
{
    auto* d = new LimitDialog(m_store, entity, m_parent);
    d->setCurrencyRates(m_rates);
    if (m_confirmer)
        d->setConfirmer(m_confirmer);
    connect(d, &LimitDialog::saved, this, [this](const EntityRef& e, const Limit& limit) {
        const QString name = m_store->entityName(e);
        emit reported(limit.hasLimit() ? tr("The monthly limit of “%1” is now %2.").arg(name, limit.amount().format())
                                       : tr("“%1” has no monthly limit now.").arg(name));
    });
    show(d);
}

void DialogLauncher::createKey()
{
    auto* d = new CreateKeyDialog(m_store, m_parent);
    connect(d, &CreateKeyDialog::created, this, [this](const QString& id, const QString& name) {
        emit reported(tr("Key “%1” created.").arg(name));
        emit keyCreated(id);
    });
    show(d);
}

void DialogLauncher::deleteKey(const QString& keyId)
{
    auto* d = new DeleteKeyDialog(m_store, keyId, m_parent);
    connect(d, &DeleteKeyDialog::deleted, this,
            [this](const QString&, const QString& name) { emit reported(tr("Key “%1” deleted.").arg(name)); });
    show(d);
}

void DialogLauncher::editLabels(const QString& keyId)
{
    auto* d = new LabelsDialog(m_store, keyId, m_parent);
    connect(d, &LabelsDialog::saved, this, [this](const QString& id) {
        emit reported(tr("Labels of “%1” saved.").arg(m_store->entityName(EntityRef::key(id))));
    });
    show(d);
}

void DialogLauncher::editExpiry(const QString& keyId)
{
    auto* d = new ExpiryDialog(m_store, keyId, m_parent);
    connect(d, &ExpiryDialog::saved, this, [this](const QString& id, const QDateTime& at) {
        const QString name = m_store->entityName(EntityRef::key(id));
        emit reported(
            at.isValid()
                ? tr("“%1” now expires on %2.").arg(name, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat))
                : tr("“%1” no longer expires.").arg(name));
    });
    show(d);
}
