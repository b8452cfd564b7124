#include "settingsdialog.h"

#include "currencybox.h"
#include "settings/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

SettingsDialog::SettingsDialog(AppSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_refresh(new QSpinBox(this))
    , m_thresholds(new QListWidget(this))
    , m_newThreshold(new QSpinBox(this))
    , m_addThreshold(new QPushButton(tr("&Add"), this))
    , m_removeThreshold(new QPushButton(tr("&Remove"), this))
    , m_forecast(new QCheckBox(tr("Warn when the &forecast exceeds a limit"), this))
    , m_startMinimized(new QCheckBox(tr("Start &minimized to the tray"), this))
    , m_closeToTray(new QCheckBox(tr("&Closing the window keeps Spendboard in the tray"), this))
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(tr("The language applies after a restart."), this))
    , m_history(new QSpinBox(this))
    , m_quiet(new QCheckBox(tr("&Quiet hours: no pop-up alerts from"), this))
    , m_resetNotice(new QCheckBox(tr("Tell me when the monthly limits r&eset"), this))
    , m_quietStart(new QTimeEdit(this))
    , m_quietEnd(new QTimeEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* general = new QGroupBox(tr("General"), this);
    auto* generalForm = new QFormLayout(general);
    m_refresh->setRange(AppSettings::kMinRefreshSecs, 24 * 3600);
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setAccessibleName(tr("Refresh interval in seconds"));
    m_refresh->setToolTip(tr("How often the data is fetched; at least %1 seconds.").arg(AppSettings::kMinRefreshSecs));
    generalForm->addRow(tr("&Refresh every:"), m_refresh);
    m_history->setRange(7, 400);
    m_history->setSuffix(tr(" days"));
    m_history->setAccessibleName(tr("Days of history in charts"));
    generalForm->addRow(tr("&History in charts:"), m_history);
    for (const auto& [code, name] : languages())
        m_language->addItem(name, code);
    m_language->setAccessibleName(tr("Language"));
    generalForm->addRow(tr("&Language:"), m_language);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(false);
    generalForm->addRow(QString(), m_restartNote);
    generalForm->addRow(m_startMinimized);
    generalForm->addRow(m_closeToTray);
    layout->addWidget(general);

    auto* alerts = new QGroupBox(tr("Alerts"), this);
    auto* alertsLayout = new QVBoxLayout(alerts);
    alertsLayout->addWidget(new QLabel(tr("Alert when spend reaches these percentages of a limit:"), alerts));
    alertsLayout->addWidget(buildThresholds());
    alertsLayout->addWidget(m_forecast);
    auto* quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(m_quietStart);
    quietRow->addWidget(new QLabel(tr("to"), alerts));
    quietRow->addWidget(m_quietEnd);
    quietRow->addStretch(1);
    alertsLayout->addLayout(quietRow);
    alertsLayout->addWidget(m_resetNotice);
    m_resetNotice->setAccessibleName(tr("Notice when limits reset"));
    m_resetNotice->setToolTip(tr("Once a month, at the first refresh after 00:00 UTC on the 1st: spend starts again "
                                 "from zero and keys stopped at their limit work again. Waits for the end of quiet "
                                 "hours."));
    m_forecast->setAccessibleName(tr("Forecast alerts"));
    m_quiet->setAccessibleName(tr("Quiet hours"));
    m_quiet->setToolTip(tr("Alerts are still recorded on the Alerts page during quiet hours; one summary pops up "
                           "when they end. To pause pop-ups until tomorrow or until the limits reset, use the tray "
                           "menu."));
    m_quietStart->setAccessibleName(tr("Quiet hours start"));
    m_quietEnd->setAccessibleName(tr("Quiet hours end"));
    m_startMinimized->setAccessibleName(tr("Start minimized to the tray"));
    m_closeToTray->setAccessibleName(tr("Close to the tray"));
    layout->addWidget(alerts);
    m_currencySlot = new QVBoxLayout;
    m_currencySlot->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_currencySlot);

    m_problem->setObjectName(QStringLiteral("problemMessage"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (!problem().isEmpty())
            return;
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_quiet, &QCheckBox::toggled, this, &SettingsDialog::updateState);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);

    setTabOrder(m_refresh, m_history);
    setTabOrder(m_history, m_language);
    setTabOrder(m_language, m_startMinimized);
    setTabOrder(m_startMinimized, m_closeToTray);
    setTabOrder(m_closeToTray, m_thresholds);
    setTabOrder(m_thresholds, m_newThreshold);
    setTabOrder(m_newThreshold, m_addThreshold);
    setTabOrder(m_addThreshold, m_removeThreshold);
    setTabOrder(m_removeThreshold, m_forecast);
    setTabOrder(m_forecast, m_quiet);
    setTabOrder(m_quiet, m_quietStart);
    setTabOrder(m_quietStart, m_quietEnd);
    setTabOrder(m_quietEnd, m_resetNotice);
    load();
}

void SettingsDialog::setCurrencyRates(CurrencyRates* rates)
{
    m_currencyRates = rates;
    if (!m_currencyBox) {
        m_currencyBox = new CurrencyBox(this);
        m_currencySlot->addWidget(m_currencyBox);
        connect(m_currencyBox, &CurrencyBox::changed, this, &SettingsDialog::updateState);
        setTabOrder(m_resetNotice, m_currencyBox->currencyBox());
    }
    m_currencyBox->load(*rates);
    updateState();
}

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    return {{QString(), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("ja"), QStringLiteral("日本語")}};
}

QWidget* SettingsDialog::buildThresholds()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_thresholds->setAccessibleName(tr("Alert thresholds"));
    m_thresholds->setMaximumHeight(110);
    row->addWidget(m_thresholds, 1);
    auto* side = new QVBoxLayout;
    m_newThreshold->setRange(1, 1000);
    m_newThreshold->setValue(75);
    m_newThreshold->setSuffix(tr(" %"));
    m_newThreshold->setAccessibleName(tr("New threshold in percent"));
    m_addThreshold->setAccessibleName(tr("Add the threshold"));
    m_removeThreshold->setAccessibleName(tr("Remove the selected threshold"));
    side->addWidget(m_newThreshold);
    side->addWidget(m_addThreshold);
    side->addWidget(m_removeThreshold);
    side->addStretch(1);
    row->addLayout(side);
    connect(m_addThreshold, &QPushButton::clicked, this, [this]() { addThreshold(m_newThreshold->value()); });
    connect(m_removeThreshold, &QPushButton::clicked, this, [this]() {
        delete m_thresholds->currentItem();
        updateState();
    });
    connect(m_thresholds, &QListWidget::currentRowChanged, this, &SettingsDialog::updateState);
    return box;
}

QList<int> SettingsDialog::thresholds() const
{
    QList<int> out;
    for (int i = 0; i < m_thresholds->count(); ++i)
        out.append(m_thresholds->item(i)->data(Qt::UserRole).toInt());
    return out;
}

void SettingsDialog::addThreshold(int percent)
{
    QList<int> values = thresholds();
    if (percent <= 0 || values.contains(percent))
        return;
    values.append(percent);
    std::sort(values.begin(), values.end());
    m_thresholds->clear();
    for (const int v : values) {
        auto* item = new QListWidgetItem(tr("%1 %").arg(v), m_thresholds);
        item->setData(Qt::UserRole, v);
        if (v == percent)
            m_thresholds->setCurrentItem(item);
    }
    updateState();
}

QString SettingsDialog::problem() const
{
    if (m_thresholds->count() == 0)
        return tr("Keep at least one alert threshold.");
    if (m_quiet->isChecked() && m_quietStart->time() == m_quietEnd->time())
        return tr("Quiet hours need different start and end times.");
    if (m_currencyBox)
        return m_currencyBox->problem();
    return {};
}

void SettingsDialog::load()
{
    m_refresh->setValue(m_settings->refreshIntervalSecs());
    m_history->setValue(m_settings->historyDays());
    const int lang = m_language->findData(m_settings->language());
    m_language->setCurrentIndex(lang >= 0 ? lang : 0);
    m_language->setProperty("initialIndex", m_language->currentIndex());
    m_startMinimized->setChecked(m_settings->startMinimized());
    m_closeToTray->setChecked(m_settings->closeToTray());
    m_thresholds->clear();
    for (const int v : m_settings->alertThresholds())
        addThreshold(v);
    m_thresholds->setCurrentRow(-1);
    m_forecast->setChecked(m_settings->forecastAlerts());
    m_quiet->setChecked(m_settings->quietHoursEnabled());
    m_resetNotice->setChecked(m_settings->resetNotice());
    m_quietStart->setTime(m_settings->quietHoursStart());
    m_quietEnd->setTime(m_settings->quietHoursEnd());
    updateState();
}

void SettingsDialog::updateState()
{
    m_quietStart->setEnabled(m_quiet->isChecked());
    m_quietEnd->setEnabled(m_quiet->isChecked());
    m_removeThreshold->setEnabled(m_thresholds->currentItem() != nullptr && m_thresholds->count() > 1);
    // Emphasize the note once the language actually changes.
    QFont f = m_restartNote->font();
    f.setBold(m_language->currentIndex() != m_language->property("initialIndex").toInt());
    m_restartNote->setFont(f);
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_ok->setEnabled(p.isEmpty());
}

void SettingsDialog::apply()
{
    if (!problem().isEmpty())
        return;
    m_settings->setRefreshIntervalSecs(m_refresh->value());
    m_settings->setHistoryDays(m_history->value());
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setStartMinimized(m_startMinimized->isChecked());
    m_settings->setCloseToTray(m_closeToTray->isChecked());
    m_settings->setAlertThresholds(thresholds());
    m_settings->setForecastAlerts(m_forecast->isChecked());
    m_settings->setQuietHoursEnabled(m_quiet->isChecked());
    m_settings->setResetNotice(m_resetNotice->isChecked());
    m_settings->setQuietHours(m_quietStart->time(), m_quietEnd->time());
    m_settings->sync();
    m_language->setProperty("initialIndex", m_language->currentIndex());
    if (m_currencyBox && m_currencyRates) {
        if (const std::optional<CurrencyRates> rates = m_currencyBox->rates(); rates && !(*rates == *m_currencyRates)) {
            *m_currencyRates = *rates;
            emit currencyChanged();
        }
    }
    emit applied();
}
