#include "labelsdialog.h"

#include "dialogslogging.h"
#include "editguard.h"
#include "errorpanel.h"
#include "labelseditor.h"

#include "store/orgstore.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

LabelsDialog::LabelsDialog(OrgStore* store, const QString& keyId, QWidget* parent)
    : FormDialog(tr("Save"), parent)
    , m_store(store)
    , m_keyId(keyId)
    , m_editor(new LabelsEditor(form()))
{
    setWindowTitle(tr("Edit Labels"));
    setObjectName(QStringLiteral("labelsDialog"));
    const ApiKey* key = store->key(keyId);
    auto* intro = new QLabel(form());
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(tr("Labels of the key “%1”, e.g. team = finance. Saving replaces all of them.")
                       .arg(key ? key->name : QString()));
    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_editor);
    if (key)
        m_editor->setLabels(key->labels);
    acceptButton()->setAccessibleName(tr("Save the labels"));
    setReadOnlyReason(EditGuard::keyReason(*store, keyId));
    connect(m_editor, &LabelsEditor::labelsEdited, this, &LabelsDialog::validate);
    addSaveShortcut();
    validate();
    setMinimumSize(440, 320);
}

void LabelsDialog::validate()
{
    setProblem(m_editor->validationError());
}

void LabelsDialog::submit()
{
    const QMap<QString, QString> labels = m_editor->labels();
    setBusy(true);
    qCInfo(lcDialogs) << "saving labels of key" << m_keyId;
    m_store->setKeyLabels(m_keyId, labels, this, [this, labels](const Result<ApiKey>& result) {
        setBusy(false);
        if (!result) {
            errorPanel()->showError(result.error());
            return;
        }
        emit saved(m_keyId, labels);
        accept();
    });
}
