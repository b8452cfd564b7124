// The spendboard executable, run as a user would: --version, a --demo screenshot, and the headless
// report/check commands against a simulator (exact totals) or the built-in demo.
#include "simulator.h"

#include "domain/money.h"
#include "domain/period.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
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
Run runApp(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 45000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(SPENDBOARD_APP_PATH), args);
    Run r;
    if (!finished.wait(timeoutMs)) {
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

// RFC 4180 parser: CRLF records, quoted fields with doubled quotes; fails on anything else.
bool parseCsv(const QString& text, QList<QStringList>* rows)
{
    QStringList row;
    QString field;
    bool quoted = false;
    bool afterQuote = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || afterQuote)
                return false;
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            afterQuote = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return false;
            ++i;
            row.append(field);
            rows->append(row);
            row.clear();
            field.clear();
            afterQuote = false;
        } else if (c == u'\n') {
            return false; // bare LF
        } else {
            if (afterQuote)
                return false;
            field += c;
        }
    }
    return !quoted && row.isEmpty() && field.isEmpty();
}

const QStringList kHeader{QStringLiteral("key_id"),        QStringLiteral("name"),  QStringLiteral("project"),
                          QStringLiteral("monthly_limit"), QStringLiteral("spend"), QStringLiteral("percent_of_limit"),
                          QStringLiteral("forecast")};

} // namespace

class TestApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void demoScreenshot();
    void benchProbe();
    void reportCsvTotalsAreExact();
    void reportJsonMatchesCsv();
    void reportPastMonth();
    void reportAndCheckWithDemo();
    void errorsGiveNonZeroExit_data();
    void errorsGiveNonZeroExit();

private:
    QProcessEnvironment keyEnv() const;
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

void TestApp::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(SPENDBOARD_APP_PATH)));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sim.start());
}

QProcessEnvironment TestApp::keyEnv() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SPENDBOARD_API_KEY"), m_sim.adminKey());
    return env;
}

void TestApp::version()
{
    const Run r = runApp({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out).trimmed(),
             QStringLiteral("Spendboard %1 (Qt %2)")
                 .arg(QStringLiteral(SPENDBOARD_VERSION), QString::fromLatin1(qVersion())));
}

void TestApp::demoScreenshot()
{
    const QString file = m_dir.filePath(QStringLiteral("demo.png"));
    const Run r = runApp({QStringLiteral("--demo"), QStringLiteral("--screenshot"), file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));

    const QString keys = m_dir.filePath(QStringLiteral("keys.png"));
    const Run k = runApp({QStringLiteral("--demo"), QStringLiteral("--screenshot"), keys, QStringLiteral("--page"),
                          QStringLiteral("keys"), QStringLiteral("--size"), QStringLiteral("1024x700")});
    QVERIFY2(k.exitCode == 0, k.err.constData());
    QCOMPARE(QImage(keys).size(), QSize(1024, 700));
}

// SPENDBOARD_BENCH_PROBE (tests/bench/bench_app): each mode prints its one line and exits by itself.
// Only the format is checked here; the figures belong to the benchmarks.
void TestApp::benchProbe()
{
    const QStringList args{QStringLiteral("--base-url"), m_sim.url().toString()};
    auto probeEnv = [this](const QString& mode) {
        QProcessEnvironment env = keyEnv();
        env.insert(QStringLiteral("SPENDBOARD_BENCH_PROBE"), mode);
        env.insert(QStringLiteral("SPENDBOARD_BENCH_SECONDS"), QStringLiteral("1"));
        env.insert(QStringLiteral("SPENDBOARD_BENCH_QUIET_MS"), QStringLiteral("100"));
        return env;
    };
    // Refresh, every page, back to the overview; the cache it leaves is what first-paint starts from.
    const Run pages = runApp(args, probeEnv(QStringLiteral("pages")));
    QVERIFY2(pages.exitCode == 0, pages.err.constData());
    QVERIFY2(QRegularExpression(QStringLiteral("^bench pages rss-kb [1-9]\\d* keys 25 ms-since-start \\d+ "
                                               "heap-kb -?\\d+ trimmed-rss-kb -?\\d+ settled-rss-kb [1-9]\\d*\n$"))
                 .match(QString::fromUtf8(pages.out))
                 .hasMatch(),
             pages.out.constData());

    const Run paint = runApp(args, probeEnv(QStringLiteral("first-paint")));
    QVERIFY2(paint.exitCode == 0, paint.err.constData());
    QVERIFY2(QRegularExpression(QStringLiteral("^bench first-paint ms-since-start \\d+ keys 25 rss-kb [1-9]\\d* "
                                               "window-paint-ms \\d+\n$"))
                 .match(QString::fromUtf8(paint.out))
                 .hasMatch(),
             paint.out.constData());

    const Run idle = runApp(args, probeEnv(QStringLiteral("idle")));
    QVERIFY2(idle.exitCode == 0, idle.err.constData());
    const QString out = QString::fromUtf8(idle.out);
    QVERIFY2(QRegularExpression(QStringLiteral("^bench idle-start\nbench idle wall-ms \\d+ cpu-ms [\\d.]+ "
                                               "refreshes \\d+ keys 25 rss-kb [1-9]\\d*\n"))
                 .match(out)
                 .hasMatch(),
             idle.out.constData());
    // The probe's own end timer is counted like any other.
    QVERIFY2(out.contains(QStringLiteral("\nbench timer 1 QTimer#benchProbeEnd (1000 ms) in BenchProbe\n")),
             idle.out.constData());

    // Without the variable the app prints nothing of the kind (a screenshot run ends by itself).
    const Run plain =
        runApp({QStringLiteral("--demo"), QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("plain.png"))});
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    QVERIFY(!plain.out.contains("bench "));
}

void TestApp::reportCsvTotalsAreExact()
{
    const QString month = Period::containing(m_sim.simulatedNow()).isoMonth();
    const Run r = runApp({QStringLiteral("report"), QStringLiteral("--base-url"), m_sim.url().toString(),
                          QStringLiteral("--month"), month, QStringLiteral("--format"), QStringLiteral("csv")},
                         keyEnv());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QList<QStringList> rows;
    QVERIFY2(parseCsv(QString::fromUtf8(r.out), &rows), r.out.left(300).constData());
    QCOMPARE(rows.first(), kHeader);
    rows.removeFirst();
    QCOMPARE(rows.size(), m_sim.keyCount());
    Money total;
    int unlimited = 0;
    for (const QStringList& row : rows) {
        QCOMPARE(row.size(), kHeader.size());
        const std::optional<Money> spend = Money::parse(row.at(4));
        QVERIFY2(spend, qPrintable(row.at(4)));
        QCOMPARE(spend->micros(), m_sim.keySpendMicros(row.at(0)));
        QVERIFY(!row.at(4).contains(u'$') && !row.at(4).contains(u','));
        total += *spend;
        const qint64 limit = m_sim.keyLimitMicros(row.at(0));
        if (limit == 0) {
            ++unlimited;
            QVERIFY(row.at(3).isEmpty());
            QVERIFY(row.at(5).isEmpty());
        } else {
            QCOMPARE(Money::parse(row.at(3))->micros(), limit);
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d{2}$")).match(row.at(5)).hasMatch(),
                     qPrintable(row.at(5)));
        }
        QVERIFY(Money::parse(row.at(6)).has_value());
    }
    QCOMPARE(total.micros(), m_sim.totalMonthSpendMicros());
    Q_UNUSED(unlimited)
}

void TestApp::reportJsonMatchesCsv()
{
    const QString month = Period::containing(m_sim.simulatedNow()).isoMonth();
    const QString out = m_dir.filePath(QStringLiteral("report.json"));
    const Run r = runApp({QStringLiteral("report"), QStringLiteral("--base-url"), m_sim.url().toString(),
                          QStringLiteral("--month"), month, QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("--out"), out},
                         keyEnv());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("month")).toString(), month);
    QCOMPARE(Money::parse(root.value(QStringLiteral("total_spend")).toString())->micros(),
             m_sim.totalMonthSpendMicros());
    const QJsonArray keys = root.value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), m_sim.keyCount());
    for (const QJsonValue& v : keys) {
        const QJsonObject k = v.toObject();
        for (const QString& field : kHeader)
            QVERIFY2(k.contains(field), qPrintable(field));
        QVERIFY(k.value(QStringLiteral("spend")).isString()); // exact, never a double
        if (m_sim.keyLimitMicros(k.value(QStringLiteral("key_id")).toString()) == 0)
            QVERIFY(k.value(QStringLiteral("monthly_limit")).isNull());
    }
}

void TestApp::reportPastMonth()
{
    const QString month = Period::containing(m_sim.simulatedNow()).previous().isoMonth();
    const Run r = runApp({QStringLiteral("report"), QStringLiteral("--base-url"), m_sim.url().toString(),
                          QStringLiteral("--month"), month, QStringLiteral("--format"), QStringLiteral("csv")},
                         keyEnv());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QList<QStringList> rows;
    QVERIFY(parseCsv(QString::fromUtf8(r.out), &rows));
    QCOMPARE(rows.first(), kHeader);
    QVERIFY(rows.size() > 1);
    for (int i = 1; i < rows.size(); ++i) {
        const std::optional<Money> spend = Money::parse(rows.at(i).at(4));
        QVERIFY(spend && !spend->isNegative());
        QCOMPARE(rows.at(i).at(6), rows.at(i).at(4)); // the month is over: forecast = spend
    }
}

void TestApp::reportAndCheckWithDemo()
{
    const QString month = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM"));
    const Run r = runApp({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("--month"), month,
                          QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("key_id,name,project,monthly_limit,spend,percent_of_limit,forecast\r\n"));
    QVERIFY(r.out.count("\r\n") > 10);

    const Run c =
        runApp({QStringLiteral("check"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(c.exitCode == 0 || c.exitCode == 1, c.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(c.out).object();
    QVERIFY(root.contains(QStringLiteral("status")));
    QCOMPARE(root.value(QStringLiteral("status")).toString() == QLatin1String("alert"), c.exitCode == 1);
}

void TestApp::errorsGiveNonZeroExit_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withKey");
    const QString url = m_sim.url().toString();
    QTest::newRow("bad month")
        << QStringList{QStringLiteral("report"),  QStringLiteral("--base-url"), url,
                       QStringLiteral("--month"), QStringLiteral("2026-13"),    QStringLiteral("--format"),
                       QStringLiteral("csv")}
        << true;
    QTest::newRow("future month")
        << QStringList{QStringLiteral("report"),  QStringLiteral("--base-url"), url,
                       QStringLiteral("--month"), QStringLiteral("2031-01"),    QStringLiteral("--format"),
                       QStringLiteral("csv")}
        << true;
    QTest::newRow("no key")
        << QStringList{QStringLiteral("report"),  QStringLiteral("--base-url"), url,
                       QStringLiteral("--month"), QStringLiteral("2026-11"),    QStringLiteral("--format"),
                       QStringLiteral("csv")}
        << false;
    QTest::newRow("no format") << QStringList{QStringLiteral("report"), QStringLiteral("--demo"),
                                              QStringLiteral("--month"), QStringLiteral("2026-11")}
                               << true;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << true;
    QTest::newRow("plain http elsewhere")
        << QStringList{QStringLiteral("check"), QStringLiteral("--base-url"), QStringLiteral("http://example.com")}
        << true;
}

void TestApp::errorsGiveNonZeroExit()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withKey);
    QProcessEnvironment env = withKey ? keyEnv() : QProcessEnvironment::systemEnvironment();
    if (!withKey)
        env.remove(QStringLiteral("SPENDBOARD_API_KEY"));
    const Run r = runApp(args, env);
    QVERIFY2(r.exitCode != 0 && r.exitCode != -1, qPrintable(QString::number(r.exitCode)));
    // Our message is a line of its own (the environment may add Qt's warnings around it).
    bool said = false;
    for (const QByteArray& line : r.err.split('\n'))
        said = said || (line.startsWith("spendboard: ") && line.size() > 20);
    QVERIFY2(said, r.err.constData());
    QVERIFY(!r.err.contains(m_sim.adminKey().toUtf8())); // the key never shows up in messages
}

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
