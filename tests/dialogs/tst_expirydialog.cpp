// ExpiryDialog: never or a future date; saving against the simulator; an expired key is explained, not
// edited.
#include "dialogtestrig.h"
#include "offlinestore.h"

#include "dialogs/errorpanel.h"
#include "dialogs/expirydialog.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

class tst_ExpiryDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsCurrentExpiry()
    {
        OfflineStore offline;
        ExpiryDialog withDate(&offline.store, QStringLiteral("k4"));
        QVERIFY(withDate.onDateButton()->isChecked());
        QCOMPARE(withDate.chosenExpiry(), offline.store.key(QStringLiteral("k4"))->expiresAt);
        ExpiryDialog never(&offline.store, QStringLiteral("k1"));
        QVERIFY(never.neverButton()->isChecked());
        QVERIFY(!never.chosenExpiry().isValid());
        QVERIFY(!never.dateTimeEdit()->isEnabled());
    }

    void mustBeInTheFuture()
    {
        OfflineStore offline;
        ExpiryDialog dlg(&offline.store, QStringLiteral("k1"));
        dlg.onDateButton()->setChecked(true);
        dlg.dateTimeEdit()->setDateTime(offline.clock.nowUtc().toLocalTime().addSecs(-60));
        QVERIFY(dlg.problem().contains(QStringLiteral("future")));
        QVERIFY(!dlg.acceptButton()->isEnabled());
        dlg.dateTimeEdit()->setDateTime(offline.clock.nowUtc().toLocalTime().addDays(2));
        QVERIFY(dlg.problem().isEmpty());
        QVERIFY(dlg.acceptButton()->isEnabled());
    }

    void expiredKeyExplained()
    {
        OfflineStore offline;
        ExpiryDialog dlg(&offline.store, QStringLiteral("k3"));
        QVERIFY(dlg.isReadOnly());
        QVERIFY(dlg.readOnlyReason().contains(QStringLiteral("can't be changed or revived")));
        QVERIFY(!dlg.acceptButton()->isEnabled());
    }

    void savesAndClears()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey key = rig.otherKey();
        const QDateTime when = QDateTime(rig.clock.nowUtc().date().addDays(20), QTime(17, 0), QTimeZone::utc());
        {
            ExpiryDialog dlg(&rig.store, key.id);
            QSignalSpy saved(&dlg, &ExpiryDialog::saved);
            dlg.onDateButton()->setChecked(true);
            dlg.dateTimeEdit()->setDateTime(when.toLocalTime());
            dlg.trySubmit();
            QVERIFY(dlg.isBusy());
            QVERIFY(saved.wait(10'000));
            QCOMPARE(rig.store.key(key.id)->expiresAt, when);
        }
        ExpiryDialog dlg(&rig.store, key.id);
        QVERIFY(dlg.onDateButton()->isChecked());
        QSignalSpy saved(&dlg, &ExpiryDialog::saved);
        dlg.neverButton()->setChecked(true);
        dlg.trySubmit();
        QVERIFY(saved.wait(10'000));
        QVERIFY(!rig.store.key(key.id)->expiresAt.isValid());
    }

    void failureKeepsChoice()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey key = rig.otherKey();
        ExpiryDialog dlg(&rig.store, key.id);
        dlg.show();
        dlg.onDateButton()->setChecked(true);
        const QDateTime chosen = rig.clock.nowUtc().toLocalTime().addDays(5);
        dlg.dateTimeEdit()->setDateTime(chosen);
        rig.api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1"))); // nothing listens there
        dlg.trySubmit();
        QTRY_VERIFY_WITH_TIMEOUT(!dlg.isBusy(), 15'000);
        QVERIFY(dlg.isVisible());
        QVERIFY(dlg.errorPanel()->isVisible());
        QVERIFY(dlg.onDateButton()->isChecked());
        QCOMPARE(dlg.dateTimeEdit()->dateTime().toSecsSinceEpoch() / 60, chosen.toSecsSinceEpoch() / 60);
    }
};

QTEST_MAIN(tst_ExpiryDialog)
#include "tst_expirydialog.moc"
