// The limit form (LimitDialog) against a failing server: the store is filled from the simulator, then
// every request fails. Each test states its expectation in the comment at its top.
#include "reliabilitysupport.h"

#include "dialogs/confirmer.h"
#include "dialogs/editguard.h"
#include "dialogs/errorpanel.h"
#include "dialogs/limitdialog.h"
#include "dialogs/moneyedit.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

// Answers every confirmation with "go ahead" and counts the questions.
class YesConfirmer final : public Confirmer
{
public:
    int asked = 0;
    void ask(QWidget*, const Question&, Answer answer) override
    {
        ++asked;
        answer(true);
    }
};

} // namespace

class tst_LimitFormFaults : public QObject
{
    Q_OBJECT

private slots:
    void rejectedSaveKeepsWhatTheUserTyped_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("5xx") << QStringLiteral("error");
        QTest::newRow("dropped") << QStringLiteral("drop");
    }
    void rejectedSaveKeepsWhatTheUserTyped()
    {
        // Expectation: the user types a new limit and saves while the server fails every request (5xx, or
        // connections dropped): the form stays open with exactly the typed text, shows the error in plain
        // words (with technical details behind "Details") that promise no automatic retry, is usable again
        // (not busy, Save enabled), emits no saved(), and neither the server's nor the store's limit changed;
        // once the server is back, Save with the same text succeeds.
        QFETCH(QString, fault);
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(runRefresh(rig.store).value_or(false));
        QVERIFY(rig.store.capabilities().canEdit());
        QString id; // a key the form may edit (not expired, not a management key)
        for (const QString& candidate : rig.sim->keyIds().mid(5)) {
            if (EditGuard::keyReason(rig.store, candidate).isEmpty()) {
                id = candidate;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        const qint64 serverBefore = rig.sim->keyLimitMicros(id);
        const Limit storeBefore = rig.store.key(id)->limit;

        LimitDialog dialog(&rig.store, EntityRef::key(id));
        YesConfirmer yes;
        dialog.setConfirmer(&yes);
        dialog.setLocale(QLocale::c());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.isReadOnly());
        QSignalSpy saved(&dialog, &LimitDialog::saved);

        rig.api.setOptions(fastApiOptions(2));
        if (fault == QLatin1String("error"))
            rig.sim->setErrorRate(1.0);
        else
            rig.sim->setDropRate(1.0);

        const QString typed = QStringLiteral("4321.09");
        QLineEdit* edit = dialog.moneyEdit()->lineEdit();
        edit->selectAll();
        QTest::keyClicks(edit, typed);
        QCOMPARE(dialog.moneyEdit()->text(), typed);
        QVERIFY(dialog.saveButton()->isEnabled());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20'000);

        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted
        QCOMPARE(saved.size(), 0);
        QCOMPARE(edit->text(), typed);
        QCOMPARE(dialog.enteredLimit(), std::optional<Limit>(Limit::of(Money::fromCents(432109))));
        QVERIFY(!dialog.noLimitBox()->isChecked());
        QVERIFY(dialog.errorPanel()->isVisible());
        const QString message = dialog.errorPanel()->message();
        qInfo() << fault << "->" << message << "/" << dialog.errorPanel()->details();
        QVERIFY(!message.isEmpty());
        QVERIFY(!dialog.errorPanel()->details().isEmpty());
        QVERIFY(!message.contains(QStringLiteral("QNetworkReply")));
        QVERIFY(dialog.saveButton()->isEnabled()); // the user may try again
        // Nothing retries a rejected save by itself: the message must not promise it.
        QVERIFY2(!message.contains(QStringLiteral("retry")) && !message.contains(QStringLiteral("try again in")),
                 qPrintable(message));
        QCOMPARE(rig.sim->keyLimitMicros(id), serverBefore);
        QCOMPARE(rig.store.key(id)->limit, storeBefore);

        // Once the server is back, saving the same form succeeds and closes it.
        rig.sim->setErrorRate(0.0);
        rig.sim->setDropRate(0.0);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20'000);
        QCOMPARE(rig.sim->keyLimitMicros(id), Money::fromCents(432109).micros());
        QCOMPARE(rig.store.key(id)->limit, Limit::of(Money::fromCents(432109)));
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(tst_LimitFormFaults)
#include "tst_limitformfaults.moc"
