#pragma once

#include "formdialog.h"

#include "domain/apikey.h"

class LabelsEditor;
class MoneyEdit;
class OrgStore;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;

// "New key": name, monthly limit (or none), permissions, labels and an optional expiry. After the key is
// created the secret is shown once, read-only, with Copy; it is wiped from the dialog when it closes and
// is never stored. A copied secret leaves the clipboard after clipboardClearDelayMs() unless the user
// copied something else meanwhile.
class CreateKeyDialog final : public FormDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxNameLength = 100;

    explicit CreateKeyDialog(OrgStore* store, QWidget* parent = nullptr);
    ~CreateKeyDialog() override;

    void setClipboardClearDelayMs(int ms) { m_clipboardDelayMs = ms; }
    int clipboardClearDelayMs() const { return m_clipboardDelayMs; }

    // The request the form describes (valid only while problem() is empty).
    NewApiKey request() const;
    bool isShowingSecret() const;
    QString createdKeyId() const { return m_createdId; }

    QLineEdit* nameEdit() const { return m_name; }
    MoneyEdit* limitEdit() const { return m_limit; }
    QCheckBox* noLimitBox() const { return m_noLimit; }
    QComboBox* manageBox() const { return m_manage; }
    QComboBox* completionsBox() const { return m_completions; }
    LabelsEditor* labelsEditor() const { return m_labels; }
    QCheckBox* expiresBox() const { return m_expires; }
    QDateTimeEdit* expiryEdit() const { return m_expiry; }
    QLineEdit* secretField() const { return m_secret; }
    QPushButton* copyButton() const { return m_copy; }
    QLabel* followUpLabel() const { return m_followUp; }

public slots:
    void copySecret();

signals:
    void created(const QString& keyId, const QString& name);
    // The copied secret's clipboard timer ran out; `cleared` as in ClipboardGuard::expired.
    void clipboardExpired(bool cleared);

public:
    void done(int result) override; // wipes the secret, then closes

protected:
    void submit() override;

private:
    QWidget* buildForm();
    QWidget* buildSecretPage();
    void validate();
    void showSecret(const CreatedApiKey& created);
    void wipeSecret();

    OrgStore* m_store;
    int m_clipboardDelayMs;
    bool m_touched = false;
    QString m_createdId;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_name = nullptr;
    MoneyEdit* m_limit = nullptr;
    QCheckBox* m_noLimit = nullptr;
    QComboBox* m_manage = nullptr;
    QComboBox* m_completions = nullptr;
    LabelsEditor* m_labels = nullptr;
    QCheckBox* m_expires = nullptr;
    QDateTimeEdit* m_expiry = nullptr;
    QLabel* m_createdTitle = nullptr;
    QLineEdit* m_secret = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_copied = nullptr;
    QLabel* m_followUp = nullptr;
};
