#include "historyfixtures.h"

#include "history/resetinfo.h"

#include <QTest>

using namespace fixtures;

class tst_ResetInfo : public QObject
{
    Q_OBJECT
private slots:
    void acrossZonesAndDst_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("month");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("until");
        QTest::addColumn<QString>("utcText");
        QTest::addColumn<QString>("localText");

        // Berlin leaves summer time on 25 Oct 2026: the November reset is 01:00 CET, October's 02:00 CEST.
        QTest::newRow("Berlin, reset after the DST end")
            << QByteArray("Europe/Berlin") << QStringLiteral("2026-10") << utc(2026, 10, 24, 12, 0)
            << QStringLiteral("7 d 12 h") << QStringLiteral("1 Nov 00:00 UTC") << QStringLiteral("01:00 your time");
        QTest::newRow("Berlin, summer time")
            << QByteArray("Europe/Berlin") << QStringLiteral("2026-09") << utc(2026, 9, 29, 23, 15)
            << QStringLiteral("1 d 0 h") << QStringLiteral("1 Oct 00:00 UTC") << QStringLiteral("02:00 your time");
        // New York: the November reset is still 31 Oct local (EDT ends on 1 Nov 2026 at 02:00 local).
        QTest::newRow("New York, previous local day")
            << QByteArray("America/New_York") << QStringLiteral("2026-10") << utc(2026, 10, 31, 12, 0)
            << QStringLiteral("12 h 0 min") << QStringLiteral("1 Nov 00:00 UTC")
            << QStringLiteral("Sat 31 Oct 20:00 your time");
        // From 00:00 EDT on 1 Nov to 19:00 EST on 30 Nov: 29 d 20 h really pass (the wall clock says 19 h).
        QTest::newRow("New York, across the DST end")
            << QByteArray("America/New_York") << QStringLiteral("2026-11") << utc(2026, 11, 1, 4, 0)
            << QStringLiteral("29 d 20 h") << QStringLiteral("1 Dec 00:00 UTC")
            << QStringLiteral("Mon 30 Nov 19:00 your time");
        // Sydney: daylight time until 5 Apr 2026 (UTC+11), then standard (UTC+10); again from 4 Oct.
        QTest::newRow("Sydney, daylight time")
            << QByteArray("Australia/Sydney") << QStringLiteral("2026-03") << utc(2026, 3, 31, 10, 30)
            << QStringLiteral("13 h 30 min") << QStringLiteral("1 Apr 00:00 UTC") << QStringLiteral("11:00 your time");
        QTest::newRow("Sydney, standard time")
            << QByteArray("Australia/Sydney") << QStringLiteral("2026-04") << utc(2026, 4, 2, 0, 0)
            << QStringLiteral("29 d 0 h") << QStringLiteral("1 May 00:00 UTC") << QStringLiteral("10:00 your time");
        QTest::newRow("Sydney, DST starts before the reset")
            << QByteArray("Australia/Sydney") << QStringLiteral("2026-10") << utc(2026, 10, 3, 0, 0)
            << QStringLiteral("29 d 0 h") << QStringLiteral("1 Nov 00:00 UTC") << QStringLiteral("11:00 your time");
        // Year rollover.
        QTest::newRow("New Year") << QByteArray("Asia/Tokyo") << QStringLiteral("2026-12") << utc(2026, 12, 31, 0, 0)
                                  << QStringLiteral("1 d 0 h") << QStringLiteral("1 Jan 00:00 UTC")
                                  << QStringLiteral("09:00 your time");
        QTest::newRow("last minute") << QByteArray("UTC") << QStringLiteral("2026-11") << utc(2026, 11, 30, 23, 59)
                                     << QStringLiteral("1 min") << QStringLiteral("1 Dec 00:00 UTC")
                                     << QStringLiteral("00:00 your time");
        QTest::newRow("leap February") << QByteArray("America/Los_Angeles") << QStringLiteral("2028-02")
                                       << utc(2028, 2, 28, 22, 0) << QStringLiteral("1 d 2 h")
                                       << QStringLiteral("1 Mar 00:00 UTC")
                                       << QStringLiteral("Tue 29 Feb 16:00 your time");
    }
    void acrossZonesAndDst()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, month);
        QFETCH(QDateTime, now);
        QFETCH(QString, until);
        QFETCH(QString, utcText);
        QFETCH(QString, localText);
        const QTimeZone tz(zone);
        QVERIFY2(tz.isValid(), zone.constData());

        const ResetInfo info(Period::fromIsoMonth(month), now, tz, QLocale::c());
        QCOMPARE(info.timeUntilText(), until);
        QCOMPARE(info.resetsInText(), QStringLiteral("resets in ") + until);
        QCOMPARE(info.resetUtcText(), utcText);
        QCOMPARE(info.resetLocalText(), localText);
        QCOMPARE(info.resetUtc(), Period::fromIsoMonth(month).endUtc());
        QCOMPARE(info.resetLocal().toUTC(), info.resetUtc());
    }

    void lastSecondsAndAfterTheReset()
    {
        const Period november = Period::ofMonth(2026, 11);
        const QDateTime last(QDate(2026, 11, 30), QTime(23, 59, 30), QTimeZone::utc());
        const ResetInfo info(november, last, QTimeZone::utc(), QLocale::c());
        QCOMPARE(info.secondsUntilReset(), 30);
        QCOMPARE(info.timeUntilText(), QStringLiteral("less than a minute"));

        const ResetInfo after(november, utc(2026, 12, 1, 0, 5), QTimeZone::utc(), QLocale::c());
        QCOMPARE(after.secondsUntilReset(), 0);
        QCOMPARE(after.resetsInText(), QStringLiteral("reset on 1 Dec 00:00 UTC"));
        QCOMPARE(after.sentence(), QStringLiteral("Limits were reset on 1 Dec 00:00 UTC."));
    }

    void sentenceAndLabel()
    {
        const ResetInfo berlin(Period::ofMonth(2026, 11), utc(2026, 11, 24, 19, 30), QTimeZone("Europe/Berlin"),
                               QLocale::c());
        QCOMPARE(berlin.sentence(), QStringLiteral("Limits reset in 6 d 4 h, on 1 Dec 00:00 UTC (01:00 your time)."));
        QCOMPARE(berlin.sinceLabel(), QStringLiteral("Spend this month (since 1 Nov 00:00 UTC)"));

        const ResetInfo utcUser(Period::ofMonth(2026, 11), utc(2026, 11, 24, 19, 30), QTimeZone::utc(), QLocale::c());
        QVERIFY(utcUser.localIsUtc());
        QCOMPARE(utcUser.sentence(), QStringLiteral("Limits reset in 6 d 4 h, on 1 Dec 00:00 UTC."));

        // London is UTC in winter but not in summer: the local part appears only when it says something.
        const ResetInfo london(Period::ofMonth(2026, 7), utc(2026, 7, 20, 0, 0), QTimeZone("Europe/London"),
                               QLocale::c());
        QVERIFY(!london.localIsUtc());
        QVERIFY(london.sentence().contains(QLatin1String("(01:00 your time)")));

        const ResetInfo january(Period::ofMonth(2027, 1), utc(2027, 1, 2, 0, 0), QTimeZone::utc(), QLocale::c());
        QCOMPARE(january.sinceLabel(), QStringLiteral("Spend this month (since 1 Jan 00:00 UTC)"));
    }

    void localizedMonthNames()
    {
        const ResetInfo info(Period::ofMonth(2026, 11), utc(2026, 11, 24, 0, 0), QTimeZone::utc(),
                             QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(info.resetUtcText().startsWith(QLatin1String("1 Dez")), qPrintable(info.resetUtcText()));
    }
};

QTEST_GUILESS_MAIN(tst_ResetInfo)
#include "tst_resetinfo.moc"
