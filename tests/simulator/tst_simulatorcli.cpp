// The spendboard-sim executable: prints its URL and keys first, serves, stops on SIGTERM, rejects bad flags.
#include "simtestclient.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestSimulatorCli : public QObject
{
    Q_OBJECT
private slots:
    void printsUrlAndKeysThenServes();
    void rejectsBadFlags_data();
    void rejectsBadFlags();
};

void TestSimulatorCli::printsUrlAndKeysThenServes()
{
    QProcess process;
    process.setProgram(QStringLiteral(SPENDBOARD_SIM_EXE));
    process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--keys"), QStringLiteral("12"),
                          QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--admin-key"),
                          QStringLiteral("cli-admin"), QStringLiteral("--money"), QStringLiteral("strings"),
                          QStringLiteral("--start-time"), QStringLiteral("2026-11-17T12:00:00Z"),
                          QStringLiteral("--speed"), QStringLiteral("0")});
    process.start();
    QVERIFY(process.waitForStarted());
    QStringList lines;
    while (lines.size() < 3) {
        if (!process.canReadLine())
            QVERIFY2(process.waitForReadyRead(20000), "spendboard-sim printed nothing");
        while (process.canReadLine() && lines.size() < 3)
            lines << QString::fromUtf8(process.readLine()).trimmed();
    }
    const QRegularExpressionMatch url =
        QRegularExpression(QStringLiteral("^Listening on (http://127\\.0\\.0\\.1:(\\d+))$")).match(lines.at(0));
    QVERIFY2(url.hasMatch(), qPrintable(lines.at(0)));
    QVERIFY(url.captured(2).toInt() > 0);
    QCOMPARE(lines.at(1), QStringLiteral("Admin key: cli-admin"));
    QVERIFY2(QRegularExpression(QStringLiteral("^Read key: sim-read-[0-9a-f]{32}$")).match(lines.at(2)).hasMatch(),
             qPrintable(lines.at(2)));

    SimTestClient client{QUrl(url.captured(1))};
    const auto org = client.get(QStringLiteral("/v1/manage/org"), QStringLiteral("cli-admin"));
    QCOMPARE(org.status, 200);
    QVERIFY(org.object().value(QLatin1String("balance")).isString()); // --money strings
    const auto keys = client.get(QStringLiteral("/v1/manage/apikey"), lines.at(2).mid(10));
    QCOMPARE(keys.status, 200);
    QCOMPARE(keys.object().value(QLatin1String("keys")).toArray().size(), 12);

    process.terminate(); // SIGTERM: a clean exit
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSimulatorCli::rejectsBadFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("money") << QStringList{QStringLiteral("--money"), QStringLiteral("euros")};
    QTest::newRow("rate") << QStringList{QStringLiteral("--error-rate"), QStringLiteral("1.5")};
    QTest::newRow("start time") << QStringList{QStringLiteral("--start-time"), QStringLiteral("tomorrow")};
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
}

void TestSimulatorCli::rejectsBadFlags()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(QStringLiteral(SPENDBOARD_SIM_EXE), arguments);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("spendboard-sim:"));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestSimulatorCli)
#include "tst_simulatorcli.moc"
