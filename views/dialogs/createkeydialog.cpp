#include "createkeydialog.h"

#include "clipboardguard.h"
#include "dialogslogging.h"
#include "editguard.h"
#include "errorpanel.h"
#include "labelseditor.h"
#include "moneyedit.h"

#include "store/orgstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

void fillAccess(QComboBox* box, Access selected)
{
    box->addItem(CreateKeyDialog::tr("None"), int(Access::None));
    box->addItem(CreateKeyDialog::tr("Read"), int(Access::Read));
    box->addItem(CreateKeyDialog::tr("Write"), int(Access::Write));
    box->setCurrentIndex(box->findData(int(selected)));
}

Access accessOf(const QComboBox* box)
{
    return Access(box->currentData().toInt());
}

} // namespace

CreateKeyDialog::CreateKeyDialog(OrgStore* store, QWidget* parent)
    : FormDialog(tr("Create Key"), parent)
    , m_store(store)
    , m_clipboardDelayMs(ClipboardGuard::kDefaultDelayMs)
{
    setWindowTitle(tr("New API Key"));
    setObjectName(QStringLiteral("createKeyDialog"));
    m_pages = new QStackedWidget(form());
    m_pages->addWidget(buildForm());
    m_pages->addWidget(buildSecretPage());
    contentLayout()->addWidget(m_pages);
    acceptButton()->setAccessibleName(tr("Create the key"));
    setReadOnlyReason(EditGuard::connectionReason(*store));
    connect(m_store, &OrgStore::followUpFailed, this, [this](const QString& keyId, const ApiError& error) {
        if (keyId != m_createdId || m_createdId.isEmpty())
            return;
        m_followUp->setText(tr("The key works, but its labels or expiry could not be set: %1 Set them again "
                               "from the Keys page.")
                                .arg(error.userMessage()));
        m_followUp->show();
    });
    validate();
    setMinimumWidth(520);
}

CreateKeyDialog::~CreateKeyDialog()
{
    wipeSecret();
}

QWidget* CreateKeyDialog::buildForm()
{
    auto* page = new QWidget(m_pages);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(page);
    m_name->setAccessibleName(tr("Key name"));
    m_name->setPlaceholderText(tr("e.g. ci-bot or marketing-site"));
    form->addRow(tr("&Name:"), m_name);

    auto* limitRow = new QWidget(page);
    auto* limitLayout = new QHBoxLayout(limitRow);
    limitLayout->setContentsMargins(0, 0, 0, 0);
    m_limit = new MoneyEdit(limitRow);
    m_limit->lineEdit()->setAccessibleName(tr("Monthly limit in US dollars"));
    m_noLimit = new QCheckBox(tr("No li&mit"), limitRow);
    m_noLimit->setAccessibleName(tr("No limit"));
    limitLayout->addWidget(m_limit, 1);
    limitLayout->addWidget(m_noLimit, 0, Qt::AlignTop);
    auto* limitLabel = new QLabel(tr("Monthly &limit (US$):"), page);
    limitLabel->setBuddy(m_limit);
    form->addRow(limitLabel, limitRow);
    form->addRow(QString(), m_limit->detachMessageLabel());

    m_completions = new QComboBox(page);
    fillAccess(m_completions, Access::Write);
    m_completions->setAccessibleName(tr("Completions permission"));
    m_completions->setToolTip(tr("Whether the key can send requests to models through the router."));
    form->addRow(tr("&Completions:"), m_completions);
    m_manage = new QComboBox(page);
    fillAccess(m_manage, Access::None);
    m_manage->setAccessibleName(tr("Management permission"));
    m_manage->setToolTip(tr("Whether the key can read (Read) or change (Write) keys and limits through the "
                            "management API. Most keys need None."));
    form->addRow(tr("Mana&gement API:"), m_manage);

    m_labels = new LabelsEditor(page);
    form->addRow(tr("Labels:"), m_labels);

    auto* expiryRow = new QWidget(page);
    auto* expiryLayout = new QHBoxLayout(expiryRow);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    m_expires = new QCheckBox(tr("&Expires on"), expiryRow);
    m_expires->setAccessibleName(tr("The key expires"));
    m_expiry = new QDateTimeEdit(expiryRow);
    m_expiry->setCalendarPopup(true);
    m_expiry->setAccessibleName(tr("Expiry date and time"));
    const QDateTime now = m_store->clock().nowUtc().toLocalTime();
    m_expiry->setDateTime(QDateTime(now.date().addDays(90), QTime(0, 0)));
    m_expiry->setEnabled(false);
    expiryLayout->addWidget(m_expires);
    expiryLayout->addWidget(m_expiry, 1);
    form->addRow(tr("Expiry:"), expiryRow);

    auto touched = [this]() {
        m_touched = true;
        validate();
    };
    connect(m_name, &QLineEdit::textEdited, this, touched);
    connect(m_limit, &MoneyEdit::valueEdited, this, touched);
    connect(m_noLimit, &QCheckBox::toggled, this, touched);
    connect(m_labels, &LabelsEditor::labelsEdited, this, touched);
    connect(m_expires, &QCheckBox::toggled, this, touched);
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, touched);

    setTabOrder(m_name, m_limit);
    setTabOrder(m_limit, m_noLimit);
    setTabOrder(m_noLimit, m_completions);
    setTabOrder(m_completions, m_manage);
    setTabOrder(m_manage, m_labels->table());
    setTabOrder(m_labels->table(), m_labels->addButton());
    setTabOrder(m_labels->addButton(), m_labels->removeButton());
    setTabOrder(m_labels->removeButton(), m_expires);
    setTabOrder(m_expires, m_expiry);
    return page;
}

QWidget* CreateKeyDialog::buildSecretPage()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_createdTitle = new QLabel(page);
    m_createdTitle->setWordWrap(true);
    QFont bold = m_createdTitle->font();
    bold.setBold(true);
    m_createdTitle->setFont(bold);
    layout->addWidget(m_createdTitle);
    auto* warning = new QLabel(tr("Copy the key now. This is the only time it is shown: Spendboard does not "
                                  "keep it and it can't be shown again. Store it in your password manager "
                                  "or secret store."),
                               page);
    warning->setObjectName(QStringLiteral("secretWarning"));
    warning->setWordWrap(true);
    warning->setFrameShape(QFrame::StyledPanel);
    warning->setMargin(6);
    layout->addWidget(warning);
    auto* row = new QHBoxLayout;
    m_secret = new QLineEdit(page);
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setAccessibleName(tr("The new key (shown once)"));
    m_secret->setMinimumWidth(360);
    m_copy = new QPushButton(tr("&Copy"), page);
    m_copy->setAccessibleName(tr("Copy the key to the clipboard"));
    row->addWidget(m_secret, 1);
    row->addWidget(m_copy);
    layout->addLayout(row);
    m_copied = new QLabel(page);
    m_copied->setWordWrap(true);
    m_copied->hide();
    layout->addWidget(m_copied);
    m_followUp = new QLabel(page);
    m_followUp->setObjectName(QStringLiteral("followUpMessage"));
    m_followUp->setWordWrap(true);
    m_followUp->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_followUp->hide();
    layout->addWidget(m_followUp);
    layout->addStretch(1);
    connect(m_copy, &QPushButton::clicked, this, &CreateKeyDialog::copySecret);
    return page;
}

NewApiKey CreateKeyDialog::request() const
{
    NewApiKey key;
    key.name = m_name->text().trimmed();
    key.limit = m_noLimit->isChecked() ? Limit::none() : Limit::of(m_limit->value().value_or(Money()));
    key.permissions = Permissions{accessOf(m_manage), accessOf(m_completions)};
    key.labels = m_labels->labels();
    if (m_expires->isChecked())
        key.expiresAt = m_expiry->dateTime().toUTC();
    return key;
}

bool CreateKeyDialog::isShowingSecret() const
{
    return m_pages->currentIndex() == 1;
}

void CreateKeyDialog::validate()
{
    m_limit->setEnabled(!m_noLimit->isChecked());
    m_expiry->setEnabled(m_expires->isChecked());
    const QString name = m_name->text().trimmed();
    QString problem;
    bool show = m_touched;
    if (name.isEmpty()) {
        problem = tr("Give the key a name.");
    } else if (name.size() > kMaxNameLength) {
        problem = tr("The name is too long: at most %1 characters, it has %n.", nullptr, int(name.size()))
                      .arg(kMaxNameLength);
    } else if (!m_noLimit->isChecked() && !m_limit->isValid()) {
        problem = m_limit->text().trimmed().isEmpty() ? tr("Enter a monthly limit, or tick “No limit”.")
                                                      : m_limit->errorText();
        show = show && m_limit->text().trimmed().isEmpty(); // MoneyEdit shows its own message
    } else if (const QString labels = m_labels->validationError(); !labels.isEmpty()) {
        problem = labels;
    } else if (m_expires->isChecked() && m_expiry->dateTime().toUTC() <= m_store->clock().nowUtc()) {
        problem = tr("The expiry must be in the future.");
    }
    setProblem(problem, show);
}

void CreateKeyDialog::submit()
{
    validate();
    if (!problem().isEmpty() || isShowingSecret())
        return;
    const NewApiKey key = request();
    setBusy(true);
    qCInfo(lcDialogs) << "creating a key";
    m_store->createKey(key, this, [this, name = key.name](const Result<CreatedApiKey>& result) {
        setBusy(false);
        if (!result) {
            errorPanel()->showError(result.error());
            return;
        }
        showSecret(result.value());
        emit created(result->id, name);
    });
}

void CreateKeyDialog::showSecret(const CreatedApiKey& created)
{
    m_createdId = created.id;
    m_createdTitle->setText(tr("The key “%1” was created.").arg(m_name->text().trimmed()));
    m_secret->setText(created.secret);
    m_secret->setCursorPosition(0);
    m_pages->setCurrentIndex(1);
    // The form page no longer decides the size: shrink to the secret page.
    m_pages->widget(0)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_pages->widget(0)->hide();
    adjustSize();
    setWindowTitle(tr("Key Created"));
    acceptButton()->hide();
    cancelButton()->setText(tr("&Close"));
    cancelButton()->setDefault(true);
    setProblem(QString(), false);
    m_copy->setFocus();
}

void CreateKeyDialog::copySecret()
{
    if (m_secret->text().isEmpty())
        return;
    ClipboardGuard* guard = ClipboardGuard::copy(m_secret->text(), m_clipboardDelayMs);
    connect(guard, &ClipboardGuard::expired, this, &CreateKeyDialog::clipboardExpired);
    const int secs = (m_clipboardDelayMs + 999) / 1000;
    m_copied->setText(
        tr("Copied. The clipboard is cleared in %n seconds unless you copy something else.", nullptr, secs));
    m_copied->show();
}

void CreateKeyDialog::wipeSecret()
{
    if (!m_secret)
        return;
    m_secret->clear();
    m_secret->setText(QString()); // also drops the undo history
}

void CreateKeyDialog::done(int result)
{
    wipeSecret();
    FormDialog::done(result);
}
