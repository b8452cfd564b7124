#include "historyfixtures.h"

#include "history/quiethours.h"

#include <QTest>

using namespace fixtures;

namespace {

QDateTime at(const char* zone, int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(zone));
}

} // namespace

class tst_QuietHours : public QObject
{
    Q_OBJECT
private slots:
    void isQuiet_data()
    {
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<QTime>("local");
        QTest::addColumn<bool>("quiet");
        const QTime night(22, 0), morning(7, 0);
        QTest::newRow("spanning: late evening") << night << morning << QTime(23, 30) << true;
        QTest::newRow("spanning: at the start") << night << morning << QTime(22, 0) << true;
        QTest::newRow("spanning: just before") << night << morning << QTime(21, 59) << false;
        QTest::newRow("spanning: midnight") << night << morning << QTime(0, 0) << true;
        QTest::newRow("spanning: early morning") << night << morning << QTime(6, 59) << true;
        QTest::newRow("spanning: at the end") << night << morning << QTime(7, 0) << false;
        QTest::newRow("spanning: noon") << night << morning << QTime(12, 0) << false;
        QTest::newRow("same day: inside") << QTime(13, 0) << QTime(14, 0) << QTime(13, 30) << true;
        QTest::newRow("same day: before") << QTime(13, 0) << QTime(14, 0) << QTime(12, 59) << false;
        QTest::newRow("same day: after") << QTime(13, 0) << QTime(14, 0) << QTime(14, 0) << false;
        QTest::newRow("disabled") << QTime(8, 0) << QTime(8, 0) << QTime(8, 0) << false;
    }
    void isQuiet()
    {
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(QTime, local);
        QFETCH(bool, quiet);
        const QuietHours q(start, end);
        const QTimeZone zone("Asia/Kolkata"); // UTC+5:30: the local time, not UTC, decides
        QCOMPARE(q.isQuiet(QDateTime(QDate(2026, 6, 10), local, zone), zone), quiet);
        QCOMPARE(q.isQuiet(QDateTime(QDate(2026, 6, 10), local, zone).toUTC(), zone), quiet);
    }

    void nextQuietEnd()
    {
        const QuietHours q(QTime(22, 0), QTime(7, 0));
        const QTimeZone zone("Europe/Berlin");
        // In force since yesterday evening: ends this morning.
        QCOMPARE(q.nextQuietEnd(at("Europe/Berlin", 2026, 6, 10, 3, 0), zone), at("Europe/Berlin", 2026, 6, 10, 7, 0));
        // In force since this evening: ends tomorrow morning.
        QCOMPARE(q.nextQuietEnd(at("Europe/Berlin", 2026, 6, 10, 23, 0), zone), at("Europe/Berlin", 2026, 6, 11, 7, 0));
        // Not in force: the end of the next window.
        QCOMPARE(q.nextQuietEnd(at("Europe/Berlin", 2026, 6, 10, 12, 0), zone), at("Europe/Berlin", 2026, 6, 11, 7, 0));
        QCOMPARE(q.nextQuietStart(at("Europe/Berlin", 2026, 6, 10, 12, 0), zone),
                 at("Europe/Berlin", 2026, 6, 10, 22, 0));

        const QuietHours lunch(QTime(13, 0), QTime(14, 0));
        QCOMPARE(lunch.nextQuietEnd(at("Europe/Berlin", 2026, 6, 10, 10, 0), zone),
                 at("Europe/Berlin", 2026, 6, 10, 14, 0));
        QCOMPARE(lunch.nextQuietEnd(at("Europe/Berlin", 2026, 6, 10, 15, 0), zone),
                 at("Europe/Berlin", 2026, 6, 11, 14, 0));
        QVERIFY(!QuietHours().nextQuietEnd(at("Europe/Berlin", 2026, 6, 10, 15, 0), zone).isValid());
    }

    void dstDays()
    {
        const QuietHours q(QTime(22, 0), QTime(7, 0));
        const QTimeZone zone("Europe/Berlin");
        // Spring forward (29 Mar 2026): the night is an hour shorter; 07:00 CEST is 05:00 UTC.
        const QDateTime spring = utc(2026, 3, 28, 22, 0); // 23:00 CET
        QVERIFY(q.isQuiet(spring, zone));
        QCOMPARE(q.nextQuietEnd(spring, zone), utc(2026, 3, 29, 5, 0));
        QCOMPARE(spring.secsTo(q.nextQuietEnd(spring, zone)), 7 * 3600);
        QVERIFY(q.isQuiet(utc(2026, 3, 29, 4, 59), zone)); // 06:59 CEST
        QVERIFY(!q.isQuiet(utc(2026, 3, 29, 5, 0), zone)); // 07:00 CEST
        // Fall back (25 Oct 2026): an hour longer; 07:00 CET is 06:00 UTC.
        const QDateTime fall = utc(2026, 10, 24, 21, 0); // 23:00 CEST
        QCOMPARE(q.nextQuietEnd(fall, zone), utc(2026, 10, 25, 6, 0));
        QCOMPARE(fall.secsTo(q.nextQuietEnd(fall, zone)), 9 * 3600);
        QVERIFY(q.isQuiet(utc(2026, 10, 25, 5, 30), zone)); // 06:30 CET

        // Quiet hours ending inside the skipped hour (02:30 does not exist on 29 Mar): they end at the jump.
        const QuietHours shortNight(QTime(23, 0), QTime(2, 30));
        QCOMPARE(shortNight.nextQuietEnd(utc(2026, 3, 28, 23, 0), zone), utc(2026, 3, 29, 1, 0)); // 03:00 CEST
        QVERIFY(!shortNight.isQuiet(utc(2026, 3, 29, 1, 0), zone));
        QVERIFY(shortNight.isQuiet(utc(2026, 3, 29, 0, 59), zone));
    }

    void firstInstantAt()
    {
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(QuietHours::firstInstantAt(QDate(2026, 6, 1), QTime(9, 0), berlin), utc(2026, 6, 1, 7, 0));
        QCOMPARE(QuietHours::firstInstantAt(QDate(2026, 3, 29), QTime(2, 15), berlin), utc(2026, 3, 29, 1, 0));
    }
};

QTEST_GUILESS_MAIN(tst_QuietHours)
#include "tst_quiethours.moc"
