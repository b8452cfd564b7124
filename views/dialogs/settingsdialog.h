#pragma once

#include <QDialog>

class AppSettings;
class CurrencyBox;
class CurrencyRates;
class QVBoxLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

// Preferences backed by AppSettings: refresh interval, alert thresholds, forecast alerts, tray behaviour,
// language (applies after a restart), days of history, quiet hours, and (when given the rates) the display
// currency with its dated rates. OK writes and emits applied().
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings* settings, QWidget* parent = nullptr);

    // The languages offered: code ("" = system) and the language's own name.
    static QList<QPair<QString, QString>> languages();
    // Adds the display-currency part, editing `rates` (not owned) when the dialog is applied.
    void setCurrencyRates(CurrencyRates* rates);
    CurrencyBox* currencyBox() const { return m_currencyBox; }

    QList<int> thresholds() const;
    void addThreshold(int percent);
    QString problem() const; // empty when the form can be saved

    QSpinBox* refreshBox() const { return m_refresh; }
    QListWidget* thresholdList() const { return m_thresholds; }
    QSpinBox* newThresholdBox() const { return m_newThreshold; }
    QCheckBox* forecastBox() const { return m_forecast; }
    QCheckBox* startMinimizedBox() const { return m_startMinimized; }
    QCheckBox* closeToTrayBox() const { return m_closeToTray; }
    QComboBox* languageBox() const { return m_language; }
    QLabel* restartNote() const { return m_restartNote; }
    QSpinBox* historyBox() const { return m_history; }
    QCheckBox* quietBox() const { return m_quiet; }
    QCheckBox* resetNoticeBox() const { return m_resetNotice; }
    QTimeEdit* quietStartEdit() const { return m_quietStart; }
    QTimeEdit* quietEndEdit() const { return m_quietEnd; }
    QPushButton* okButton() const { return m_ok; }

public slots:
    void apply(); // writes the settings (OK does this, then closes)

signals:
    void applied();
    void currencyChanged(); // the display currency or its rates were changed (already written)

private:
    QWidget* buildThresholds();
    void load();
    void updateState();

    AppSettings* m_settings;
    QSpinBox* m_refresh;
    QListWidget* m_thresholds;
    QSpinBox* m_newThreshold;
    QPushButton* m_addThreshold;
    QPushButton* m_removeThreshold;
    QCheckBox* m_forecast;
    QCheckBox* m_startMinimized;
    QCheckBox* m_closeToTray;
    QComboBox* m_language;
    QLabel* m_restartNote;
    QSpinBox* m_history;
    QCheckBox* m_quiet;
    QCheckBox* m_resetNotice;
    QTimeEdit* m_quietStart;
    QTimeEdit* m_quietEnd;
    QLabel* m_problem;
    QPushButton* m_ok;
    QVBoxLayout* m_currencySlot = nullptr;
    CurrencyBox* m_currencyBox = nullptr;
    CurrencyRates* m_currencyRates = nullptr;
};
