#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

class Confirmer;
class ErrorPanel;
class ManagementApi;
class ProfileStore;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class SecretStore;

// Connection profiles: a list on the left (add, remove), a form on the right (name, server address,
// management key). The key field is masked and only ever goes to the SecretStore (the OS keychain);
// it is cleared after saving and when the dialog closes. "Test Connection" asks the server with a
// temporary ManagementApi and says which organization it is and whether the key can edit.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
public:
    // `nam` may be null (the dialog then owns one). None of the pointers is owned.
    ConnectionDialog(ProfileStore* profiles, SecretStore* secrets, QNetworkAccessManager* nam,
                     QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    void setConfirmer(Confirmer* confirmer); // not owned; default: a message box
    void selectProfile(const QString& name); // empty = a new profile

    QString editingProfile() const { return m_editing; } // empty while creating one
    // The server address as typed, normalized ("host" -> "https://host"); invalid when unusable.
    QUrl typedBaseUrl() const;
    QString urlProblem() const; // empty when the address can be used
    bool isBusy() const { return m_busy; }
    QString testResult() const;

    QListWidget* profileList() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* keyEdit() const { return m_key; }
    QLabel* urlProblemLabel() const { return m_urlProblem; }
    QLabel* testResultLabel() const { return m_testResult; }
    ErrorPanel* errorPanel() const { return m_errors; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* removeButton() const { return m_remove; }

public slots:
    void testConnection();
    void saveProfile();
    void removeProfile();

signals:
    void profileSaved(const QString& name);
    void profileRemoved(const QString& name);
    // A connection test finished; `message` is what the dialog shows.
    void connectionTested(bool ok, const QString& message);

public:
    void done(int result) override; // clears the key field, then closes

private:
    void buildUi();
    void reloadList(const QString& select);
    void updateState();
    void runTest(const QUrl& url, const QString& key);
    void finishTest(bool ok, const QString& message, const QString& details = QString());
    void writeProfile(const QString& name, const QUrl& url, const QString& key);
    void saved(const QString& name);
    void setBusy(bool busy);

    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    QNetworkAccessManager* m_nam;
    Confirmer* m_confirmer;
    QPointer<ManagementApi> m_testApi;
    QString m_editing;
    bool m_busy = false;

    QListWidget* m_list = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QLabel* m_urlProblem = nullptr;
    QLineEdit* m_key = nullptr;
    QLabel* m_keyHint = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_testResult = nullptr;
    QLabel* m_status = nullptr;
    ErrorPanel* m_errors = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_save = nullptr;
};
