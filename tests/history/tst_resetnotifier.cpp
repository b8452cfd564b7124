// The "monthly limits have reset" notice: once at the first observation in a new UTC month, never on
// the very first observation, never again after a restart, held back during quiet hours, silent when
// switched off. A fixed clock crosses the month boundary; a settings file survives the "restart".
#include "historyfixtures.h"

#include "history/resetnotifier.h"
#include "settings/appsettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fixtures;

class tst_ResetNotifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshIni() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_files)); }
    static const QTimeZone& berlin()
    {
        static const QTimeZone zone("Europe/Berlin");
        return zone;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        QVERIFY(berlin().isValid());
    }

    void firstObservationOnlyRemembersTheMonth()
    {
        AppSettings settings(freshIni());
        QVERIFY(settings.resetNotice()); // on by default
        QCOMPARE(settings.lastSeenMonth(), QString());
        FixedClock clock(utc(2026, 11, 24, 12, 0));
        ResetNotifier notifier(&settings, clock);
        QSignalSpy reset(&notifier, &ResetNotifier::limitsReset);
        QVERIFY(!notifier.observe());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(settings.lastSeenMonth(), QStringLiteral("2026-11"));
    }

    void onceAcrossTheMonthBoundaryAndNotAfterARestart()
    {
        const QString ini = freshIni();
        FixedClock clock(utc(2026, 11, 30, 23, 58));
        {
            AppSettings settings(ini);
            ResetNotifier notifier(&settings, clock);
            notifier.setTimeZone(berlin());
            QSignalSpy reset(&notifier, &ResetNotifier::limitsReset);
            QVERIFY(!notifier.observe());
            clock.advanceSecs(60); // 23:59: still November
            QVERIFY(!notifier.observe());
            clock.advanceSecs(90); // 1 Dec 00:00:30 UTC
            QVERIFY(notifier.observe());
            QCOMPARE(reset.count(), 1);
            QCOMPARE(reset.at(0).at(0).toString(), QStringLiteral("2026-12"));
            QCOMPARE(reset.at(0).at(1).toString(), QStringLiteral("Monthly limits have reset"));
            QCOMPARE(reset.at(0).at(2).toString(),
                     QStringLiteral("Spend counts from 1 Dec 00:00 UTC (01:00 your time)."));
            QCOMPARE(reset.at(0).at(3).toString(),
                     QStringLiteral("Monthly limits have reset — spend counts from 1 Dec 00:00 UTC (01:00 your time)"));
            // Later refreshes of the same month say nothing.
            clock.advanceSecs(3600);
            QVERIFY(!notifier.observe());
            QCOMPARE(reset.count(), 1);
            settings.sync();
        }
        // A restart in December: not repeated.
        AppSettings settings(ini);
        QCOMPARE(settings.lastSeenMonth(), QStringLiteral("2026-12"));
        ResetNotifier notifier(&settings, clock);
        notifier.setTimeZone(berlin());
        QSignalSpy reset(&notifier, &ResetNotifier::limitsReset);
        QVERIFY(!notifier.observe());
        QCOMPARE(reset.count(), 0);
        // January: the next one.
        clock.set(utc(2027, 1, 1, 0, 1));
        QVERIFY(notifier.observe());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(reset.at(0).at(2).toString(), QStringLiteral("Spend counts from 1 Jan 00:00 UTC (01:00 your time)."));
    }

    void aResetWhileClosedIsAnnouncedAtStart()
    {
        AppSettings settings(freshIni());
        settings.setLastSeenMonth(QStringLiteral("2026-10"));
        FixedClock clock(utc(2026, 12, 3, 9, 0)); // closed over two boundaries: one notice, for December
        ResetNotifier notifier(&settings, clock);
        notifier.setTimeZone(QTimeZone::utc());
        QSignalSpy reset(&notifier, &ResetNotifier::limitsReset);
        QVERIFY(notifier.observe());
        QVERIFY(!notifier.observe());
        QCOMPARE(reset.count(), 1);
        // In a UTC zone there is no "your time" part.
        QCOMPARE(reset.at(0).at(3).toString(),
                 QStringLiteral("Monthly limits have reset — spend counts from 1 Dec 00:00 UTC"));
    }

    void quietHoursHoldItBack()
    {
        const QString ini = freshIni();
        FixedClock clock(utc(2026, 12, 1, 0, 5));
        {
            AppSettings settings(ini);
            settings.setLastSeenMonth(QStringLiteral("2026-11"));
            ResetNotifier notifier(&settings, clock);
            QSignalSpy reset(&notifier, &ResetNotifier::limitsReset);
            QVERIFY(!notifier.observe(true));
            QCOMPARE(reset.count(), 0);
            QCOMPARE(settings.lastSeenMonth(), QStringLiteral("2026-11")); // still owed
            settings.sync();
        }
        // Restarted, still quiet; then the quiet hours end.
        AppSettings settings(ini);
        ResetNotifier notifier(&settings, clock);
        notifier.setTimeZone(berlin());
        QSignalSpy reset(&notifier, &ResetNotifier::limitsReset);
        QVERIFY(!notifier.observe(true));
        clock.advanceSecs(8 * 3600);
        QVERIFY(notifier.observe(false));
        QVERIFY(!notifier.observe(false));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(settings.lastSeenMonth(), QStringLiteral("2026-12"));
    }

    void switchedOffStaysSilentAndKeepsUp()
    {
        AppSettings settings(freshIni());
        settings.setResetNotice(false);
        settings.setLastSeenMonth(QStringLiteral("2026-11"));
        FixedClock clock(utc(2026, 12, 1, 6, 0));
        ResetNotifier notifier(&settings, clock);
        QSignalSpy reset(&notifier, &ResetNotifier::limitsReset);
        QVERIFY(!notifier.observe());
        QCOMPARE(settings.lastSeenMonth(), QStringLiteral("2026-12"));
        // Switched on later in December: nothing stale is announced.
        settings.setResetNotice(true);
        QVERIFY(!notifier.observe());
        QCOMPARE(reset.count(), 0);
    }

    void aClockSetBackFollowsQuietly()
    {
        AppSettings settings(freshIni());
        settings.setLastSeenMonth(QStringLiteral("2027-02"));
        FixedClock clock(utc(2026, 11, 20, 6, 0));
        ResetNotifier notifier(&settings, clock);
        QSignalSpy reset(&notifier, &ResetNotifier::limitsReset);
        QVERIFY(!notifier.observe());
        QCOMPARE(settings.lastSeenMonth(), QStringLiteral("2026-11"));
        clock.set(utc(2026, 12, 1, 6, 0));
        QVERIFY(notifier.observe());
        QCOMPARE(reset.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ResetNotifier)
#include "tst_resetnotifier.moc"
