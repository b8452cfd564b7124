// SettingsDialog: shows AppSettings, writes them back on OK, keeps the form valid.
#include "dialogs/currencybox.h"
#include "dialogs/settingsdialog.h"

#include "history/currencyrates.h"
#include "settings/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsDefaults()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        SettingsDialog dlg(&settings);
        QCOMPARE(dlg.refreshBox()->value(), settings.refreshIntervalSecs());
        QCOMPARE(dlg.refreshBox()->minimum(), AppSettings::kMinRefreshSecs);
        QCOMPARE(dlg.thresholds(), settings.alertThresholds());
        QCOMPARE(dlg.forecastBox()->isChecked(), settings.forecastAlerts());
        QCOMPARE(dlg.closeToTrayBox()->isChecked(), settings.closeToTray());
        QCOMPARE(dlg.languageBox()->currentData().toString(), QString());
        QCOMPARE(dlg.languageBox()->count(), 6);
        QVERIFY(dlg.restartNote()->text().contains(QStringLiteral("restart")));
        QCOMPARE(dlg.historyBox()->value(), settings.historyDays());
        QCOMPARE(dlg.quietBox()->isChecked(), settings.quietHoursEnabled());
        QVERIFY(!dlg.quietStartEdit()->isEnabled() || settings.quietHoursEnabled());
        QVERIFY(dlg.resetNoticeBox()->isChecked()); // the reset notice is on by default
        QVERIFY(settings.resetNotice());
    }

    void appliesChanges()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        SettingsDialog dlg(&settings);
        dlg.show();
        QSignalSpy applied(&dlg, &SettingsDialog::applied);
        dlg.refreshBox()->setValue(5); // clamped to the minimum
        QCOMPARE(dlg.refreshBox()->value(), AppSettings::kMinRefreshSecs);
        dlg.refreshBox()->setValue(120);
        dlg.addThreshold(75);
        dlg.addThreshold(75); // no duplicates
        dlg.forecastBox()->setChecked(false);
        dlg.startMinimizedBox()->setChecked(true);
        dlg.closeToTrayBox()->setChecked(false);
        dlg.languageBox()->setCurrentIndex(dlg.languageBox()->findData(QStringLiteral("de")));
        QVERIFY(dlg.restartNote()->font().bold()); // the note stands out once the language changes
        dlg.historyBox()->setValue(90);
        dlg.quietBox()->setChecked(true);
        QVERIFY(dlg.quietStartEdit()->isEnabled());
        dlg.quietStartEdit()->setTime(QTime(22, 0));
        dlg.quietEndEdit()->setTime(QTime(7, 30));
        dlg.resetNoticeBox()->setChecked(false);
        QTest::mouseClick(dlg.okButton(), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QVERIFY(!dlg.isVisible());

        QCOMPARE(settings.refreshIntervalSecs(), 120);
        QCOMPARE(settings.alertThresholds(), (QList<int>{50, 75, 80, 90, 100}));
        QCOMPARE(settings.forecastAlerts(), false);
        QCOMPARE(settings.startMinimized(), true);
        QCOMPARE(settings.closeToTray(), false);
        QCOMPARE(settings.language(), QStringLiteral("de"));
        QCOMPARE(settings.historyDays(), 90);
        QCOMPARE(settings.quietHoursEnabled(), true);
        QCOMPARE(settings.quietHoursStart(), QTime(22, 0));
        QCOMPARE(settings.quietHoursEnd(), QTime(7, 30));
        QCOMPARE(settings.resetNotice(), false);
        // Persisted in the settings file.
        settings.sync();
        QCOMPARE(AppSettings(dir.filePath(QStringLiteral("s.ini"))).resetNotice(), false);
    }

    void keepsAtLeastOneThreshold()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        settings.setAlertThresholds({80});
        SettingsDialog dlg(&settings);
        dlg.thresholdList()->setCurrentRow(0);
        QVERIFY(dlg.problem().isEmpty());
        delete dlg.thresholdList()->takeItem(0);
        QVERIFY(dlg.problem().contains(QStringLiteral("at least one")));
    }

    void displayCurrencyAndDatedRates()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        CurrencyRates rates;
        SettingsDialog dlg(&settings);
        QVERIFY(!dlg.currencyBox());
        dlg.setCurrencyRates(&rates);
        CurrencyBox* box = dlg.currencyBox();
        QVERIFY(box);
        QCOMPARE(box->currencyBox()->currentData().toString(), QStringLiteral("USD"));
        box->currencyBox()->setCurrentIndex(box->currencyBox()->findData(QStringLiteral("EUR")));
        QVERIFY2(box->note()->text().contains(QStringLiteral("No rate for EUR")), qPrintable(box->note()->text()));
        // A bad line keeps the form from being saved and says which line.
        box->ratesEdit()->setPlainText(QStringLiteral("2026-10-01,EUR,0.9\n2026-11-01,EUR,-1"));
        QVERIFY(!dlg.okButton()->isEnabled());
        QVERIFY2(dlg.problem().contains(QStringLiteral("line 2")), qPrintable(dlg.problem()));
        box->ratesEdit()->setPlainText(QStringLiteral("2026-10-01,EUR,0.9\n2026-11-01,EUR,0.9213"));
        QVERIFY(dlg.okButton()->isEnabled());
        // Imported from a CSV file: appended.
        const QString csv = dir.filePath(QStringLiteral("rates.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,currency,rate\n2026-12-01,EUR,0.95\n");
        f.close();
        QVERIFY(box->importFile(csv));
        QSignalSpy changed(&dlg, &SettingsDialog::currencyChanged);
        dlg.apply();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(rates.displayCurrency(), QStringLiteral("EUR"));
        QCOMPARE(rates.rates().size(), 3);
        QCOMPARE(rates.rateFor(Period::ofMonth(2026, 11), QStringLiteral("EUR"))->millionths, 921'300);
        QCOMPARE(rates.rateFor(Period::ofMonth(2026, 12), QStringLiteral("EUR"))->millionths, 950'000);
        // The history never shifts: October keeps its own rate.
        QCOMPARE(rates.convert(Money::fromMicros(100'000'000), Period::ofMonth(2026, 10))->micros(), 90'000'000);
        dlg.apply();
        QCOMPARE(changed.count(), 1); // nothing changed: no signal
    }

    void quietHoursNeedDifferentTimes()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        SettingsDialog dlg(&settings);
        dlg.quietBox()->setChecked(true);
        dlg.quietStartEdit()->setTime(QTime(9, 0));
        dlg.quietEndEdit()->setTime(QTime(9, 0));
        QVERIFY(!dlg.problem().isEmpty());
        dlg.quietEndEdit()->setTime(QTime(17, 0));
        QVERIFY(dlg.problem().isEmpty());
    }

    void cancelWritesNothing()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        QSignalSpy changed(&settings, &AppSettings::changed);
        SettingsDialog dlg(&settings);
        dlg.refreshBox()->setValue(600);
        dlg.reject();
        QCOMPARE(changed.count(), 0);
        QCOMPARE(settings.refreshIntervalSecs(), 60);
    }
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
