// DeleteKeyDialog: the exact name unlocks Delete; deleting against the simulator; a failure keeps the
// dialog; read-only keys and vanished keys are refused.
#include "dialogtestrig.h"

#include "dialogs/deletekeydialog.h"
#include "dialogs/errorpanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

class tst_DeleteKeyDialog : public QObject
{
    Q_OBJECT

private slots:
    void needsTheExactName()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey key = rig.otherKey();
        QVERIFY(!key.id.isEmpty());
        DeleteKeyDialog dlg(&rig.store, key.id);
        dlg.show();
        QVERIFY(!dlg.acceptButton()->isEnabled());
        QTest::keyClicks(dlg.confirmEdit(), key.name.left(key.name.size() - 1));
        QVERIFY(!dlg.acceptButton()->isEnabled());
        QTest::keyClicks(dlg.confirmEdit(), key.name.right(1));
        QVERIFY(dlg.acceptButton()->isEnabled());
        QTest::keyClicks(dlg.confirmEdit(), QStringLiteral(" "));
        QVERIFY(!dlg.acceptButton()->isEnabled()); // exact, not trimmed
        dlg.confirmEdit()->setText(key.name.toUpper() == key.name ? key.name.toLower() : key.name.toUpper());
        QVERIFY(!dlg.acceptButton()->isEnabled()); // case matters
        // Enter in the field must not delete: Delete is not the default button.
        QVERIFY(!dlg.acceptButton()->isDefault());
    }

    void deletes()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey key = rig.otherKey();
        QVERIFY(!key.id.isEmpty());
        QVERIFY(rig.sim.keyIds().contains(key.id));
        DeleteKeyDialog dlg(&rig.store, key.id);
        dlg.open();
        QSignalSpy deleted(&dlg, &DeleteKeyDialog::deleted);
        QSignalSpy finished(&dlg, &QDialog::finished);
        dlg.confirmEdit()->setText(key.name);
        QTest::mouseClick(dlg.acceptButton(), Qt::LeftButton);
        QVERIFY(dlg.isBusy());
        QVERIFY(!dlg.confirmEdit()->isEnabledTo(&dlg));
        QVERIFY(deleted.wait(10'000));
        QCOMPARE(deleted.first().first().toString(), key.id);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!rig.sim.keyIds().contains(key.id));
        QCOMPARE(rig.store.key(key.id), nullptr);
    }

    void failureKeepsDialog()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey key = rig.otherKey();
        QVERIFY(!key.id.isEmpty());
        DeleteKeyDialog dlg(&rig.store, key.id);
        dlg.show();
        QSignalSpy deleted(&dlg, &DeleteKeyDialog::deleted);
        dlg.confirmEdit()->setText(key.name);
        rig.sim.setErrorRate(1.0);
        dlg.trySubmit();
        QTRY_VERIFY_WITH_TIMEOUT(!dlg.isBusy(), 15'000);
        QCOMPARE(deleted.count(), 0);
        QVERIFY(dlg.isVisible());
        QVERIFY(dlg.errorPanel()->isVisible());
        QVERIFY(!dlg.errorPanel()->message().isEmpty());
        QCOMPARE(dlg.confirmEdit()->text(), key.name);
        QVERIFY(rig.sim.keyIds().contains(key.id));
        QVERIFY(dlg.acceptButton()->isEnabled());
    }

    void readOnlyRefuses()
    {
        DialogTestRig rig(DialogTestRig::KeyKind::Read);
        QVERIFY(rig.load());
        const ApiKey key = rig.otherKey();
        QVERIFY(!key.id.isEmpty());
        DeleteKeyDialog dlg(&rig.store, key.id);
        dlg.show();
        QVERIFY(dlg.isReadOnly());
        QVERIFY(dlg.findChild<QLabel*>(QStringLiteral("readOnlyMessage"))->isVisible());
        dlg.confirmEdit()->setText(key.name);
        QVERIFY(!dlg.acceptButton()->isEnabled());
        dlg.trySubmit();
        QVERIFY(!dlg.isBusy());
        QVERIFY(rig.sim.keyIds().contains(key.id));
    }

    void unknownKeyRefuses()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        DeleteKeyDialog dlg(&rig.store, QStringLiteral("no-such-key"));
        QVERIFY(dlg.isReadOnly());
        QVERIFY(dlg.readOnlyReason().contains(QStringLiteral("no longer exists")));
        QVERIFY(!dlg.acceptButton()->isEnabled());
    }
};

QTEST_MAIN(tst_DeleteKeyDialog)
#include "tst_deletekeydialog.moc"
