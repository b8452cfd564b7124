#include "connectiondialog.h"

#include "confirmer.h"
#include "dialogslogging.h"
#include "errorpanel.h"

#include "api/managementapi.h"
#include "api/profilestore.h"
#include "api/secretstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(ProfileStore* profiles, SecretStore* secrets, QNetworkAccessManager* nam,
                                   QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
    , m_confirmer(&Confirmer::messageBox())
{
    setWindowTitle(tr("Connections"));
    setObjectName(QStringLiteral("connectionDialog"));
    buildUi();
    reloadList(m_profiles->currentName());
    if (m_profiles->names().isEmpty())
        selectProfile(QString());
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto* left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Connection profiles"));
    m_list->setMaximumWidth(200);
    left->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_new->setAccessibleName(tr("New profile"));
    m_remove->setAccessibleName(tr("Remove the selected profile"));
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);
    columns->addLayout(left);

    auto* right = new QVBoxLayout;
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setPlaceholderText(tr("e.g. Production"));
    form->addRow(tr("&Name:"), m_name);
    m_url = new QLineEdit(this);
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(Profile::defaultBaseUrl().toString());
    form->addRow(tr("&Server:"), m_url);
    m_urlProblem = new QLabel(this);
    m_urlProblem->setObjectName(QStringLiteral("urlProblem"));
    m_urlProblem->setWordWrap(true);
    m_urlProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_urlProblem->hide();
    form->addRow(QString(), m_urlProblem);
    m_key = new QLineEdit(this);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_key->setAccessibleName(tr("Management key"));
    form->addRow(tr("Management &key:"), m_key);
    m_keyHint = new QLabel(this);
    m_keyHint->setWordWrap(true);
    form->addRow(QString(), m_keyHint);
    right->addLayout(form);

    auto* testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setAccessibleName(tr("Test the connection"));
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    m_save = new QPushButton(tr("&Save Profile"), this);
    m_save->setAccessibleName(tr("Save the profile"));
    testRow->addWidget(m_save);
    right->addLayout(testRow);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setAccessibleName(tr("Connection test result"));
    right->addWidget(m_testResult);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    right->addWidget(m_status);
    m_errors = new ErrorPanel(this);
    right->addWidget(m_errors);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->hide();
    right->addWidget(m_progress);
    right->addStretch(1);
    columns->addLayout(right, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString& name) {
        if (!name.isEmpty())
            selectProfile(name);
    });
    connect(m_new, &QPushButton::clicked, this, [this]() { selectProfile(QString()); });
    connect(m_remove, &QPushButton::clicked, this, &ConnectionDialog::removeProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &ConnectionDialog::saveProfile);
    for (QLineEdit* edit : {m_name, m_url, m_key})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    setTabOrder(m_list, m_new);
    setTabOrder(m_new, m_remove);
    setTabOrder(m_remove, m_name);
    setTabOrder(m_name, m_url);
    setTabOrder(m_url, m_key);
    setTabOrder(m_key, m_test);
    setTabOrder(m_test, m_save);
    setMinimumSize(640, 360);
}

void ConnectionDialog::setConfirmer(Confirmer* confirmer)
{
    m_confirmer = confirmer ? confirmer : &Confirmer::messageBox();
}

void ConnectionDialog::reloadList(const QString& select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_list->addItems(m_profiles->names());
    const QList<QListWidgetItem*> found = m_list->findItems(select, Qt::MatchExactly);
    if (!select.isEmpty() && !found.isEmpty()) {
        m_list->setCurrentItem(found.first());
        selectProfile(select);
    } else if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
        selectProfile(m_list->item(0)->text());
    }
}

void ConnectionDialog::selectProfile(const QString& name)
{
    const std::optional<Profile> profile = name.isEmpty() ? std::nullopt : m_profiles->profile(name);
    m_editing = profile ? profile->name : QString();
    m_name->setText(m_editing);
    m_url->setText((profile ? profile->baseUrl : Profile::defaultBaseUrl()).toString());
    m_key->clear();
    m_keyHint->setText(m_editing.isEmpty()
                           ? tr("A Requesty API key with manage permission. It is kept in the system keychain, "
                                "never in Spendboard's settings.")
                           : tr("Stored in the system keychain. Leave empty to keep it, or type a new key to "
                                "replace it."));
    m_key->setPlaceholderText(m_editing.isEmpty() ? QString() : tr("(unchanged)"));
    if (m_editing.isEmpty()) {
        const QSignalBlocker block(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
        m_name->setFocus();
    }
    m_testResult->clear();
    m_status->clear();
    m_errors->clearError();
    updateState();
}

QUrl ConnectionDialog::typedBaseUrl() const
{
    QString text = m_url->text().trimmed();
    if (text.isEmpty())
        text = Profile::defaultBaseUrl().toString();
    if (!text.contains(QStringLiteral("://")))
        text = QStringLiteral("https://") + text;
    return QUrl(text, QUrl::StrictMode);
}

QString ConnectionDialog::urlProblem() const
{
    const QUrl url = typedBaseUrl();
    const ApiError error = ManagementApi::validateBaseUrl(url);
    if (error.kind() == ApiError::Kind::Insecure &&
        url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        return tr("Plain http:// is allowed only to this computer (localhost or 127.0.0.1): anywhere else the "
                  "management key would cross the network unencrypted and could be read. Use https://.");
    if (error.isError())
        return tr("This is not a server address. Example: %1").arg(Profile::defaultBaseUrl().toString());
    if (!url.userInfo().isEmpty())
        return tr("The server address must not contain a user name or password.");
    return {};
}

QString ConnectionDialog::testResult() const
{
    return m_testResult->text();
}

void ConnectionDialog::updateState()
{
    const QString problem = urlProblem();
    m_urlProblem->setText(problem);
    m_urlProblem->setVisible(!problem.isEmpty());
    const bool hasKey = !m_key->text().trimmed().isEmpty() || !m_editing.isEmpty();
    m_test->setEnabled(!m_busy && problem.isEmpty() && hasKey);
    m_save->setEnabled(!m_busy && problem.isEmpty() && hasKey && !m_name->text().trimmed().isEmpty());
    m_remove->setEnabled(!m_busy && !m_editing.isEmpty());
    m_list->setEnabled(!m_busy);
    m_new->setEnabled(!m_busy);
}

void ConnectionDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_name->setEnabled(!busy);
    m_url->setEnabled(!busy);
    m_key->setEnabled(!busy);
    updateState();
}

void ConnectionDialog::testConnection()
{
    if (m_busy || !urlProblem().isEmpty())
        return;
    const QUrl url = typedBaseUrl();
    const QString typed = m_key->text().trimmed();
    m_errors->clearError();
    m_status->clear();
    m_testResult->setText(tr("Testing…"));
    setBusy(true);
    if (!typed.isEmpty()) {
        runTest(url, typed);
        return;
    }
    m_secrets->readSecret(m_editing, this, [this, url](const Result<QString>& secret) {
        if (!secret) {
            finishTest(false, secret.error().userMessage(), secret.error().technicalText());
            return;
        }
        runTest(url, secret.value());
    });
}

void ConnectionDialog::runTest(const QUrl& url, const QString& key)
{
    if (m_testApi)
        m_testApi->deleteLater(); // drops its pending callbacks
    m_testApi = new ManagementApi(m_nam, this);
    m_testApi->setBaseUrl(url);
    m_testApi->setApiKey(key);
    ManagementApi::Options options = m_testApi->options();
    options.maxAttempts = 1; // a test answers now; the app retries later
    m_testApi->setOptions(options);
    ManagementApi* api = m_testApi;
    api->detectCapabilities(api, [this, api](const Result<Capabilities>& caps) {
        if (!caps) {
            finishTest(false, caps.error().userMessage(), caps.error().technicalText());
            return;
        }
        const Capabilities capabilities = caps.value();
        api->getOrganization(api, [this, capabilities](const Result<Organization>& org) {
            if (!org) {
                finishTest(false, org.error().userMessage(), org.error().technicalText());
                return;
            }
            const QString access =
                capabilities.canEdit() ? tr("This key can edit: it can change limits and create or delete keys.")
                : capabilities.manage == Access::Read
                    ? tr("This key is read only: Spendboard shows spend but can't change limits or keys.")
                    : tr("This key has no management permission; spend can't be shown with it.");
            finishTest(true, tr("Connected to “%1”. %2").arg(org->name, access));
        });
    });
}

void ConnectionDialog::finishTest(bool ok, const QString& message, const QString& details)
{
    setBusy(false);
    if (m_testApi)
        m_testApi->deleteLater();
    m_testResult->setText(ok ? message : QString());
    if (!ok)
        m_errors->showMessage(message, details);
    qCInfo(lcDialogs) << "connection test" << (ok ? "succeeded" : "failed");
    emit connectionTested(ok, message);
}

void ConnectionDialog::saveProfile()
{
    if (m_busy)
        return;
    updateState();
    if (!m_save->isEnabled())
        return;
    const QString name = m_name->text().trimmed();
    const QUrl url = typedBaseUrl();
    Profile candidate;
    candidate.name = name;
    candidate.baseUrl = url;
    if (const std::optional<Profile> old = m_profiles->profile(m_editing))
        candidate.refreshIntervalSecs = old->refreshIntervalSecs;
    QString problem = ProfileStore::validate(candidate);
    if (problem.isEmpty() && name != m_editing && m_profiles->contains(name))
        problem = tr("A profile named “%1” already exists.").arg(name);
    if (!problem.isEmpty()) {
        m_errors->showMessage(problem);
        return;
    }
    m_errors->clearError();
    writeProfile(name, url, m_key->text().trimmed());
}

void ConnectionDialog::writeProfile(const QString& name, const QUrl& url, const QString& key)
{
    setBusy(true);
    const QString from = m_editing;
    // The secret first: a profile is only written once its key is safely in the keychain.
    auto afterSecret = [this, name, url, from](const Result<Done>& result) {
        if (!result) {
            setBusy(false);
            m_errors->showError(result.error());
            return;
        }
        QString error;
        bool ok = true;
        if (from.isEmpty()) {
            Profile profile;
            profile.name = name;
            profile.baseUrl = url;
            ok = m_profiles->add(profile, &error);
        } else {
            ok = (from == name || m_profiles->rename(from, name, &error));
            std::optional<Profile> profile = m_profiles->profile(name);
            if (ok && profile) {
                profile->baseUrl = url;
                ok = m_profiles->update(*profile, &error);
            }
        }
        if (!ok) {
            setBusy(false);
            m_errors->showMessage(error);
            return;
        }
        if (!from.isEmpty() && from != name && !m_key->text().trimmed().isEmpty()) {
            // A new key was written under the new name; the old entry goes.
            m_secrets->deleteSecret(from, this, [this, name](const Result<Done>&) { saved(name); });
            return;
        }
        saved(name);
    };
    if (!key.isEmpty())
        m_secrets->writeSecret(name, key, this, afterSecret);
    else if (!from.isEmpty() && from != name)
        m_secrets->moveSecret(from, name, this, afterSecret);
    else
        afterSecret(Result<Done>(Done{}));
}

void ConnectionDialog::saved(const QString& name)
{
    setBusy(false);
    m_key->clear();
    reloadList(name);
    m_status->setText(tr("Saved “%1”.").arg(name));
    qCInfo(lcDialogs) << "connection profile saved";
    emit profileSaved(name);
}

void ConnectionDialog::removeProfile()
{
    if (m_busy || m_editing.isEmpty())
        return;
    const QString name = m_editing;
    QPointer<ConnectionDialog> self(this);
    m_confirmer->ask(
        this,
        {tr("Remove Connection?"),
         tr("Remove the connection “%1”? Its management key is deleted from the system keychain.").arg(name),
         tr("Remove")},
        [self, name](bool yes) {
            if (!self || !yes)
                return;
            self->m_profiles->remove(name);
            self->m_secrets->deleteSecret(name, self, [](const Result<Done>&) {});
            self->reloadList(QString());
            if (self->m_profiles->names().isEmpty())
                self->selectProfile(QString());
            emit self->profileRemoved(name);
        });
}

void ConnectionDialog::done(int result)
{
    m_key->clear();
    if (m_testApi)
        m_testApi->deleteLater();
    QDialog::done(result);
}
