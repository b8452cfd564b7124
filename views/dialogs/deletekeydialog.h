#pragma once

#include "formdialog.h"

class OrgStore;
class QLineEdit;

// "Delete key": the user types the key's name to confirm; Delete is enabled only on an exact match.
// Emits deleted() and closes on success; on failure it stays open with the error.
class DeleteKeyDialog final : public FormDialog
{
    Q_OBJECT
public:
    DeleteKeyDialog(OrgStore* store, const QString& keyId, QWidget* parent = nullptr);

    QString keyId() const { return m_keyId; }
    QString keyName() const { return m_name; }
    QLineEdit* confirmEdit() const { return m_confirm; }

signals:
    void deleted(const QString& keyId, const QString& name);

protected:
    void submit() override;

private:
    void validate();

    OrgStore* m_store;
    QString m_keyId;
    QString m_name;
    QLineEdit* m_confirm;
};
