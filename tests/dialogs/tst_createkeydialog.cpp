// CreateKeyDialog: validation, creation against the simulator, the secret shown once and wiped on close,
// the clipboard cleared after the (shortened) delay only while it still holds the secret.
#include "dialogtestrig.h"

#include "dialogs/createkeydialog.h"
#include "dialogs/errorpanel.h"
#include "dialogs/labelseditor.h"
#include "dialogs/moneyedit.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace {

// Every text a widget of the dialog holds (line edits, labels, tables).
QStringList allTexts(const QWidget& root)
{
    QStringList out;
    for (const QLineEdit* e : root.findChildren<QLineEdit*>())
        out << e->text() << e->placeholderText();
    for (const QLabel* l : root.findChildren<QLabel*>())
        out << l->text();
    return out;
}

void fillValidForm(CreateKeyDialog& dlg, const QString& name)
{
    QTest::keyClicks(dlg.nameEdit(), name);
    QTest::keyClicks(dlg.limitEdit()->lineEdit(), QStringLiteral("25.50"));
}

} // namespace

class tst_CreateKeyDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void defaultsAndValidation()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        CreateKeyDialog dlg(&rig.store);
        dlg.show();
        QVERIFY(!dlg.isReadOnly());
        QCOMPARE(Access(dlg.completionsBox()->currentData().toInt()), Access::Write);
        QCOMPARE(Access(dlg.manageBox()->currentData().toInt()), Access::None);
        QVERIFY(!dlg.acceptButton()->isEnabled()); // no name yet
        QVERIFY(!dlg.problemLabel()->isVisible()); // but no scolding before typing

        QTest::keyClicks(dlg.nameEdit(), QStringLiteral("   "));
        QVERIFY(!dlg.acceptButton()->isEnabled());
        QVERIFY(dlg.problemLabel()->isVisible());
        QVERIFY(dlg.problem().contains(QStringLiteral("name")));

        dlg.nameEdit()->selectAll();
        QTest::keyClicks(dlg.nameEdit(), QString(101, u'x'));
        QVERIFY(dlg.problem().contains(QStringLiteral("too long")));
        dlg.nameEdit()->selectAll();
        QTest::keyClicks(dlg.nameEdit(), QStringLiteral("  ci-bot  "));
        QVERIFY(dlg.problem().contains(QStringLiteral("limit"))); // no limit chosen yet

        dlg.noLimitBox()->setChecked(true);
        QVERIFY2(dlg.problem().isEmpty(), qPrintable(dlg.problem()));
        QVERIFY(dlg.acceptButton()->isEnabled());
        QCOMPARE(dlg.request().name, QStringLiteral("ci-bot"));
        QVERIFY(dlg.request().limit.isUnlimited());

        dlg.noLimitBox()->setChecked(false);
        dlg.limitEdit()->setText(QStringLiteral("-3"));
        QVERIFY(!dlg.acceptButton()->isEnabled());
        dlg.limitEdit()->setText(QStringLiteral("1,000.25"));
        QVERIFY(dlg.acceptButton()->isEnabled());
        QCOMPARE(dlg.request().limit.amount(), Money::fromCents(100'025));

        dlg.labelsEditor()->addRow(QStringLiteral("team"), QStringLiteral("a"));
        dlg.labelsEditor()->addRow(QStringLiteral("team"), QStringLiteral("b"));
        QVERIFY(dlg.problem().contains(QStringLiteral("twice")));
        QVERIFY(!dlg.acceptButton()->isEnabled());
        dlg.labelsEditor()->table()->setCurrentCell(1, 0);
        dlg.labelsEditor()->removeCurrentRow();
        QVERIFY(dlg.problem().isEmpty());

        dlg.expiresBox()->setChecked(true);
        dlg.expiryEdit()->setDateTime(rig.clock.nowUtc().toLocalTime().addDays(-1));
        QVERIFY(dlg.problem().contains(QStringLiteral("future")));
        dlg.expiryEdit()->setDateTime(rig.clock.nowUtc().toLocalTime().addDays(10));
        QVERIFY(dlg.problem().isEmpty());
        QVERIFY(dlg.request().expiresAt.isValid());
    }

    void createsShowsSecretOnceAndWipesIt()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const int before = rig.sim.keyCount();
        auto* dlg = new CreateKeyDialog(&rig.store);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<CreateKeyDialog> guard(dlg);
        dlg->open();
        QSignalSpy created(dlg, &CreateKeyDialog::created);
        fillValidForm(*dlg, QStringLiteral("nightly-batch"));
        dlg->labelsEditor()->addRow(QStringLiteral("team"), QStringLiteral("data"));
        QTest::mouseClick(dlg->acceptButton(), Qt::LeftButton);
        QVERIFY(dlg->isBusy());
        QVERIFY(created.wait(10'000));
        QCOMPARE(rig.sim.keyCount(), before + 1);
        const QString id = created.first().at(0).toString();
        QCOMPARE(created.first().at(1).toString(), QStringLiteral("nightly-batch"));
        QVERIFY(dlg->isShowingSecret());
        const QString secret = dlg->secretField()->text();
        QVERIFY(!secret.isEmpty());
        QVERIFY(dlg->secretField()->isReadOnly());
        QVERIFY(dlg->secretField()->isVisible());
        QVERIFY(dlg->acceptButton()->isHidden()); // nothing can create twice
        QVERIFY(dlg->findChild<QLabel*>(QStringLiteral("secretWarning"))
                    ->text()
                    .contains(QStringLiteral("can't be shown again")));
        // The store knows the key, never the secret.
        QTRY_VERIFY_WITH_TIMEOUT(rig.store.key(id) != nullptr, 10'000);
        QCOMPARE(rig.store.key(id)->limit, Limit::of(Money::fromCents(2'550)));
        QCOMPARE(rig.sim.keyLimitMicros(id), Money::fromCents(2'550).micros());

        // Exactly one widget holds the secret while it is shown...
        int holders = 0;
        for (const QString& t : allTexts(*dlg))
            holders += t.contains(secret) ? 1 : 0;
        QCOMPARE(holders, 1);
        // ...and none once the dialog closes (before it is even deleted).
        dlg->close();
        QVERIFY(guard); // deleteLater pending
        for (const QString& t : allTexts(*dlg))
            QVERIFY(!t.contains(secret));
        QTRY_VERIFY(!guard);
    }

    void clipboardClearedAfterDelay()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        CreateKeyDialog dlg(&rig.store);
        dlg.setClipboardClearDelayMs(300);
        QSignalSpy created(&dlg, &CreateKeyDialog::created);
        QSignalSpy expired(&dlg, &CreateKeyDialog::clipboardExpired);
        fillValidForm(dlg, QStringLiteral("clip-one"));
        dlg.trySubmit();
        QVERIFY(created.wait(10'000));
        const QString secret = dlg.secretField()->text();
        QTest::mouseClick(dlg.copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), secret);
        dlg.done(QDialog::Accepted); // the guard outlives the dialog's secret field
        QCOMPARE(dlg.secretField()->text(), QString());
        QVERIFY(expired.wait(5'000));
        QCOMPARE(expired.first().first().toBool(), true);
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }

    void clipboardKeptWhenUserCopiedSomethingElse()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        CreateKeyDialog dlg(&rig.store);
        dlg.setClipboardClearDelayMs(300);
        QSignalSpy created(&dlg, &CreateKeyDialog::created);
        QSignalSpy expired(&dlg, &CreateKeyDialog::clipboardExpired);
        fillValidForm(dlg, QStringLiteral("clip-two"));
        dlg.trySubmit();
        QVERIFY(created.wait(10'000));
        dlg.copySecret();
        QApplication::clipboard()->setText(QStringLiteral("meeting notes"));
        QVERIFY(expired.wait(5'000));
        QCOMPARE(expired.first().first().toBool(), false);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("meeting notes"));
    }

    void failureKeepsForm()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const int before = rig.sim.keyCount();
        CreateKeyDialog dlg(&rig.store);
        dlg.show();
        QSignalSpy created(&dlg, &CreateKeyDialog::created);
        fillValidForm(dlg, QStringLiteral("will-fail"));
        rig.sim.setErrorRate(1.0);
        dlg.trySubmit();
        QTRY_VERIFY_WITH_TIMEOUT(!dlg.isBusy(), 15'000);
        QCOMPARE(created.count(), 0);
        QVERIFY(dlg.errorPanel()->isVisible());
        QVERIFY(!dlg.errorPanel()->message().isEmpty());
        QVERIFY(!dlg.isShowingSecret());
        QCOMPARE(dlg.nameEdit()->text(), QStringLiteral("will-fail"));
        QCOMPARE(dlg.limitEdit()->text(), QStringLiteral("25.50"));
        QCOMPARE(rig.sim.keyCount(), before);
        QVERIFY(dlg.acceptButton()->isEnabled());
    }

    void readOnlyRefuses()
    {
        DialogTestRig rig(DialogTestRig::KeyKind::Read);
        QVERIFY(rig.load());
        CreateKeyDialog dlg(&rig.store);
        dlg.show();
        QVERIFY(dlg.isReadOnly());
        QVERIFY(dlg.findChild<QLabel*>(QStringLiteral("readOnlyMessage"))->isVisible());
        fillValidForm(dlg, QStringLiteral("nope"));
        QVERIFY(!dlg.acceptButton()->isEnabled());
        const int before = rig.sim.keyCount();
        dlg.trySubmit();
        QVERIFY(!dlg.isBusy());
        QCOMPARE(rig.sim.keyCount(), before);
    }
};

QTEST_MAIN(tst_CreateKeyDialog)
#include "tst_createkeydialog.moc"
