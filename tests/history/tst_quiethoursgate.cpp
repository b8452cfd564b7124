// QuietHoursGate: alerts raised during quiet hours are held back (not shown) and announced as one
// summary when the quiet hours end; outside them they pass; snoozed ones never pop up.
#include "historyfixtures.h"

#include "history/quiethoursgate.h"

#include <QSignalSpy>
#include <QTest>

using namespace fixtures;

namespace {

Alert alert(const QString& id, const EntityRef& entity, int percent, bool suppressed = false)
{
    Alert a;
    a.id = id;
    a.entity = entity;
    a.kind = Alert::Kind::Threshold;
    a.thresholdPercent = percent;
    a.suppressed = suppressed;
    return a;
}

} // namespace

class TestQuietHoursGate : public QObject
{
    Q_OBJECT

private slots:
    void holdsAlertsAndSummarisesWhenQuietHoursEnd()
    {
        FixedClock clock(utc(2026, 11, 24, 21, 0)); // 22:00 in Berlin
        QuietHoursGate gate(clock);
        gate.setQuietHours(QuietHours(QTime(20, 0), QTime(8, 0)), QTimeZone("Europe/Berlin"));
        QVERIFY(gate.isQuietNow());
        QSignalSpy ended(&gate, &QuietHoursGate::quietHoursEnded);

        const QList<Alert> raised{alert(QStringLiteral("a1"), EntityRef::key(QStringLiteral("k1")), 80),
                                  alert(QStringLiteral("a2"), EntityRef::key(QStringLiteral("k2")), 80),
                                  alert(QStringLiteral("a3"), EntityRef::key(QStringLiteral("k3")), 100),
                                  alert(QStringLiteral("a4"), EntityRef::key(QStringLiteral("k4")), 90, true)};
        QVERIFY(gate.pass(raised).isEmpty()); // nothing pops up at night
        QCOMPARE(gate.pendingCount(), 3);     // the snoozed one is not collected either
        QVERIFY(gate.nextCheck().isValid());
        QVERIFY(gate.nextCheck() <= utc(2026, 11, 25, 7, 0)); // 08:00 Berlin at the latest

        // Still quiet at 07:59 Berlin: nothing yet.
        clock.set(utc(2026, 11, 25, 6, 59));
        gate.check();
        QCOMPARE(ended.count(), 0);
        // 08:00 Berlin: one summary of everything held back.
        clock.set(utc(2026, 11, 25, 7, 0));
        gate.check();
        QCOMPARE(ended.count(), 1);
        const QString summary = ended.first().at(0).toString();
        QVERIFY2(summary.contains(QStringLiteral("2 keys")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 key")), qPrintable(summary));
        QCOMPARE(ended.first().at(1).value<QList<Alert>>().size(), 3);
        QCOMPARE(gate.pendingCount(), 0);
        gate.check();
        QCOMPARE(ended.count(), 1); // once

        // Daytime: alerts pass straight through, snoozed ones still do not.
        const QList<Alert> shown = gate.pass(raised);
        QCOMPARE(shown.size(), 3);
        QCOMPARE(ended.count(), 1);
    }

    void switchingQuietHoursOffAnnouncesAtOnce()
    {
        FixedClock clock(utc(2026, 11, 24, 23, 0));
        QuietHoursGate gate(clock);
        gate.setQuietHours(QuietHours(QTime(22, 0), QTime(6, 0)), QTimeZone::utc());
        QVERIFY(gate.pass({alert(QStringLiteral("a1"), EntityRef::project(QStringLiteral("p1")), 100)}).isEmpty());
        QSignalSpy ended(&gate, &QuietHoursGate::quietHoursEnded);
        gate.setQuietHours(QuietHours());
        QCOMPARE(ended.count(), 1);
        QVERIFY(!ended.first().at(0).toString().isEmpty());
    }

    void noQuietHoursPassesEverythingShown()
    {
        FixedClock clock(utc(2026, 11, 24, 23, 0));
        QuietHoursGate gate(clock);
        QVERIFY(!gate.isQuietNow());
        QCOMPARE(gate.pass({alert(QStringLiteral("a1"), EntityRef::org(), 50)}).size(), 1);
        QCOMPARE(gate.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQuietHoursGate)
#include "tst_quiethoursgate.moc"
