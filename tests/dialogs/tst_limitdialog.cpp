// LimitDialog against an in-process simulator through a real ManagementApi and OrgStore: validation,
// confirmations through the seam, saving, failures that keep the input, conflicts with both choices,
// and read-only keys.
#include "dialogtestrig.h"

#include "dialogs/errorpanel.h"
#include "dialogs/limitdialog.h"
#include "dialogs/moneyedit.h"
#include "history/currencyrates.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

namespace {

const ApiKey* keyWithLimitAndSpend(const DialogTestRig& rig)
{
    return rig.findKey([](const ApiKey& k) {
        return k.limit.hasLimit() && k.spend > Money::fromDollars(1) && k.limit.amount() > k.spend;
    });
}

void setServerLimit(DialogTestRig& rig, const QString& id, Limit limit)
{
    // A second client changes the limit behind the dialog's back.
    QNetworkAccessManager nam;
    ManagementApi other(&nam);
    other.setBaseUrl(rig.sim.url());
    other.setApiKey(rig.sim.adminKey());
    bool done = false;
    bool ok = false;
    other.setKeyLimit(id, limit, &other, [&](const Result<Done>& r) {
        done = true;
        ok = r.ok();
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
    QVERIFY(ok);
}

} // namespace

class tst_LimitDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void saysWhenTheLimitResets()
    {
        // 24 Oct 2026 12:00 UTC; Europe/Berlin leaves summer time on 25 Oct, so the reset at 1 Nov
        // 00:00 UTC is 01:00 there (not 02:00) and 7 d 12 h away in elapsed time.
        Simulator::Options o = smallOrg();
        o.startTime = QDateTime(QDate(2026, 10, 24), QTime(12, 0), QTimeZone::utc());
        DialogTestRig rig(DialogTestRig::KeyKind::Admin, o);
        QVERIFY(rig.load());
        const ApiKey* key = keyWithLimitAndSpend(rig);
        QVERIFY(key);
        LimitDialog dlg(&rig.store, EntityRef::key(key->id));
        dlg.setTimeZone(QTimeZone("Europe/Berlin"));
        QCOMPARE(dlg.resetText(), QStringLiteral("resets in 7 d 12 h — 1 Nov 00:00 UTC, 01:00 your time"));
        // The spend shown is that of the current period, and says so.
        QCOMPARE(dlg.spendLabelText(), QStringLiteral("Spend this month (since 1 Oct 00:00 UTC):"));
    }

    void saysTheDollarAmountThatIsSent()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey* key = keyWithLimitAndSpend(rig);
        QVERIFY(key);
        CurrencyRates rates;
        QVERIFY(rates.setDisplayCurrency(QStringLiteral("EUR")));
        QVERIFY(rates.setRate(rig.store.currentPeriod().firstDay(), QStringLiteral("EUR"), 921'300));
        LimitDialog dlg(&rig.store, EntityRef::key(key->id));
        dlg.setCurrencyRates(&rates);
        dlg.moneyEdit()->lineEdit()->setText(QStringLiteral("1000"));
        const QString month = QLocale().toString(rig.store.currentPeriod().firstDay(), QStringLiteral("MMM yyyy"));
        QCOMPARE(
            dlg.sentText(),
            QStringLiteral("Sent to the API: $1,000.00 (US dollars). Shown as €921.30 at the %1 rate.").arg(month));
        dlg.noLimitBox()->setChecked(true);
        QCOMPARE(dlg.sentText(), QStringLiteral("Sent to the API: 0, which means no limit."));
        dlg.noLimitBox()->setChecked(false);
        dlg.setCurrencyRates(nullptr);
        QCOMPARE(dlg.sentText(), QStringLiteral("Sent to the API: $1,000.00 (US dollars)."));
    }

    void validatesInput()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey* key = keyWithLimitAndSpend(rig);
        QVERIFY(key);
        LimitDialog dlg(&rig.store, EntityRef::key(key->id));
        dlg.show();
        QVERIFY(!dlg.isReadOnly());
        QVERIFY(dlg.saveButton()->isEnabled()); // the current value is valid
        QCOMPARE(dlg.enteredLimit(), key->limit);

        const struct
        {
            const char* text;
            const char* message;
        } bad[] = {{"-5", "negative"},
                   {"abc", "not an amount"},
                   {"12.345", "two decimals"},
                   {"2000000", "largest amount"},
                   {"", "Enter an amount"}};
        for (const auto& b : bad) {
            dlg.moneyEdit()->lineEdit()->selectAll();
            QTest::keyClicks(dlg.moneyEdit()->lineEdit(), QString::fromLatin1(b.text));
            if (!*b.text)
                dlg.moneyEdit()->lineEdit()->clear();
            QVERIFY2(!dlg.saveButton()->isEnabled(), b.text);
            QVERIFY2(!dlg.enteredLimit(), b.text);
            QVERIFY2(dlg.moneyEdit()->messageLabel()->isVisible(), b.text);
            QVERIFY2(dlg.moneyEdit()->messageLabel()->text().contains(QString::fromLatin1(b.message)),
                     qPrintable(dlg.moneyEdit()->messageLabel()->text()));
        }
        // "No limit" makes any text irrelevant.
        dlg.noLimitBox()->setChecked(true);
        QVERIFY(dlg.saveButton()->isEnabled());
        QVERIFY(dlg.enteredLimit()->isUnlimited());
        QVERIFY(!dlg.moneyEdit()->isEnabled());
        QVERIFY(dlg.consequenceText().contains(QStringLiteral("No cap")));
        dlg.noLimitBox()->setChecked(false);

        dlg.moneyEdit()->setText(QStringLiteral("1,234.50"));
        QVERIFY(dlg.saveButton()->isEnabled());
        QCOMPARE(dlg.enteredLimit()->amount(), Money::fromCents(123'450));
    }

    void germanInput()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey* key = keyWithLimitAndSpend(rig);
        QVERIFY(key);
        LimitDialog dlg(&rig.store, EntityRef::key(key->id));
        dlg.setLocale(QLocale(QLocale::German, QLocale::Germany));
        dlg.moneyEdit()->setText(QStringLiteral("1.234,50"));
        QVERIFY(dlg.enteredLimit());
        QCOMPARE(dlg.enteredLimit()->amount().micros(), 1'234'500'000LL);
        dlg.moneyEdit()->setText(QStringLiteral("1,234"));
        QVERIFY(!dlg.enteredLimit()); // three decimals in German, not 1234
    }

    void confirmsBelowSpend()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey* key = keyWithLimitAndSpend(rig);
        QVERIFY(key);
        const QString id = key->id;
        const qint64 before = rig.sim.keyLimitMicros(id);
        const Money below = Money::fromCents(key->spend.micros() / 20'000); // about half the spend
        FakeConfirmer confirmer;
        confirmer.answer = false;
        LimitDialog dlg(&rig.store, EntityRef::key(id));
        dlg.setConfirmer(&confirmer);
        dlg.show();
        QSignalSpy saved(&dlg, &LimitDialog::saved);
        dlg.moneyEdit()->setText(MoneyEdit::formatInput(below, QLocale()));
        QVERIFY(dlg.consequenceText().contains(QStringLiteral("blocked at once")));
        dlg.save();
        QCOMPARE(confirmer.questions.size(), 1);
        QVERIFY(confirmer.questions.first().text.contains(key->spend.format(QLocale())));
        QVERIFY(!dlg.isBusy());
        QVERIFY(dlg.isVisible());
        QCOMPARE(rig.sim.keyLimitMicros(id), before); // "no" writes nothing

        confirmer.answer = true;
        dlg.save();
        QVERIFY(saved.wait(10'000));
        QCOMPARE(rig.sim.keyLimitMicros(id), below.micros());
        QCOMPARE(rig.store.key(id)->limit, Limit::of(below));
    }

    void confirmsTenfoldRaise()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey* key = keyWithLimitAndSpend(rig);
        QVERIFY(key);
        const QString id = key->id;
        const Money old = key->limit.amount();
        FakeConfirmer confirmer;
        confirmer.answer = false;
        LimitDialog dlg(&rig.store, EntityRef::key(id));
        dlg.setConfirmer(&confirmer);
        dlg.moneyEdit()->setText(MoneyEdit::formatInput(old * 10, QLocale()));
        dlg.save(); // exactly 10x: no question
        QCOMPARE(confirmer.questions.size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!dlg.isBusy(), 10'000);
        QCOMPARE(rig.sim.keyLimitMicros(id), (old * 10).micros());

        LimitDialog again(&rig.store, EntityRef::key(id));
        again.setConfirmer(&confirmer);
        const Money huge = old * 101; // > 10x the 10x value
        again.moneyEdit()->setText(MoneyEdit::formatInput(huge, QLocale()));
        if (!again.enteredLimit())
            QSKIP("limit of this key too large for the form's maximum");
        again.save();
        QCOMPARE(confirmer.questions.size(), 1);
        QVERIFY(confirmer.questions.first().title.contains(QStringLiteral("tenfold")));
        QCOMPARE(rig.sim.keyLimitMicros(id), (old * 10).micros());
    }

    void savesAndShowsTheNewValue()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey* key = keyWithLimitAndSpend(rig);
        QVERIFY(key);
        const QString id = key->id;
        const Money wanted = key->limit.amount() + Money::fromCents(1'234);
        LimitDialog dlg(&rig.store, EntityRef::key(id));
        FakeConfirmer confirmer;
        dlg.setConfirmer(&confirmer);
        dlg.open();
        QSignalSpy saved(&dlg, &LimitDialog::saved);
        QSignalSpy finished(&dlg, &QDialog::finished);
        dlg.moneyEdit()->lineEdit()->selectAll();
        QTest::keyClicks(dlg.moneyEdit()->lineEdit(), MoneyEdit::formatInput(wanted, QLocale()));
        QTest::mouseClick(dlg.saveButton(), Qt::LeftButton);
        QVERIFY(dlg.isBusy());
        QVERIFY(!dlg.saveButton()->isEnabled());
        QVERIFY(!dlg.moneyEdit()->isEnabled() || !dlg.moneyEdit()->isEnabledTo(&dlg));
        QVERIFY(saved.wait(10'000));
        QCOMPARE(saved.first().at(1).value<Limit>(), Limit::of(wanted));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
        QVERIFY(!dlg.isVisible());
        QCOMPARE(rig.sim.keyLimitMicros(id), wanted.micros());
        QCOMPARE(rig.store.key(id)->limit, Limit::of(wanted));
        QVERIFY(confirmer.questions.isEmpty());
    }

    void projectLimit()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        if (rig.store.projects().isEmpty())
            QSKIP("the simulator served no projects");
        const Project p = rig.store.projects().first();
        LimitDialog dlg(&rig.store, EntityRef::project(p.id));
        FakeConfirmer confirmer;
        dlg.setConfirmer(&confirmer);
        QSignalSpy saved(&dlg, &LimitDialog::saved);
        const Money wanted = p.spend + Money::fromDollars(250);
        dlg.noLimitBox()->setChecked(false);
        dlg.moneyEdit()->setText(MoneyEdit::formatInput(wanted, QLocale()));
        dlg.save();
        QVERIFY(saved.wait(10'000));
        QCOMPARE(rig.store.project(p.id)->limit, Limit::of(wanted));
    }

    void failedSaveKeepsInput_data()
    {
        QTest::addColumn<bool>("stopServer");
        QTest::newRow("server errors") << false;
        QTest::newRow("server gone") << true;
    }

    void failedSaveKeepsInput()
    {
        QFETCH(bool, stopServer);
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey* key = keyWithLimitAndSpend(rig);
        QVERIFY(key);
        const QString id = key->id;
        const qint64 before = rig.sim.keyLimitMicros(id);
        LimitDialog dlg(&rig.store, EntityRef::key(id));
        FakeConfirmer confirmer;
        dlg.setConfirmer(&confirmer);
        dlg.show();
        QSignalSpy saved(&dlg, &LimitDialog::saved);
        const QString typed = MoneyEdit::formatInput(key->limit.amount() + Money::fromCents(7'770), QLocale());
        dlg.moneyEdit()->setText(typed);
        if (stopServer)
            rig.api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1"))); // nothing listens there
        else
            rig.sim.setErrorRate(1.0);
        dlg.save();
        QTRY_VERIFY_WITH_TIMEOUT(!dlg.isBusy(), 15'000);
        QCOMPARE(saved.count(), 0);
        QVERIFY(dlg.isVisible());
        QVERIFY(dlg.errorPanel()->isVisible());
        QVERIFY(!dlg.errorPanel()->message().isEmpty());
        QVERIFY(!dlg.errorPanel()->details().isEmpty());
        QCOMPARE(dlg.moneyEdit()->text(), typed);
        QVERIFY(dlg.saveButton()->isEnabled()); // can try again
        if (!stopServer) {
            rig.sim.setErrorRate(0.0);
            QCOMPARE(rig.sim.keyLimitMicros(id), before);
            dlg.save(); // and it works once the server is back
            QVERIFY(saved.wait(10'000));
            QVERIFY(!dlg.errorPanel()->isVisible());
        }
    }

    void conflictKeepMine()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey* key = keyWithLimitAndSpend(rig);
        QVERIFY(key);
        const QString id = key->id;
        const Money theirs = key->limit.amount() + Money::fromDollars(100);
        const Money mine = key->limit.amount() + Money::fromDollars(50);
        LimitDialog dlg(&rig.store, EntityRef::key(id));
        FakeConfirmer confirmer;
        dlg.setConfirmer(&confirmer);
        dlg.show();
        QSignalSpy saved(&dlg, &LimitDialog::saved);
        dlg.moneyEdit()->setText(MoneyEdit::formatInput(mine, QLocale()));
        setServerLimit(rig, id, Limit::of(theirs));
        dlg.save();
        QTRY_VERIFY_WITH_TIMEOUT(dlg.isInConflict(), 10'000);
        QVERIFY(dlg.conflictPanel()->isVisible());
        const QString text = dlg.conflictText();
        QVERIFY2(text.contains(theirs.format(QLocale())), qPrintable(text));
        QVERIFY2(text.contains(mine.format(QLocale())), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("while you were editing")));
        QCOMPARE(rig.sim.keyLimitMicros(id), theirs.micros()); // nothing overwritten yet
        QVERIFY(!dlg.saveButton()->isEnabled());

        QTest::mouseClick(dlg.keepMineButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10'000));
        QCOMPARE(rig.sim.keyLimitMicros(id), mine.micros());
        QCOMPARE(dlg.seenLimit(), Limit::of(theirs));
    }

    void conflictTakeTheirs()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey* key = keyWithLimitAndSpend(rig);
        QVERIFY(key);
        const QString id = key->id;
        const Money theirs = key->limit.amount() + Money::fromDollars(100);
        LimitDialog dlg(&rig.store, EntityRef::key(id));
        FakeConfirmer confirmer;
        dlg.setConfirmer(&confirmer);
        dlg.show();
        QSignalSpy saved(&dlg, &LimitDialog::saved);
        QSignalSpy finished(&dlg, &QDialog::finished);
        dlg.moneyEdit()->setText(MoneyEdit::formatInput(key->limit.amount() + Money::fromDollars(50), QLocale()));
        setServerLimit(rig, id, Limit::of(theirs));
        dlg.save();
        QTRY_VERIFY_WITH_TIMEOUT(dlg.isInConflict(), 10'000);
        QSignalSpy refreshed(&rig.store, &OrgStore::refreshFinished);
        QTest::mouseClick(dlg.takeServerButton(), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toInt(), int(QDialog::Rejected));
        QCOMPARE(saved.count(), 0);
        QCOMPARE(rig.sim.keyLimitMicros(id), theirs.micros());
        QVERIFY(refreshed.wait(10'000)); // the pages catch up with the server's value
        QCOMPARE(rig.store.key(id)->limit, Limit::of(theirs));
    }

    void readOnlyKeyRefuses()
    {
        DialogTestRig rig(DialogTestRig::KeyKind::Read);
        QVERIFY(rig.load());
        QVERIFY(!rig.store.capabilities().canEdit());
        const ApiKey* key = keyWithLimitAndSpend(rig);
        QVERIFY(key);
        LimitDialog dlg(&rig.store, EntityRef::key(key->id));
        dlg.show();
        QVERIFY(dlg.isReadOnly());
        QVERIFY(!dlg.saveButton()->isEnabled());
        QVERIFY(!dlg.moneyEdit()->isEnabledTo(&dlg));
        auto* message = dlg.findChild<QLabel*>(QStringLiteral("readOnlyMessage"));
        QVERIFY(message && message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("can only read")));
        const qint64 before = rig.sim.keyLimitMicros(key->id);
        dlg.save(); // refused even when called directly
        QVERIFY(!dlg.isBusy());
        QCOMPARE(rig.sim.keyLimitMicros(key->id), before);
    }

    void consequenceAtCurrentBurn()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey* key = keyWithLimitAndSpend(rig);
        QVERIFY(key);
        LimitDialog dlg(&rig.store, EntityRef::key(key->id));
        const Forecast f = rig.store.forecast(EntityRef::key(key->id));
        // Whole cents just above the spend (the spend itself may carry sub-cent digits).
        const Money justAbove = Money::fromCents(key->spend.micros() / 10'000 + 1);
        dlg.moneyEdit()->setText(MoneyEdit::formatInput(justAbove, QLocale()));
        QVERIFY(dlg.enteredLimit());
        const QString soon = dlg.consequenceText();
        if (f.dailyBurn.micros() > 0) {
            QVERIFY2(soon.contains(QStringLiteral("lasts until")) || soon.contains(QStringLiteral("whole month")),
                     qPrintable(soon + QStringLiteral(" burn ") + f.dailyBurn.toDecimalString()));
            QVERIFY(soon.contains(f.dailyBurn.format(QLocale())));
        } else {
            QVERIFY(soon.contains(QStringLiteral("whole month")));
        }
        dlg.moneyEdit()->setText(QStringLiteral("1,000,000"));
        QVERIFY(dlg.consequenceText().contains(QStringLiteral("whole month")));
    }
};

QTEST_MAIN(tst_LimitDialog)
#include "tst_limitdialog.moc"
