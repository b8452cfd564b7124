#pragma once

#include <QCoreApplication>
#include <QString>

class OrgStore;

// Why an admin form can't change something, in plain words; empty when it can. Every admin dialog asks
// before enabling its form, so a read-only key never reaches a write even if a page forgot to disable
// its action.
class EditGuard
{
    Q_DECLARE_TR_FUNCTIONS(EditGuard)
public:
    // The connection's key has no manage: write permission (or nothing is loaded yet).
    static QString connectionReason(const OrgStore& store);
    // connectionReason(), or the key is gone or expired.
    static QString keyReason(const OrgStore& store, const QString& keyId);
    // connectionReason(), or the project is gone.
    static QString projectReason(const OrgStore& store, const QString& projectId);
};
