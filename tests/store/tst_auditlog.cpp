// AuditLog: JSON lines, reading back, the prev_hash chain and its verification.
#include "store/auditlog.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

AuditEntry entry(int i, bool ok = true)
{
    AuditEntry e;
    e.time = QDateTime(QDate(2026, 11, 10), QTime(9, 0).addSecs(i), QTimeZone::utc());
    e.profile = QStringLiteral("work");
    e.entityKind = QStringLiteral("key");
    e.entityId = QStringLiteral("id-%1").arg(i);
    e.entityName = QStringLiteral("key “%1”").arg(i);
    e.action = QStringLiteral("set_limit");
    e.oldValue = AuditEntry::formatLimit(Limit::of(Money::fromDollars(i)));
    e.newValue = AuditEntry::formatLimit(Limit::none());
    e.ok = ok;
    if (!ok)
        e.error = QStringLiteral("The server did not answer.");
    return e;
}

QList<QByteArray> lines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out = f.readAll().split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

void writeLines(const QString& path, const QList<QByteArray>& ls)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const QByteArray& l : ls)
        f.write(l + '\n');
}

} // namespace

class tst_AuditLog : public QObject
{
    Q_OBJECT

private slots:
    void appendAndReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs/audit.jsonl"));
        {
            AuditLog log(path);
            QSignalSpy appended(&log, &AuditLog::entryAppended);
            QVERIFY(log.append(entry(1)));
            QVERIFY(log.append(entry(2, false)));
            QCOMPARE(appended.size(), 2);
            QCOMPARE(appended.at(1).first().toInt(), 1);
            QCOMPARE(log.count(), 2);
        }
        const QList<QByteArray> ls = lines(path);
        QCOMPARE(ls.size(), 2); // one JSON object per line
        QVERIFY(ls[0].startsWith('{') && ls[0].endsWith('}'));
        QVERIFY(ls[1].contains(R"("result":"error")"));

        AuditLog reread(path);
        QCOMPARE(reread.count(), 2);
        AuditEntry first = entry(1);
        first.prevHash.clear();
        QCOMPARE(reread.entries().at(0), first);
        QCOMPARE(reread.entries().at(1).ok, false);
        QCOMPARE(reread.entries().at(1).error, QStringLiteral("The server did not answer."));
        QCOMPARE(reread.entries().at(1).entityName, QStringLiteral("key “2”"));
        QCOMPARE(reread.entries().at(1).oldValue, QStringLiteral("2.00"));
        QCOMPARE(reread.entries().at(1).newValue, QStringLiteral("none"));
        QCOMPARE(reread.headHash(), AuditLog::hashLine(ls[1]));

        // Appending after a restart continues the chain.
        QVERIFY(reread.append(entry(3)));
        QCOMPARE(reread.entries().at(2).prevHash.toLatin1(), AuditLog::hashLine(ls[1]));
        QVERIFY(reread.verifyChain().ok);
    }

    void chainLinksEveryLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        AuditLog log(path);
        for (int i = 0; i < 5; ++i)
            QVERIFY(log.append(entry(i)));
        const QList<QByteArray> ls = lines(path);
        QCOMPARE(log.entries().at(0).prevHash, QString());
        for (int i = 1; i < 5; ++i)
            QCOMPARE(log.entries().at(i).prevHash.toLatin1(), AuditLog::hashLine(ls[i - 1]));
        const AuditLog::Verification v = log.verifyChain();
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.badLine, -1);
    }

    void tamperedLineFails_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("expectedBadLine");
        QTest::newRow("first") << 0 << 2;
        QTest::newRow("middle") << 2 << 4;
    }
    void tamperedLineFails()
    {
        QFETCH(int, line);
        QFETCH(int, expectedBadLine);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        {
            AuditLog log(path);
            for (int i = 0; i < 5; ++i)
                QVERIFY(log.append(entry(i)));
        }
        QList<QByteArray> ls = lines(path);
        // A quiet edit: the limit it claims was set changes; the JSON stays valid.
        QVERIFY(ls[line].contains(R"("new":"none")"));
        ls[line].replace(R"("new":"none")", R"("new":"5.00")");
        writeLines(path, ls);

        AuditLog log(path);
        QCOMPARE(log.unreadableLines(), 0);
        const AuditLog::Verification v = log.verifyChain();
        QVERIFY(!v.ok);
        QCOMPARE(v.badLine, expectedBadLine);
        QVERIFY2(v.reason.contains(QStringLiteral("edited")), qPrintable(v.reason));
    }

    void removedLineFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        {
            AuditLog log(path);
            for (int i = 0; i < 4; ++i)
                QVERIFY(log.append(entry(i)));
        }
        QList<QByteArray> ls = lines(path);
        ls.removeAt(1);
        writeLines(path, ls);
        const AuditLog::Verification v = AuditLog(path).verifyChain();
        QVERIFY(!v.ok);
        QCOMPARE(v.badLine, 2);
    }

    void garbageLineIsReportedNotFatal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        {
            AuditLog log(path);
            QVERIFY(log.append(entry(0)));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{not json\n");
        f.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unreadable")));
        AuditLog log(path);
        QCOMPARE(log.count(), 1);
        QCOMPARE(log.unreadableLines(), 1);
        const AuditLog::Verification v = log.verifyChain();
        QVERIFY(!v.ok);
        QCOMPARE(v.badLine, 2);
        QVERIFY(v.reason.contains(QStringLiteral("unreadable")));
    }

    void emptyOrMissingLogVerifies()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("none.jsonl")));
        QCOMPARE(log.count(), 0);
        QVERIFY(log.verifyChain().ok);
    }

    void unwritableLogKeepsEntryInMemory()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        AuditLog log(blocker + QStringLiteral("/audit.jsonl"));
        QSignalSpy failed(&log, &AuditLog::writeFailed);
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Cannot")));
        QVERIFY(!log.append(entry(0), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(log.count(), 1);
    }

    void formatHelpers()
    {
        QCOMPARE(AuditEntry::formatLimit(Limit::of(Money::fromCents(1250))), QStringLiteral("12.50"));
        QCOMPARE(AuditEntry::formatLimit(Limit::none()), QStringLiteral("none"));
        QCOMPARE(AuditEntry::formatLabels(
                     {{QStringLiteral("b"), QStringLiteral("2")}, {QStringLiteral("a"), QStringLiteral("1")}}),
                 QStringLiteral("a=1, b=2"));
        QCOMPARE(AuditEntry::formatExpiry(QDateTime()), QStringLiteral("never"));
        QCOMPARE(AuditEntry::formatExpiry(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), QTimeZone::utc())),
                 QStringLiteral("2026-12-31T23:59:59Z"));
    }
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
