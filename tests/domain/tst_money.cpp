#include "domain/money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_Money : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void parseNonNegative();
    void fromJson_data();
    void fromJson();
    void decimalString_data();
    void decimalString();
    void format_data();
    void format();
    void ratios();
    void limit();
};

void tst_Money::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("integer") << "50" << true << 50'000'000LL;
    QTest::newRow("two decimals") << "12.40" << true << 12'400'000LL;
    QTest::newRow("one micro") << "0.000001" << true << 1LL;
    QTest::newRow("leading point") << ".5" << true << 500'000LL;
    QTest::newRow("trailing point") << "5." << true << 5'000'000LL;
    QTest::newRow("negative") << "-5" << true << -5'000'000LL;
    QTest::newRow("plus") << "+7.25" << true << 7'250'000LL;
    QTest::newRow("exponent") << "1e3" << true << 1'000'000'000LL;
    QTest::newRow("negative exponent") << "1.5E-2" << true << 15'000LL;
    QTest::newRow("tiny exponent") << "1e-06" << true << 1LL;
    QTest::newRow("sub-micro rounds up") << "0.0000005" << true << 1LL;
    QTest::newRow("sub-micro rounds down") << "0.0000004" << true << 0LL;
    QTest::newRow("seven decimals") << "1.2345678" << true << 1'234'568LL;
    QTest::newRow("whitespace") << "  3.10 " << true << 3'100'000LL;
    QTest::newRow("many leading zeros") << "0000000000000000000000000001.5" << true << 1'500'000LL;
    QTest::newRow("max") << "1000000000" << true << Money::kMaxMicros;
    QTest::newRow("just over max") << "1000000000.000001" << false << 0LL;
    QTest::newRow("overflow") << "99999999999999999999999" << false << 0LL;
    QTest::newRow("huge exponent") << "1e400" << false << 0LL;
    QTest::newRow("zero huge exponent") << "0e400" << true << 0LL;
    QTest::newRow("empty") << "" << false << 0LL;
    QTest::newRow("sign only") << "-" << false << 0LL;
    QTest::newRow("point only") << "." << false << 0LL;
    QTest::newRow("two points") << "1.2.3" << false << 0LL;
    QTest::newRow("letters") << "12abc" << false << 0LL;
    QTest::newRow("comma") << "1,5" << false << 0LL;
    QTest::newRow("exponent without digits") << "1e" << false << 0LL;
    QTest::newRow("nan") << "NaN" << false << 0LL;
    QTest::newRow("inf") << "inf" << false << 0LL;
    QTest::newRow("arabic digits") << QString::fromUtf8("١٢") << false << 0LL;
}

void tst_Money::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, micros);
    QString error;
    const auto m = Money::parse(text, Money::Sign::AllowNegative, &error);
    QCOMPARE(m.has_value(), ok);
    if (ok)
        QCOMPARE(m->micros(), micros);
    else
        QVERIFY(!error.isEmpty());
}

void tst_Money::parseNonNegative()
{
    QString error;
    QVERIFY(!Money::parse(u"-5", Money::Sign::NonNegative, &error));
    QCOMPARE(error, QStringLiteral("negative"));
    QCOMPARE(Money::parse(u"-0.00", Money::Sign::NonNegative)->micros(), 0);
    QCOMPARE(Money::parse(u"5", Money::Sign::NonNegative)->micros(), 5'000'000);
}

void tst_Money::fromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("number") << QByteArray(R"({"v":12.4})") << true << 12'400'000LL;
    QTest::newRow("string") << QByteArray(R"({"v":"12.40"})") << true << 12'400'000LL;
    QTest::newRow("integer number") << QByteArray(R"({"v":50})") << true << 50'000'000LL;
    QTest::newRow("micro number") << QByteArray(R"({"v":0.000001})") << true << 1LL;
    QTest::newRow("0.1+0.2 style") << QByteArray(R"({"v":0.3})") << true << 300'000LL;
    QTest::newRow("large number") << QByteArray(R"({"v":123456789.123456})") << true << 123'456'789'123'456LL;
    QTest::newRow("exp number") << QByteArray(R"({"v":1e3})") << true << 1'000'000'000LL;
    QTest::newRow("bool") << QByteArray(R"({"v":true})") << false << 0LL;
    QTest::newRow("null") << QByteArray(R"({"v":null})") << false << 0LL;
    QTest::newRow("object") << QByteArray(R"({"v":{}})") << false << 0LL;
    QTest::newRow("array") << QByteArray(R"({"v":[1]})") << false << 0LL;
    QTest::newRow("huge") << QByteArray(R"({"v":1e300})") << false << 0LL;
    QTest::newRow("bad string") << QByteArray(R"({"v":"twelve"})") << false << 0LL;
}

void tst_Money::fromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(qint64, micros);
    const QJsonValue v = QJsonDocument::fromJson(json).object().value(QStringLiteral("v"));
    const auto m = Money::fromJson(v);
    QCOMPARE(m.has_value(), ok);
    if (ok)
        QCOMPARE(m->micros(), micros);
}

void tst_Money::decimalString_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0LL << "0.00";
    QTest::newRow("cents") << 12'400'000LL << "12.40";
    QTest::newRow("micro") << 1LL << "0.000001";
    QTest::newRow("whole") << 5'000'000LL << "5.00";
    QTest::newRow("negative") << -3'500'000LL << "-3.50";
    QTest::newRow("three decimals") << 1'234'500LL << "1.2345";
}

void tst_Money::decimalString()
{
    QFETCH(qint64, micros);
    QFETCH(QString, text);
    const Money m = Money::fromMicros(micros);
    QCOMPARE(m.toDecimalString(), text);
    QCOMPARE(Money::parse(text)->micros(), micros); // round trip
    QCOMPARE(Money::fromJson(m.toJsonNumber())->micros(), micros);
}

void tst_Money::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("text");
    QTest::newRow("en") << "en_US" << 1'234'500'000LL << "$1,234.50";
    QTest::newRow("en rounding half up") << "en_US" << 5'000LL << "$0.01";
    QTest::newRow("en negative") << "en_US" << -2'000'000LL << "($2.00)"; // CLDR accounting style
    QTest::newRow("de") << "de_DE" << 1'234'500'000LL << QString::fromUtf8("1.234,50\u00a0$");
    QTest::newRow("C falls back to en_US") << "C" << 1'234'500'000LL << "$1,234.50";
    QTest::newRow("fr") << "fr_FR" << 1'234'500'000LL << QString::fromUtf8("1\u202f234,50\u00a0$");
}

void tst_Money::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, micros);
    QFETCH(QString, text);
    QCOMPARE(Money::fromMicros(micros).format(QLocale(locale)), text);
}

void tst_Money::ratios()
{
    const Money limit = Money::fromDollars(50);
    QCOMPARE(Money::basisPoints(Money::fromDollars(40), limit), 8000);
    QCOMPARE(Money::basisPoints(Money::fromMicros(39'999'999), limit), 7999);
    QVERIFY(Money::reachesPercent(Money::fromDollars(40), limit, 80));
    QVERIFY(!Money::reachesPercent(Money::fromMicros(39'999'999), limit, 80));
    // No overflow at the extremes: $1e9 of a $1e9 limit is 100.00 %.
    QCOMPARE(Money::basisPoints(Money::fromMicros(Money::kMaxMicros), Money::fromMicros(Money::kMaxMicros)), 10000);
    QVERIFY(Money::reachesPercent(Money::fromMicros(Money::kMaxMicros), Money::fromMicros(Money::kMaxMicros), 100));
    QCOMPARE(Money::mulDiv(Money::fromMicros(10), 1, 3).micros(), 3);
    QCOMPARE(Money::mulDiv(Money::fromMicros(20), 1, 3).micros(), 7);
    QCOMPARE(Money::mulDiv(Money::fromMicros(-20), 1, 3).micros(), -7);
}

void tst_Money::limit()
{
    QVERIFY(Limit::fromApi(Money()).isUnlimited());
    const Limit l = Limit::fromApi(Money::fromDollars(50));
    QVERIFY(l.hasLimit());
    QCOMPARE(l.toApi(), Money::fromDollars(50));
    QCOMPARE(Limit::none().toApi(), Money());
    QCOMPARE(*l.headroom(Money::fromDollars(60)), Money::fromDollars(-10));
    QVERIFY(!Limit::none().headroom(Money::fromDollars(1)).has_value());
    QVERIFY(Limit::none() != l);
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
