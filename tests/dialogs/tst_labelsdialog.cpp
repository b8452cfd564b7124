// LabelsDialog and its LabelsEditor: non-empty unique keys, saving replaces the labels on the server,
// a failure keeps the table, expired keys and read-only connections are refused.
#include "dialogtestrig.h"
#include "offlinestore.h"

#include "dialogs/errorpanel.h"
#include "dialogs/labelsdialog.h"
#include "dialogs/labelseditor.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

class tst_LabelsDialog : public QObject
{
    Q_OBJECT

private slots:
    void editorValidates()
    {
        LabelsEditor editor;
        editor.setLabels({{QStringLiteral("team"), QStringLiteral("data")}});
        QCOMPARE(editor.rowCount(), 1);
        QVERIFY(editor.validationError().isEmpty());
        editor.addRow(); // an empty row is ignored
        QVERIFY(editor.validationError().isEmpty());
        QCOMPARE(editor.labels().size(), 1);
        editor.table()->item(1, 1)->setText(QStringLiteral("orphan"));
        QVERIFY(editor.validationError().contains(QStringLiteral("no key")));
        editor.table()->item(1, 0)->setText(QStringLiteral(" team "));
        QVERIFY(editor.validationError().contains(QStringLiteral("twice")));
        editor.table()->item(1, 0)->setText(QStringLiteral(" env "));
        QVERIFY(editor.validationError().isEmpty());
        const QMap<QString, QString> expected{{QStringLiteral("team"), QStringLiteral("data")},
                                              {QStringLiteral("env"), QStringLiteral("orphan")}};
        QCOMPARE(editor.labels(), expected);
        editor.table()->setCurrentCell(0, 0);
        editor.removeCurrentRow();
        QCOMPARE(editor.labels().size(), 1);
        QVERIFY(editor.labels().contains(QStringLiteral("env")));
    }

    void savesToServer()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey key = rig.otherKey();
        LabelsDialog dlg(&rig.store, key.id);
        dlg.open();
        QSignalSpy saved(&dlg, &LabelsDialog::saved);
        dlg.editor()->setLabels({});
        dlg.editor()->addRow(QStringLiteral("team"), QStringLiteral("finance"));
        dlg.editor()->addRow(QStringLiteral("team"), QStringLiteral("ops"));
        QVERIFY(!dlg.acceptButton()->isEnabled());
        QVERIFY(dlg.problemLabel()->isVisible());
        dlg.editor()->table()->item(1, 0)->setText(QStringLiteral("cost-center"));
        QVERIFY(dlg.acceptButton()->isEnabled());
        QTest::mouseClick(dlg.acceptButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10'000));
        const QMap<QString, QString> expected{{QStringLiteral("team"), QStringLiteral("finance")},
                                              {QStringLiteral("cost-center"), QStringLiteral("ops")}};
        QCOMPARE(rig.store.key(key.id)->labels, expected);
        QVERIFY(!dlg.isVisible());
    }

    void failureKeepsTable()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey key = rig.otherKey();
        LabelsDialog dlg(&rig.store, key.id);
        dlg.show();
        dlg.editor()->addRow(QStringLiteral("owner"), QStringLiteral("ana"));
        rig.sim.setErrorRate(1.0);
        dlg.trySubmit();
        QTRY_VERIFY_WITH_TIMEOUT(!dlg.isBusy(), 15'000);
        QVERIFY(dlg.isVisible());
        QVERIFY(dlg.errorPanel()->isVisible());
        QCOMPARE(dlg.editor()->labels().value(QStringLiteral("owner")), QStringLiteral("ana"));
    }

    void expiredKeyRefused()
    {
        OfflineStore offline;
        LabelsDialog dlg(&offline.store, QStringLiteral("k3"));
        QVERIFY(dlg.isReadOnly());
        QVERIFY(dlg.readOnlyReason().contains(QStringLiteral("expired")));
        QVERIFY(!dlg.acceptButton()->isEnabled());
    }

    void readOnlyRefused()
    {
        OfflineStore offline(false);
        LabelsDialog dlg(&offline.store, QStringLiteral("k4"));
        QVERIFY(dlg.isReadOnly());
        QVERIFY(dlg.readOnlyReason().contains(QStringLiteral("can only read")));
        QCOMPARE(dlg.editor()->rowCount(), 2); // still shows what is there
        QVERIFY(!dlg.editor()->isEnabledTo(&dlg));
    }
};

QTEST_MAIN(tst_LabelsDialog)
#include "tst_labelsdialog.moc"
