#pragma once

#include "formdialog.h"

#include <QDateTime>

class OrgStore;
class QDateTimeEdit;
class QRadioButton;

// "Set expiry" of a key: never, or a date and time in the future. An expired key can't be changed (the
// API refuses); the dialog explains that instead of offering the form. Emits saved() and closes.
class ExpiryDialog final : public FormDialog
{
    Q_OBJECT
public:
    ExpiryDialog(OrgStore* store, const QString& keyId, QWidget* parent = nullptr);

    QString keyId() const { return m_keyId; }
    QDateTime chosenExpiry() const; // UTC; invalid = never
    QRadioButton* neverButton() const { return m_never; }
    QRadioButton* onDateButton() const { return m_onDate; }
    QDateTimeEdit* dateTimeEdit() const { return m_edit; }

signals:
    void saved(const QString& keyId, const QDateTime& expiresAt);

protected:
    void submit() override;

private:
    void validate();

    OrgStore* m_store;
    QString m_keyId;
    QRadioButton* m_never;
    QRadioButton* m_onDate;
    QDateTimeEdit* m_edit;
};
