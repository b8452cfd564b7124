#include "api/usagequery.h"

#include <QTest>
#include <QTimeZone>

class tst_UsageQuery : public QObject
{
    Q_OBJECT
private slots:
    void queryString()
    {
        UsageQuery q;
        q.start = QDateTime(QDate(2026, 8, 1), QTime(0, 0), QTimeZone::utc());
        q.end = QDateTime(QDate(2026, 8, 31), QTime(23, 30, 15, 999), QTimeZone(7200)); // converted to UTC
        q.resolution = Resolution::Day;
        q.groupBy = {QStringLiteral("api_key_id"), QStringLiteral("model_used"), QStringLiteral("extra.team&x")};
        QCOMPARE(q.toUrlQuery().toString(QUrl::FullyEncoded),
                 QStringLiteral("start=2026-08-01T00:00:00Z&end=2026-08-31T21:30:15Z&resolution=day"
                                "&group_by=api_key_id&group_by=model_used&group_by=extra.team%26x"));
        QVERIFY(q.validate().isEmpty());
    }

    void resolutions()
    {
        QCOMPARE(UsageQuery::resolutionToApi(Resolution::Hour), QStringLiteral("hour"));
        QCOMPARE(UsageQuery::resolutionToApi(Resolution::Day), QStringLiteral("day"));
        QCOMPARE(UsageQuery::resolutionToApi(Resolution::Month), QStringLiteral("month"));
        UsageQuery q;
        q.start = QDateTime(QDate(2026, 8, 1), QTime(0, 0), QTimeZone::utc());
        QCOMPARE(q.toUrlQuery().toString(QUrl::FullyEncoded),
                 QStringLiteral("start=2026-08-01T00:00:00Z&resolution=day")); // end omitted: server default
    }

    void validation_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("end");
        QTest::addColumn<QString>("problem");
        const QDateTime s(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        QTest::newRow("ok") << s << s.addDays(100) << QString();
        QTest::newRow("no start") << QDateTime() << s << QStringLiteral("start is missing");
        QTest::newRow("end before") << s << s.addSecs(-1) << QStringLiteral("end is not after start");
        QTest::newRow("end equal") << s << s << QStringLiteral("end is not after start");
        QTest::newRow("too long") << s << s.addDays(100).addSecs(1)
                                  << QStringLiteral("the range is longer than 100 days");
    }
    void validation()
    {
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, end);
        QFETCH(QString, problem);
        UsageQuery q;
        q.start = start;
        q.end = end;
        QCOMPARE(q.validate(), problem);
    }
};

QTEST_GUILESS_MAIN(tst_UsageQuery)
#include "tst_usagequery.moc"
