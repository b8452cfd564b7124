#include "domain/period.h"

#include <QTest>
#include <QTimeZone>

class tst_Period : public QObject
{
    Q_OBJECT
private slots:
    void boundariesAreUtc()
    {
        // 23:30 on 30 Nov in UTC-5 is already December in UTC.
        const QDateTime local(QDate(2026, 11, 30), QTime(23, 30), QTimeZone(-5 * 3600));
        const Period p = Period::containing(local);
        QCOMPARE(p.firstDay(), QDate(2026, 12, 1));
        QCOMPARE(p.startUtc(), QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(p.endUtc(), QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(p.daysInMonth(), 31);
        QVERIFY(p.contains(local));
        QVERIFY(!p.contains(p.endUtc()));
    }
    void february()
    {
        QCOMPARE(Period::ofMonth(2028, 2).daysInMonth(), 29);
        QCOMPARE(Period::ofMonth(2026, 2).lengthMs(), 28LL * 24 * 3600 * 1000);
        QCOMPARE(Period::ofMonth(2026, 1).previous().isoMonth(), QStringLiteral("2025-12"));
        QCOMPARE(Period::ofMonth(2026, 12).next().isoMonth(), QStringLiteral("2027-01"));
    }
    void isoMonth()
    {
        QCOMPARE(Period::fromIsoMonth(QStringLiteral("2026-11")).firstDay(), QDate(2026, 11, 1));
        QVERIFY(!Period::fromIsoMonth(QStringLiteral("2026-13")).isValid());
        QVERIFY(!Period::fromIsoMonth(QStringLiteral("2026-1")).isValid());
        QVERIFY(!Period::fromIsoMonth(QStringLiteral("garbage")).isValid());
    }
    void dayIndex()
    {
        const Period p = Period::ofMonth(2026, 11);
        QCOMPARE(p.dayIndex(QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc())), 1);
        QCOMPARE(p.dayIndex(QDateTime(QDate(2026, 11, 24), QTime(23, 59), QTimeZone::utc())), 24);
        QCOMPARE(p.dayIndex(QDateTime(QDate(2026, 12, 2), QTime(0, 0), QTimeZone::utc())), 30);
        QCOMPARE(p.elapsedMs(QDateTime(QDate(2026, 11, 2), QTime(0, 0), QTimeZone::utc())), 86'400'000LL);
    }
};

QTEST_GUILESS_MAIN(tst_Period)
#include "tst_period.moc"
