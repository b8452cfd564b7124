#include "editguard.h"

#include "store/orgstore.h"

#include <QLocale>

QString EditGuard::connectionReason(const OrgStore& store)
{
    if (!store.hasData())
        return tr("Nothing is loaded yet. Wait for the first refresh, then try again.");
    if (!store.capabilities().canEdit())
        return tr("This connection's key can only read. Changing limits and keys needs a key with "
                  "manage permission “write”: ask an administrator for one, or choose another "
                  "connection.");
    return {};
}

QString EditGuard::keyReason(const OrgStore& store, const QString& keyId)
{
    const QString reason = connectionReason(store);
    if (!reason.isEmpty())
        return reason;
    const ApiKey* key = store.key(keyId);
    if (!key)
        return tr("This key no longer exists on the server. It may have been deleted elsewhere.");
    if (key->isExpired(store.clock().nowUtc()))
        return tr("The key “%1” expired on %2. An expired key can't be changed or revived; create a new "
                  "key instead.")
            .arg(key->name, QLocale().toString(key->expiresAt.toLocalTime(), QLocale::ShortFormat));
    return {};
}

QString EditGuard::projectReason(const OrgStore& store, const QString& projectId)
{
    const QString reason = connectionReason(store);
    if (!reason.isEmpty())
        return reason;
    if (!store.project(projectId))
        return tr("This project no longer exists on the server.");
    return {};
}
