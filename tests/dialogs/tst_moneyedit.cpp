// MoneyEdit: exact parsing of typed amounts in several locales, messages for bad input, the maximum,
// and that a programmatic value survives unchanged text exactly.
#include "dialogs/moneyedit.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

class tst_MoneyEdit : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros"); // -1 = rejected
        QTest::addColumn<QString>("messagePart");

        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        const QLocale fr(QLocale::French, QLocale::France);
        QTest::newRow("en plain") << en << QStringLiteral("1234.5") << 1'234'500'000LL << QString();
        QTest::newRow("en grouped") << en << QStringLiteral("1,234.50") << 1'234'500'000LL << QString();
        QTest::newRow("en dollar sign") << en << QStringLiteral("$ 20") << 20'000'000LL << QString();
        QTest::newRow("en cents only") << en << QStringLiteral(".05") << 50'000LL << QString();
        QTest::newRow("en zero") << en << QStringLiteral("0") << 0LL << QString();
        QTest::newRow("en negative") << en << QStringLiteral("-5") << -1LL << QStringLiteral("negative");
        QTest::newRow("en letters") << en << QStringLiteral("12abc") << -1LL << QStringLiteral("not an amount");
        QTest::newRow("en words") << en << QStringLiteral("ten") << -1LL << QStringLiteral("not an amount");
        QTest::newRow("en three decimals") << en << QStringLiteral("1.005") << -1LL << QStringLiteral("two decimals");
        QTest::newRow("en bad grouping") << en << QStringLiteral("1,23.00") << -1LL << QStringLiteral("not an amount");
        QTest::newRow("en over max") << en << QStringLiteral("1000000.01") << -1LL << QStringLiteral("largest");
        QTest::newRow("en at max") << en << QStringLiteral("1,000,000") << 1'000'000'000'000LL << QString();
        QTest::newRow("en huge") << en << QStringLiteral("99999999999999999999") << -1LL << QStringLiteral("largest");
        QTest::newRow("en empty") << en << QString() << -1LL << QStringLiteral("Enter an amount");
        QTest::newRow("en exponent") << en << QStringLiteral("1e3") << -1LL << QStringLiteral("not an amount");
        QTest::newRow("de grouped") << de << QStringLiteral("1.234,50") << 1'234'500'000LL << QString();
        QTest::newRow("de comma") << de << QStringLiteral("12,5") << 12'500'000LL << QString();
        QTest::newRow("de plain dot") << de << QStringLiteral("1234.5") << 1'234'500'000LL << QString();
        QTest::newRow("de thousands") << de << QStringLiteral("1.234") << 1'234'000'000LL << QString();
        // A German "1,234" is 1.234 with three decimals, never silently 1234.
        QTest::newRow("de three decimals") << de << QStringLiteral("1,234") << -1LL << QStringLiteral("two decimals");
        QTest::newRow("fr spaces") << fr << QStringLiteral("1 234,50") << 1'234'500'000LL << QString();
        QTest::newRow("fr narrow nbsp") << fr << QStringLiteral("1\u202F234,50") << 1'234'500'000LL << QString();
    }

    void parse()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        QFETCH(QString, messagePart);
        QString error;
        const std::optional<Money> m = MoneyEdit::parseInput(text, locale, MoneyEdit::defaultMaximum(), &error);
        if (micros < 0) {
            QVERIFY2(!m, qPrintable(text));
            QVERIFY2(error.contains(messagePart, Qt::CaseInsensitive), qPrintable(error));
        } else {
            QVERIFY2(m, qPrintable(error));
            QCOMPARE(m->micros(), micros);
        }
    }

    void formatRoundTrips_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany);
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France);
        QTest::newRow("ja") << QLocale(QLocale::Japanese, QLocale::Japan);
    }

    void formatRoundTrips()
    {
        QFETCH(QLocale, locale);
        for (const qint64 cents : {0LL, 5LL, 100LL, 123'456LL, 99'999'999LL}) {
            const Money m = Money::fromCents(cents);
            const QString text = MoneyEdit::formatInput(m, locale);
            const std::optional<Money> back = MoneyEdit::parseInput(text, locale, MoneyEdit::defaultMaximum());
            QVERIFY2(back, qPrintable(text));
            QCOMPARE(back->micros(), m.micros());
        }
    }

    void widgetShowsMessageAndValidity()
    {
        MoneyEdit edit;
        edit.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QSignalSpy validity(&edit, &MoneyEdit::validityChanged);
        QVERIFY(!edit.isValid());
        QVERIFY(edit.messageLabel()->isHidden()); // an untouched empty field is not an error yet

        QTest::keyClicks(edit.lineEdit(), QStringLiteral("12.5"));
        QVERIFY(edit.isValid());
        QCOMPARE(edit.value()->micros(), 12'500'000LL);
        QCOMPARE(validity.count(), 1);

        QTest::keyClicks(edit.lineEdit(), QStringLiteral("55")); // 12.555
        QVERIFY(!edit.isValid());
        QVERIFY(!edit.messageLabel()->isHidden());
        QVERIFY(edit.messageLabel()->text().contains(QStringLiteral("two decimals")));
        QCOMPARE(edit.lineEdit()->text(), QStringLiteral("12.555")); // what was typed stays
        QCOMPARE(validity.count(), 2);
    }

    void maximumIsAdjustable()
    {
        MoneyEdit edit;
        edit.setLocale(QLocale::c());
        edit.setMaximum(Money::fromDollars(100));
        edit.setText(QStringLiteral("100.01"));
        QVERIFY(!edit.isValid());
        QVERIFY(edit.errorText().contains(QStringLiteral("100.00")));
        edit.setText(QStringLiteral("100"));
        QVERIFY(edit.isValid());
    }

    void programmaticValueIsExact()
    {
        // A server limit with sub-cent digits is kept exactly while the user leaves the field alone.
        MoneyEdit edit;
        edit.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        edit.setValue(Money::fromMicros(10'005'000));
        QCOMPARE(edit.text(), QStringLiteral("10.005"));
        QVERIFY(edit.isValid());
        QCOMPARE(edit.value()->micros(), 10'005'000LL);
        edit.setText(QStringLiteral("10.0051"));
        QVERIFY(!edit.isValid());

        edit.setValue(Money::fromCents(123'450));
        QCOMPARE(edit.text(), QStringLiteral("1,234.50"));
        edit.setLocale(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(edit.text(), QStringLiteral("1.234,50"));
        QCOMPARE(edit.value()->micros(), 1'234'500'000LL);
    }
};

QTEST_MAIN(tst_MoneyEdit)
#include "tst_moneyedit.moc"
