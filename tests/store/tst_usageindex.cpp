// UsageIndex: one pass over grouped usage into per-key, per-project and org day arrays.
#include "testsnapshots.h"

#include "store/usageindex.h"

#include <QTest>

using namespace TestSnapshots;

class tst_UsageIndex : public QObject
{
    Q_OBJECT

private slots:
    void windowBounds()
    {
        const UsageIndex idx = UsageIndex::build(OrgSnapshot(), utc(2026, 3, 1, 0, 5));
        QCOMPARE(idx.period(), Period::ofMonth(2026, 3));
        QCOMPARE(idx.firstDay(), QDate(2026, 2, 22));
        QCOMPARE(idx.dayCount(), UsageIndex::kPreviousDays + 1);
        QCOMPARE(idx.window(EntityRef::org()).size(), idx.dayCount());
    }

    void keysAndProjectsSummed()
    {
        OrgSnapshot s;
        addUsage(s, QDate(2026, 11, 3), QStringLiteral("a"), cents(150), QStringLiteral("p"));
        addUsage(s, QDate(2026, 11, 3), QStringLiteral("b"), cents(250), QStringLiteral("p"));
        addUsage(s, QDate(2026, 11, 4), QStringLiteral("a"), cents(1));
        addUsage(s, QDate(2026, 12, 1), QStringLiteral("a"), dollars(99)); // after asOf: outside the window
        const UsageIndex idx = UsageIndex::build(s, utc(2026, 11, 4, 18));
        QCOMPARE(idx.dayCount(), 7 + 4);
        QCOMPARE(idx.indexedKeys(), 2);
        const QList<Money> a = idx.window(EntityRef::key(QStringLiteral("a")));
        QCOMPARE(a.at(7 + 2), cents(150));
        QCOMPARE(a.at(7 + 3), cents(1));
        QCOMPARE(idx.window(EntityRef::project(QStringLiteral("p"))).at(9), cents(400));
        QCOMPARE(idx.window(EntityRef::org()).at(9), cents(400));
        QCOMPARE(idx.window(EntityRef::org()).at(10), cents(1));
        Money total;
        for (Money m : idx.window(EntityRef::org()))
            total += m;
        QCOMPARE(total, cents(401));
    }

    void bucketKeysInOtherZonesAreUtcDays()
    {
        OrgSnapshot s;
        UsageBucket b;
        // 2026-11-02T00:00:00Z expressed as 01:00 at +01:00.
        b.start = QDateTime(QDate(2026, 11, 2), QTime(1, 0), QTimeZone(3600));
        UsageGroup g;
        g.values.insert(QStringLiteral("api_key_id"), QStringLiteral("a"));
        g.counters.spend = dollars(3);
        b.groups.append(g);
        s.dailyByKey.append(b);
        const UsageIndex idx = UsageIndex::build(s, utc(2026, 11, 5));
        QCOMPARE(idx.window(EntityRef::key(QStringLiteral("a"))).at(7 + 1), dollars(3));
    }

    void tenThousandKeys()
    {
        OrgSnapshot s;
        for (int day = 1; day <= 3; ++day) {
            UsageBucket b;
            b.start = QDateTime(QDate(2026, 11, day), QTime(0, 0), QTimeZone::utc());
            b.groups.reserve(10000);
            for (int k = 0; k < 10000; ++k) {
                UsageGroup g;
                g.values.insert(QStringLiteral("api_key_id"), QStringLiteral("k%1").arg(k));
                g.counters.spend = Money::fromMicros(k + day);
                b.groups.append(g);
            }
            s.dailyByKey.append(b);
        }
        const UsageIndex idx = UsageIndex::build(s, utc(2026, 11, 3));
        QCOMPARE(idx.indexedKeys(), 10000);
        QCOMPARE(idx.window(EntityRef::key(QStringLiteral("k9999"))).at(7 + 2), Money::fromMicros(9999 + 3));
    }
};

QTEST_GUILESS_MAIN(tst_UsageIndex)
#include "tst_usageindex.moc"
