#include "api/decoders.h"
#include "api/encoders.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

class tst_Encoders : public QObject
{
    Q_OBJECT
private slots:
    void limitIsExactDecimalText_data()
    {
        QTest::addColumn<Limit>("limit");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("dollars") << Limit::of(Money::fromDollars(50)) << QByteArray(R"({"monthly_limit":50.00})");
        QTest::newRow("cents") << Limit::of(Money::fromCents(1240)) << QByteArray(R"({"monthly_limit":12.40})");
        QTest::newRow("micro") << Limit::of(Money::fromMicros(1)) << QByteArray(R"({"monthly_limit":0.000001})");
        QTest::newRow("big") << Limit::of(Money::fromMicros(123'456'789'012'345))
                             << QByteArray(R"({"monthly_limit":123456789.012345})");
        QTest::newRow("none is zero") << Limit::none() << QByteArray(R"({"monthly_limit":0.00})");
    }
    void limitIsExactDecimalText()
    {
        QFETCH(Limit, limit);
        QFETCH(QByteArray, body);
        QCOMPARE(encodeLimitBody(limit), body);
        QVERIFY(QJsonDocument::fromJson(body).isObject());
    }

    void createKeyBody()
    {
        NewApiKey key;
        key.name = QStringLiteral("ci \"bot\" ✓\n");
        key.limit = Limit::of(Money::fromCents(2550));
        key.permissions = {Access::Read, Access::Write};
        const QByteArray body = encodeCreateKeyBody(key);
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), key.name);
        QVERIFY(body.contains(R"("monthly_limit":25.50)"));
        QCOMPARE(o.value(QStringLiteral("permissions")).toObject().value(QStringLiteral("manage")).toString(),
                 QStringLiteral("read"));
        QCOMPARE(o.value(QStringLiteral("permissions")).toObject().value(QStringLiteral("completions")).toString(),
                 QStringLiteral("write"));
    }

    void labelsBody()
    {
        QCOMPARE(encodeLabelsBody({}), QByteArray(R"({"labels":{}})"));
        const QByteArray body = encodeLabelsBody(
            {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("q\"uote"), QStringLiteral("a,b")}});
        const QJsonObject labels = QJsonDocument::fromJson(body).object().value(QStringLiteral("labels")).toObject();
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels.value(QStringLiteral("q\"uote")).toString(), QStringLiteral("a,b"));
    }

    void expiryBody()
    {
        QCOMPARE(encodeExpiryBody(QDateTime()), QByteArray(R"({"expires_at":null})"));
        const QDateTime local(QDate(2025, 12, 31), QTime(23, 59, 59), QTimeZone(3600));
        QCOMPARE(encodeExpiryBody(local), QByteArray(R"({"expires_at":"2025-12-31T22:59:59Z"})"));
        // What we write, we read back.
        QCOMPARE(parseTimestamp(QStringLiteral("2025-12-31T22:59:59Z")), local.toUTC());
    }
};

QTEST_GUILESS_MAIN(tst_Encoders)
#include "tst_encoders.moc"
