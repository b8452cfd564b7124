// `spendboard report --month YYYY-MM --pack DIR`, run as a user would against a simulator: the pack's
// CSV numbers equal the simulator's, the PDF is written, and the change log's hash chain is checked
// (an edited line makes the pack say it does not verify).
#include "simulator.h"

#include "domain/money.h"
#include "domain/period.h"
#include "store/auditentry.h"
#include "store/auditlog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the app while this process keeps serving events (the simulator answers from this thread).
Run runApp(const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(SPENDBOARD_APP_PATH), args);
    Run r;
    if (!finished.wait(45000)) {
        p.kill();
        finished.wait(5000);
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// The pack's CSV files: UTF-8 with a BOM, CRLF, no quoted fields in this organization's data.
QList<QStringList> readCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    for (const QString& line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        rows.append(line.split(u','));
    return rows;
}

QHash<QString, QString> summaryOf(const QString& dir)
{
    QHash<QString, QString> out;
    for (const QStringList& row : readCsv(QDir(dir).filePath(QStringLiteral("summary.csv"))))
        out.insert(row.value(0), row.mid(1).join(u','));
    return out;
}

} // namespace

class TestPackCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sim.start());
    }

    void packNumbersEqualTheSimulator()
    {
        const QString xdg = m_dir.filePath(QStringLiteral("xdg-ok"));
        const QString keyId = m_sim.keyIds().first();
        {
            AuditLog log(dataDir(xdg) + QStringLiteral("/audit.jsonl"));
            QVERIFY(log.append(limitChange(keyId, QStringLiteral("25"), QStringLiteral("40"), 3)));
            QVERIFY(log.append(limitChange(keyId, QStringLiteral("40"), QStringLiteral("60"), 9)));
        }
        const QString pack = m_dir.filePath(QStringLiteral("pack-ok"));
        const Run r = runPack(xdg, pack);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("The change log verifies"), r.out.constData());

        QFile pdf(QDir(pack).filePath(QStringLiteral("month-close-2026-11.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 2000);

        const QList<QStringList> keys = readCsv(QDir(pack).filePath(QStringLiteral("keys.csv")));
        QCOMPARE(keys.first().first(), QStringLiteral("key_id"));
        const int spendColumn = int(keys.first().indexOf(QStringLiteral("spend")));
        QVERIFY(spendColumn > 0);
        QCOMPARE(keys.size() - 1, m_sim.keyCount());
        for (int i = 1; i < keys.size(); ++i) {
            const std::optional<Money> spend = Money::parse(keys[i].at(spendColumn));
            QVERIFY2(spend, qPrintable(keys[i].join(u',')));
            QCOMPARE(spend->micros(), m_sim.keySpendMicros(keys[i].first()));
        }
        const QHash<QString, QString> summary = summaryOf(pack);
        QCOMPARE(Money::parse(summary.value(QStringLiteral("organization_total")))->micros(),
                 m_sim.totalMonthSpendMicros());
        QCOMPARE(summary.value(QStringLiteral("change_log")), QStringLiteral("verifies"));
        QCOMPARE(summary.value(QStringLiteral("limit_changes")), QStringLiteral("2"));
        QCOMPARE(readCsv(QDir(pack).filePath(QStringLiteral("limit_changes.csv"))).size(), 3); // header + 2
    }

    void tamperedLogFailsVerification()
    {
        const QString xdg = m_dir.filePath(QStringLiteral("xdg-tampered"));
        const QString path = dataDir(xdg) + QStringLiteral("/audit.jsonl");
        const QString keyId = m_sim.keyIds().first();
        {
            AuditLog log(path);
            QVERIFY(log.append(limitChange(keyId, QStringLiteral("25"), QStringLiteral("40"), 3)));
            QVERIFY(log.append(limitChange(keyId, QStringLiteral("40"), QStringLiteral("60"), 9)));
            QVERIFY(log.append(limitChange(keyId, QStringLiteral("60"), QStringLiteral("80"), 12)));
        }
        // Someone makes the first change look smaller after the fact.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        QVERIFY(lines.first().contains("\"40\""));
        lines.first().replace("\"40\"", "\"30\"");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(lines.join('\n'));
        file.close();

        const QString pack = m_dir.filePath(QStringLiteral("pack-tampered"));
        const Run r = runPack(xdg, pack);
        QVERIFY2(r.exitCode == 0, r.err.constData()); // the pack is written and says what is wrong
        QVERIFY2(r.out.contains("does not verify"), r.out.constData());
        QCOMPARE(summaryOf(pack).value(QStringLiteral("change_log")), QStringLiteral("does not verify"));
    }

    void packNeedsNoFormat()
    {
        const Run r = runApp({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("--month"),
                              QStringLiteral("2026-11"), QStringLiteral("--pack"), m_dir.filePath(QStringLiteral("x")),
                              QStringLiteral("--format"), QStringLiteral("csv")},
                             QProcessEnvironment::systemEnvironment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--pack"), r.err.constData());
    }

private:
    static QString dataDir(const QString& xdg)
    {
        const QString dir = xdg + QStringLiteral("/Spendboard/Spendboard");
        QDir().mkpath(dir);
        return dir;
    }

    static AuditEntry limitChange(const QString& keyId, const QString& from, const QString& to, int day)
    {
        AuditEntry e;
        e.time = QDateTime(QDate(2026, 11, day), QTime(9, 0), QTimeZone::utc());
        e.profile = QStringLiteral("127.0.0.1");
        e.entityKind = QStringLiteral("key");
        e.entityId = keyId;
        e.entityName = QStringLiteral("a key");
        e.action = QStringLiteral("set_limit");
        e.oldValue = from;
        e.newValue = to;
        return e;
    }

    Run runPack(const QString& xdg, const QString& pack) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SPENDBOARD_API_KEY"), m_sim.adminKey());
        env.insert(QStringLiteral("XDG_DATA_HOME"), xdg);
        return runApp({QStringLiteral("report"), QStringLiteral("--base-url"), m_sim.url().toString(),
                       QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--pack"), pack},
                      env);
    }

    Simulator m_sim{[] {
        Simulator::Options o;
        o.speed = 0.0; // ground truth stays put while the app reads it
        o.keys = 25;
        o.seed = 11;
        o.startTime = QDateTime(QDate(2026, 11, 18), QTime(10, 30), QTimeZone::utc());
        return o;
    }()};
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPackCommand)
#include "tst_packcommand.moc"
