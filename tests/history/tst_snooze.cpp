#include "historyfixtures.h"

#include "history/snooze.h"

#include <QTest>

using namespace fixtures;

class tst_Snooze : public QObject
{
    Q_OBJECT
private slots:
    void untilTomorrow_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("until");
        QTest::newRow("Berlin evening") << QByteArray("Europe/Berlin") << utc(2026, 6, 10, 20, 0)
                                        << utc(2026, 6, 10, 22, 0); // 00:00 CEST on the 11th
        QTest::newRow("Berlin after midnight")
            << QByteArray("Europe/Berlin") << utc(2026, 6, 10, 22, 30) << utc(2026, 6, 11, 22, 0);
        QTest::newRow("New York: UTC is already tomorrow")
            << QByteArray("America/New_York") << utc(2026, 6, 11, 2, 0) << utc(2026, 6, 11, 4, 0);
        // After the clocks went back (EST, UTC-5) local midnight is 05:00 UTC, not 04:00 as in summer.
        QTest::newRow("New York, DST end")
            << QByteArray("America/New_York") << utc(2026, 11, 1, 12, 0) << utc(2026, 11, 2, 5, 0);
        QTest::newRow("year end, Tokyo") << QByteArray("Asia/Tokyo") << utc(2026, 12, 31, 10, 0)
                                         << utc(2026, 12, 31, 15, 0);
    }
    void untilTomorrow()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, until);
        QCOMPARE(Snooze::untilTomorrow(now, QTimeZone(zone)), until);
    }

    void midnightThatDoesNotExist()
    {
        // Chile moves its clocks from 00:00 to 01:00 on 6 Sep 2026: tomorrow begins at 01:00 (-03).
        const QTimeZone santiago("America/Santiago");
        QVERIFY(santiago.isValid());
        const QDateTime now(QDate(2026, 9, 5), QTime(15, 0), santiago);
        const QDateTime until = Snooze::untilTomorrow(now, santiago);
        QCOMPARE(until.toTimeZone(santiago).date(), QDate(2026, 9, 6));
        QCOMPARE(until, utc(2026, 9, 6, 4, 0));
    }

    void untilReset()
    {
        QCOMPARE(Snooze::untilReset(utc(2026, 11, 16, 12, 0)), utc(2026, 12, 1, 0, 0));
        QCOMPARE(Snooze::untilReset(utc(2026, 12, 31, 23, 59)), utc(2027, 1, 1, 0, 0));
        // 30 Nov 20:00 in New York is already December in UTC: the reset is 1 January.
        QCOMPARE(Snooze::untilReset(QDateTime(QDate(2026, 11, 30), QTime(20, 0), QTimeZone("America/New_York"))),
                 utc(2027, 1, 1, 0, 0));
    }
};

QTEST_GUILESS_MAIN(tst_Snooze)
#include "tst_snooze.moc"
