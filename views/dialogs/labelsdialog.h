#pragma once

#include "formdialog.h"

#include <QMap>

class LabelsEditor;
class OrgStore;

// "Edit labels" of a key: a key = value table; keys must be non-empty and unique. Saving replaces all
// labels (the API's semantics). Emits saved() and closes on success.
class LabelsDialog final : public FormDialog
{
    Q_OBJECT
public:
    LabelsDialog(OrgStore* store, const QString& keyId, QWidget* parent = nullptr);

    QString keyId() const { return m_keyId; }
    LabelsEditor* editor() const { return m_editor; }

signals:
    void saved(const QString& keyId, const QMap<QString, QString>& labels);

protected:
    void submit() override;

private:
    void validate();

    OrgStore* m_store;
    QString m_keyId;
    LabelsEditor* m_editor;
};
