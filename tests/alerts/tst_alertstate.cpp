#include "alertfixtures.h"

#include "alerts/alertstate.h"
#include "alerts/thresholdmonitor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fixtures;

namespace {

Alert sampleAlert(const QString& id)
{
    Alert a;
    a.id = id;
    a.time = nov(10, 9, 15);
    a.entity = EntityRef::key(QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a"));
    a.entityName = QStringLiteral("billing-bot, \"prod\" ✓");
    a.kind = Alert::Kind::Threshold;
    a.thresholdPercent = 80;
    a.spend = usd("402.100001");
    a.limit = usd("500");
    a.forecastDate = QDate(2026, 11, 27);
    a.severity = Alert::Severity::Warning;
    a.message = QStringLiteral("Key billing-bot reached 80 %");
    a.acknowledged = true;
    a.suppressed = true;
    return a;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray validFile()
{
    AlertState s;
    s.markFired({QStringLiteral("key:a"), Alert::Kind::Threshold, 80, QStringLiteral("2026-11"), usd("100")});
    return QJsonDocument(s.toJson()).toJson();
}

} // namespace

class tst_AlertState : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        AlertState s;
        s.setPath(dir.filePath(QStringLiteral("profile/alerts.json")));
        s.markFired({QStringLiteral("key:a"), Alert::Kind::Threshold, 80, QStringLiteral("2026-11"), usd("500")});
        s.markFired(
            {QStringLiteral("project:p"), Alert::Kind::Forecast, 100, QStringLiteral("2026-11"), usd("1234.567891")});
        s.markFired({QStringLiteral("org"), Alert::Kind::Balance, 0, QStringLiteral("2026-11"), usd("100")});
        s.setSnooze(QStringLiteral("key:a"), nov(10, 16));
        s.setMuted(QStringLiteral("key:b"), true);
        s.setPausedUntil(nov(11, 8));
        s.appendHistory({sampleAlert(QStringLiteral("1")), sampleAlert(QStringLiteral("2"))});
        QVERIFY(s.save());

        AlertState t;
        t.setPath(s.path());
        QString warning;
        QVERIFY(t.load(&warning));
        QVERIFY(warning.isEmpty());
        QVERIFY(t.isFired(QStringLiteral("key:a"), Alert::Kind::Threshold, 80, QStringLiteral("2026-11")));
        QVERIFY(!t.isFired(QStringLiteral("key:a"), Alert::Kind::Threshold, 80, QStringLiteral("2026-12")));
        QVERIFY(!t.isFired(QStringLiteral("key:a"), Alert::Kind::Threshold, 90, QStringLiteral("2026-11")));
        const AlertState::Fired* f = t.fired(QStringLiteral("project:p"), Alert::Kind::Forecast, 100);
        QVERIFY(f);
        QCOMPARE(f->limit, usd("1234.567891"));
        QVERIFY(t.isFired(QStringLiteral("org"), Alert::Kind::Balance, 0, QStringLiteral("2026-11")));
        QCOMPARE(t.firedEntries().size(), 3);
        QCOMPARE(t.snoozedUntil(QStringLiteral("key:a")), nov(10, 16));
        QVERIFY(t.isSnoozed(QStringLiteral("key:a"), nov(10, 15)));
        QVERIFY(!t.isSnoozed(QStringLiteral("key:a"), nov(10, 16)));
        QVERIFY(t.isMuted(QStringLiteral("key:b")));
        QVERIFY(!t.isMuted(QStringLiteral("key:a")));
        QCOMPARE(t.pausedUntil(), nov(11, 8));
        QCOMPARE(t.history().size(), 2);
        QCOMPARE(t.history().at(0), sampleAlert(QStringLiteral("1")));
        QCOMPARE(t.history().at(1), sampleAlert(QStringLiteral("2")));
    }

    void missingFileIsEmptyWithoutWarning()
    {
        QTemporaryDir dir;
        AlertState s;
        s.setPath(dir.filePath(QStringLiteral("none.json")));
        QString warning = QStringLiteral("x");
        QVERIFY(!s.load(&warning));
        QVERIFY(warning.isEmpty());
        QVERIFY(s.firedEntries().isEmpty());
    }

    void badFilesAreIgnoredWithAWarning_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QByteArray garbage;
        for (int i = 0; i < 512; ++i)
            garbage.append(char((i * 37 + 11) % 256));
        QTest::newRow("garbage") << garbage << QStringLiteral("ignoring alert state");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("ignoring alert state");
        QTest::newRow("truncated") << validFile().left(40) << QStringLiteral("ignoring alert state");
        QTest::newRow("array") << QByteArray("[1,2,3]") << QStringLiteral("not a JSON object");
        QTest::newRow("other format") << QByteArray(R"({"format":"something-else","version":1})")
                                      << QStringLiteral("not an alert state file");
        QByteArray future = validFile();
        future.replace("\"version\": 1", "\"version\": 99");
        QTest::newRow("unknown version") << future << QStringLiteral("unknown version 99");
        QTest::newRow("version missing") << QByteArray(R"({"format":"spendboard-alert-state","fired":[]})")
                                         << QStringLiteral("unknown version -1");
    }

    void badFilesAreIgnoredWithAWarning()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.json"));
        writeFile(path, bytes);
        AlertState s;
        s.setPath(path);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(reason)));
        QString warning;
        QVERIFY(!s.load(&warning));
        QVERIFY2(warning.contains(reason), qPrintable(warning));
        QVERIFY(s.firedEntries().isEmpty());
        QVERIFY(s.history().isEmpty());
    }

    void malformedEntriesAreSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.json"));
        writeFile(path, R"({"format":"spendboard-alert-state","version":1,
            "fired":[{"entity":"key:a","kind":"threshold","threshold":80,"month":"2026-11","limit":"5"},
                     {"entity":"bogus","kind":"threshold","threshold":80,"month":"2026-11","limit":"5"},
                     {"entity":"key:b","kind":"nope","threshold":80,"month":"2026-11","limit":"5"},
                     {"entity":"key:c","kind":"threshold","threshold":80,"month":"Nov","limit":"5"}],
            "mutes":["key:m", 7], "history":[{"id":"x"}]})");
        AlertState s;
        s.setPath(path);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipped 5 malformed")));
        QVERIFY(s.load());
        QCOMPARE(s.firedEntries().size(), 1);
        QVERIFY(s.isFired(QStringLiteral("key:a"), Alert::Kind::Threshold, 80, QStringLiteral("2026-11")));
        QVERIFY(s.isMuted(QStringLiteral("key:m")));
        QVERIFY(s.history().isEmpty());
    }

    void unwritableDirectoryWarnsAndDoesNotCrash()
    {
        QTemporaryDir dir;
        // A regular file where the directory should be: mkpath fails even for root.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        writeFile(blocker, "x");
        AlertState s;
        s.setPath(blocker + QStringLiteral("/profile/alerts.json"));
        s.markFired({QStringLiteral("key:a"), Alert::Kind::Threshold, 80, QStringLiteral("2026-11"), usd("1")});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot save alert state")));
        QString error;
        QVERIFY(!s.save(&error));
        QVERIFY(error.contains(QStringLiteral("cannot create")));
    }

    void monitorWithUnwritableStateStillDedupes()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        writeFile(blocker, "x");
        ThresholdMonitor m;
        QVERIFY(!m.setStatePath(blocker + QStringLiteral("/alerts.json")));
        const OrgSnapshot s = snapshot({key("a", "100", "85")});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot save alert state")));
        QCOMPARE(m.evaluate(s, nov(10)).size(), 1);
        QVERIFY(m.evaluate(s, nov(10, 13)).isEmpty()); // in memory: no repeat
    }

    void retainAndExpire()
    {
        AlertState s;
        s.markFired({QStringLiteral("key:a"), Alert::Kind::Threshold, 80, QStringLiteral("2026-10"), usd("1")});
        s.markFired({QStringLiteral("key:b"), Alert::Kind::Threshold, 80, QStringLiteral("2026-11"), usd("1")});
        s.markFired({QStringLiteral("key:c"), Alert::Kind::Threshold, 50, QStringLiteral("2026-11"), usd("1")});
        s.setSnooze(QStringLiteral("key:c"), nov(10, 10));
        s.setSnooze(QStringLiteral("key:b"), nov(10, 12));
        s.setMuted(QStringLiteral("key:c"), true);
        s.setPausedUntil(nov(10, 11));
        QVERIFY(s.retainMonth(QStringLiteral("2026-11")));
        QCOMPARE(s.firedEntries().size(), 2);
        QVERIFY(!s.retainMonth(QStringLiteral("2026-11")));
        QVERIFY(s.retainEntities({QStringLiteral("org"), QStringLiteral("key:b")}));
        QCOMPARE(s.firedEntries().size(), 1);
        QVERIFY(!s.isMuted(QStringLiteral("key:c")));
        QVERIFY(!s.snoozedUntil(QStringLiteral("key:c")).isValid());
        QVERIFY(s.isSuppressed(QStringLiteral("key:b"), nov(10, 10, 30)));
        QVERIFY(s.dropExpired(nov(10, 11, 30)));
        QVERIFY(!s.pausedUntil().isValid());
        QVERIFY(s.isSnoozed(QStringLiteral("key:b"), nov(10, 11, 30)));
        QVERIFY(s.dropExpired(nov(10, 12)));
        QVERIFY(!s.isSuppressed(QStringLiteral("key:b"), nov(10, 12)));
    }

    void noSecretsInTheFile()
    {
        // The state holds ids, names and messages only; a key's secret never reaches an Alert.
        AlertState s;
        s.appendHistory({sampleAlert(QStringLiteral("1"))});
        const QJsonObject o = s.toJson();
        const QStringList expected{QStringLiteral("format"),  QStringLiteral("version"), QStringLiteral("fired"),
                                   QStringLiteral("snoozes"), QStringLiteral("mutes"),   QStringLiteral("history")};
        QCOMPARE(o.keys().size(), expected.size());
        for (const QString& k : expected)
            QVERIFY2(o.contains(k), qPrintable(k));
        const QStringList alertKeys = o.value(QStringLiteral("history")).toArray().first().toObject().keys();
        for (const QString& k : alertKeys)
            QVERIFY2(!k.contains(QStringLiteral("secret")) && !k.contains(QStringLiteral("token")), qPrintable(k));
    }
};

QTEST_GUILESS_MAIN(tst_AlertState)
#include "tst_alertstate.moc"
