#include "historyfixtures.h"

#include "history/currencyrates.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fixtures;

class tst_CurrencyRates : public QObject
{
    Q_OBJECT
private slots:
    void parseRate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("millionths"); // -1: rejected
        QTest::newRow("euro") << QStringLiteral("0.9213") << 921300LL;
        QTest::newRow("one") << QStringLiteral("1") << 1000000LL;
        QTest::newRow("yen") << QStringLiteral("161.2345") << 161234500LL;
        QTest::newRow("smallest") << QStringLiteral("0.000001") << 1LL;
        QTest::newRow("spaces") << QStringLiteral(" 1.5 ") << 1500000LL;
        QTest::newRow("leading point") << QStringLiteral(".5") << 500000LL;
        QTest::newRow("empty") << QString() << -1LL;
        QTest::newRow("garbage") << QStringLiteral("abc") << -1LL;
        QTest::newRow("negative") << QStringLiteral("-0.92") << -1LL;
        QTest::newRow("zero") << QStringLiteral("0.000") << -1LL;
        QTest::newRow("too precise") << QStringLiteral("0.9213456") << -1LL;
        QTest::newRow("exponent") << QStringLiteral("1e3") << -1LL;
        QTest::newRow("comma") << QStringLiteral("0,92") << -1LL;
        QTest::newRow("two points") << QStringLiteral("1.2.3") << -1LL;
        QTest::newRow("huge") << QStringLiteral("99999999999999") << -1LL;
    }
    void parseRate()
    {
        QFETCH(QString, text);
        QFETCH(qint64, millionths);
        QString error;
        const std::optional<qint64> rate = CurrencyRates::parseRate(text, &error);
        if (millionths < 0) {
            QVERIFY(!rate);
            QVERIFY(!error.isEmpty());
        } else {
            QVERIFY2(rate, qPrintable(error));
            QCOMPARE(*rate, millionths);
            QCOMPARE(*CurrencyRates::parseRate(CurrencyRates::formatRate(*rate)), *rate);
        }
    }

    void convertsExactlyToTheCent_data()
    {
        QTest::addColumn<QString>("usd");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("1000") << QStringLiteral("0.9213") << QStringLiteral("921.30");
        QTest::newRow("rounds down") << QStringLiteral("10.01") << QStringLiteral("0.9213") << QStringLiteral("9.22");
        QTest::newRow("half away from zero")
            << QStringLiteral("0.03") << QStringLiteral("0.5") << QStringLiteral("0.02");
        QTest::newRow("negative half") << QStringLiteral("-0.03") << QStringLiteral("0.5") << QStringLiteral("-0.02");
        // 0.1 + 0.2 style traps: 2.675 * 1 is 2.67499999... as a double.
        QTest::newRow("double trap") << QStringLiteral("2.675") << QStringLiteral("1") << QStringLiteral("2.68");
        QTest::newRow("micro amounts") << QStringLiteral("0.004999") << QStringLiteral("1") << QStringLiteral("0.00");
        QTest::newRow("large") << QStringLiteral("1234567.89") << QStringLiteral("161.2345")
                               << QStringLiteral("199054936.46");
    }
    void convertsExactlyToTheCent()
    {
        QFETCH(QString, usd);
        QFETCH(QString, rate);
        QFETCH(QString, expected);
        CurrencyRates rates;
        QVERIFY(rates.setDisplayCurrency(QStringLiteral("EUR")));
        QVERIFY(rates.setRate(QDate(2026, 11, 1), QStringLiteral("EUR"), *CurrencyRates::parseRate(rate)));
        const std::optional<Money> eur = rates.convert(*Money::parse(usd), Period::ofMonth(2026, 11));
        QVERIFY(eur);
        QCOMPARE(*eur, *Money::parse(expected));
    }

    void eachMonthKeepsItsOwnRate()
    {
        CurrencyRates rates;
        QVERIFY(rates.setDisplayCurrency(QStringLiteral("eur")));
        QCOMPARE(rates.displayCurrency(), QStringLiteral("EUR"));
        QCOMPARE(rates.symbol(), QStringLiteral("\u20ac"));
        QVERIFY(rates.setRate(QDate(2026, 11, 1), QStringLiteral("EUR"), 921300));
        const Money usd = dollars("918.52");
        const Period november = Period::ofMonth(2026, 11);
        QCOMPARE(*rates.convert(usd, november), dollars("846.23"));
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(rates.format(usd, november, german), QStringLiteral("846,23\u00a0\u20ac"));

        // December's rate arrives: November does not move.
        QVERIFY(rates.setRate(QDate(2026, 12, 1), QStringLiteral("EUR"), 950000));
        QCOMPARE(*rates.convert(usd, november), dollars("846.23"));
        QCOMPARE(*rates.convert(usd, Period::ofMonth(2026, 12)), dollars("872.59")); // 872.594
        // Months after the last rate use the last one.
        QCOMPARE(rates.rateFor(Period::ofMonth(2027, 3), QStringLiteral("EUR"))->date, QDate(2026, 12, 1));
        // A month before every rate uses the earliest, flagged.
        bool later = false;
        QCOMPARE(*rates.convert(usd, Period::ofMonth(2026, 10), &later), dollars("846.23"));
        QVERIFY(later);
        rates.convert(usd, november, &later);
        QVERIFY(!later);
        // A rate dated on the month's last day belongs to that month.
        QVERIFY(rates.setRate(QDate(2026, 11, 30), QStringLiteral("EUR"), 1000000));
        QCOMPARE(*rates.convert(usd, november), usd);
    }

    void usdAndMissingRatesShowDollars()
    {
        CurrencyRates rates;
        QVERIFY(rates.isUsd());
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(rates.format(dollars("12.5"), Period::ofMonth(2026, 11), us), QStringLiteral("$12.50"));
        QVERIFY(rates.setDisplayCurrency(QStringLiteral("GBP")));
        QVERIFY(!rates.convert(dollars("12.5"), Period::ofMonth(2026, 11)));
        QCOMPARE(rates.format(dollars("12.5"), Period::ofMonth(2026, 11), us), QStringLiteral("$12.50"));
        QVERIFY(!rates.setDisplayCurrency(QStringLiteral("EURO")));
        QCOMPARE(rates.displayCurrency(), QStringLiteral("GBP"));
    }

    void yenHasNoDecimals()
    {
        CurrencyRates rates;
        QVERIFY(rates.setDisplayCurrency(QStringLiteral("JPY")));
        QCOMPARE(rates.decimals(), 0);
        QVERIFY(rates.setRate(QDate(2026, 1, 1), QStringLiteral("JPY"), 150500000));         // 150.5
        QCOMPARE(*rates.convert(dollars("1.01"), Period::ofMonth(2026, 1)), dollars("152")); // 152.005
        QCOMPARE(*rates.convert(dollars("0.99"), Period::ofMonth(2026, 1)), dollars("149")); // 148.995
    }

    void importsCsv()
    {
        CurrencyRates rates;
        QStringList errors;
        int imported = 0;
        QVERIFY(rates.importCsv("\xef\xbb\xbf"
                                "date,currency,rate\r\n2026-11-01,EUR,0.9213\r\n\r\n2026-12-01,eur,\"0.95\"\r\n"
                                "2026-11-01,GBP,0.79\n",
                                &errors, &imported));
        QVERIFY(errors.isEmpty());
        QCOMPARE(imported, 3);
        QCOMPARE(rates.rates().size(), 3);
        QCOMPARE(rates.rateFor(Period::ofMonth(2026, 12), QStringLiteral("EUR"))->millionths, 950000);
    }

    void csvErrorsNameTheLine()
    {
        CurrencyRates rates;
        QVERIFY(rates.setRate(QDate(2026, 1, 1), QStringLiteral("EUR"), 900000));
        QStringList errors;
        const QByteArray csv = "date,currency,rate\n"
                               "2026-11-01,EUR,0.9213\n"
                               "2026-13-01,EUR,0.92\n"
                               "2026-11-01,GBP,-1\n"
                               "garbage\n"
                               "2026-11-01,EURO,1\n"
                               "2026-11-01,USD,0\n"
                               "2026-11-01,EUR,0.93\n"
                               "2026-11-01,JPY,abc\n";
        QVERIFY(!rates.importCsv(csv, &errors));
        QCOMPARE(errors.size(), 7);
        QVERIFY2(errors.at(0).startsWith(QLatin1String("line 3: ")) && errors.at(0).contains(QLatin1String("date")),
                 qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).startsWith(QLatin1String("line 4: ")) && errors.at(1).contains(QLatin1String("positive")),
                 qPrintable(errors.at(1)));
        QVERIFY(errors.at(2).startsWith(QLatin1String("line 5: ")));
        QVERIFY(errors.at(3).startsWith(QLatin1String("line 6: ")));
        QVERIFY(errors.at(4).startsWith(QLatin1String("line 7: ")));
        QVERIFY2(errors.at(5).startsWith(QLatin1String("line 8: ")) && errors.at(5).contains(QLatin1String("line 2")),
                 qPrintable(errors.at(5)));
        QVERIFY(errors.at(6).startsWith(QLatin1String("line 9: ")));
        // All or nothing: the good line 2 was not imported either.
        QCOMPARE(rates.rates().size(), 1);

        QVERIFY(!rates.importCsv(QByteArray("\x00\xff\xfe garbage", 11), &errors));
        QVERIFY(!errors.isEmpty());
        QVERIFY(!rates.importCsv("date,currency,rate\n", &errors));
        QVERIFY(!errors.isEmpty());
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("currency.json"));
        CurrencyRates rates;
        QVERIFY(rates.setDisplayCurrency(QStringLiteral("CHF"), QStringLiteral("Fr."), 2));
        QVERIFY(rates.setRate(QDate(2026, 10, 1), QStringLiteral("CHF"), 881234));
        QVERIFY(rates.setRate(QDate(2026, 11, 1), QStringLiteral("CHF"), 1));
        QVERIFY(rates.setRate(QDate(2026, 11, 1), QStringLiteral("JPY"), 161234500));
        QString error;
        QVERIFY2(rates.save(path, &error), qPrintable(error));

        CurrencyRates loaded;
        QVERIFY2(loaded.load(path, &error), qPrintable(error));
        QVERIFY(loaded == rates);
        QCOMPARE(loaded.symbol(), QStringLiteral("Fr."));
        QCOMPARE(loaded.rates(), rates.rates());

        // A damaged file is an error, and what was loaded before stays.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\":1,\"display\":{\"code\":\"CHF\"},\"rates\":[{\"date\":\"x\",\"currency\":\"CHF\","
                   "\"rate\":\"1\"}]}");
        file.close();
        QVERIFY(!loaded.load(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(loaded == rates);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not json");
        file.close();
        QVERIFY(!loaded.load(path, &error));
        QVERIFY(!loaded.load(dir.filePath(QStringLiteral("missing.json")), &error));
    }
};

QTEST_GUILESS_MAIN(tst_CurrencyRates)
#include "tst_currencyrates.moc"
