#include "historyfixtures.h"

#include "history/historydb.h"
#include "history/monthclose.h"
#include "store/auditlog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fixtures;

namespace {

// November 2026: k1 (project p1, limit $100) spends $2 a day, k2 (no limit) $1, k3 (limit $50) $3.
OrgSnapshot snapshotAt(const QDateTime& at)
{
    const int day = at.date().month() == 11 ? at.date().day() : 30;
    OrgSnapshot s;
    s.organization.name = QStringLiteral("Acme AI");
    s.fetchedAt = at;
    s.projects = {project(QStringLiteral("p1"), QStringLiteral("Research"), Limit::of(dollars("300")),
                          Money::fromDollars(2 * day))};
    s.keys = {
        key(QStringLiteral("k1"), QStringLiteral("ci"), Limit::of(dollars("100")), Money::fromDollars(2 * day),
            QStringLiteral("p1"), QStringLiteral("Research")),
        key(QStringLiteral("k2"), QStringLiteral("=bot, \"night\""), Limit::none(), Money::fromDollars(day)),
        key(QStringLiteral("k3"), QStringLiteral("batch"), Limit::of(dollars("50")), Money::fromDollars(3 * day))};
    const QDate first(at.date().year(), at.date().month(), 1);
    for (QDate d = first.addDays(-7); d <= at.date(); d = d.addDays(1))
        s.dailyByKey.append(bucket(d, {keyGroup(QStringLiteral("k1"), QStringLiteral("p1"), Money::fromDollars(2)),
                                       keyGroup(QStringLiteral("k2"), QString(), Money::fromDollars(1)),
                                       keyGroup(QStringLiteral("k3"), QString(), Money::fromDollars(3))}));
    return s;
}

AuditEntry change(const QDateTime& time, const char* kind, const char* id, const char* name, const char* action,
                  const char* oldValue, const char* newValue, bool ok = true)
{
    AuditEntry e;
    e.time = time;
    e.profile = QStringLiteral("main");
    e.entityKind = QString::fromLatin1(kind);
    e.entityId = QString::fromLatin1(id);
    e.entityName = QString::fromLatin1(name);
    e.action = QString::fromLatin1(action);
    e.oldValue = QString::fromLatin1(oldValue);
    e.newValue = QString::fromLatin1(newValue);
    e.ok = ok;
    if (!ok)
        e.error = QStringLiteral("The server refused the change.");
    return e;
}

Alert alertAt(const QDateTime& time, const char* keyId, int percent)
{
    Alert a;
    a.id = QString::fromLatin1(keyId) + QString::number(percent);
    a.time = time;
    a.entity = EntityRef::key(QString::fromLatin1(keyId));
    a.entityName = QString::fromLatin1(keyId);
    a.thresholdPercent = percent;
    a.spend = Money::fromDollars(percent / 2);
    a.limit = dollars("50");
    a.severity = Alert::severityFor(a.kind, percent);
    a.message = QStringLiteral("crossed %1 %").arg(percent);
    return a;
}

// Parses our own RFC 4180 output (quoted fields may hold commas and doubled quotes).
QList<QStringList> readCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xef\xbb\xbf"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

QStringList rowOf(const QList<QStringList>& rows, const QString& first)
{
    for (const QStringList& row : rows) {
        if (!row.isEmpty() && row.first() == first)
            return row;
    }
    return {};
}

} // namespace

class tst_MonthClose : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_logPath;
    std::unique_ptr<HistoryDb> m_history;
    QList<Alert> m_alerts;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_history = std::make_unique<HistoryDb>(m_dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(m_history->open());
        for (const QDateTime& at : {utc(2026, 11, 15, 12, 0), utc(2026, 11, 23, 23, 0), utc(2026, 12, 2, 8, 0)})
            QVERIFY(m_history->recordSnapshotNow(snapshotAt(at)));

        m_logPath = m_dir.filePath(QStringLiteral("audit.jsonl"));
        AuditLog log(m_logPath);
        QVERIFY(log.append(change(utc(2026, 10, 30, 9, 0), "key", "k3", "batch", "set_limit", "none", "40.00")));
        QVERIFY(log.append(change(utc(2026, 11, 10, 9, 0), "key", "k1", "ci", "set_limit", "80.00", "100.00")));
        QVERIFY(log.append(change(utc(2026, 11, 12, 9, 0), "key", "k9", "old", "delete", "", "")));
        QVERIFY(log.append(
            change(utc(2026, 11, 20, 17, 30), "project", "p1", "Research", "set_limit", "250.00", "300.00")));
        QVERIFY(
            log.append(change(utc(2026, 11, 21, 8, 0), "key", "k3", "batch", "set_limit", "50.00", "500.00", false)));

        m_alerts = {alertAt(utc(2026, 11, 17, 3, 0), "k3", 80), alertAt(utc(2026, 11, 18, 3, 0), "k3", 100),
                    alertAt(utc(2026, 12, 1, 3, 0), "k3", 50)};
    }

    void tablesCarryTheInputsNumbers()
    {
        AuditLog log(m_logPath);
        const MonthClose mc = MonthClose::build(Period::ofMonth(2026, 11), *m_history, &log, m_alerts);
        const MonthClose::Summary& s = mc.summary();
        QCOMPARE(s.organizationTotal, dollars("180"));
        QCOMPARE(s.keyCount, 3);
        QCOMPARE(s.keysOverLimit, 1);
        QCOMPARE(s.projectCount, 1);
        QCOMPARE(s.projectsOverLimit, 0);
        QCOMPARE(s.limitChanges, 3);
        QCOMPARE(s.alerts, 2);
        QVERIFY(s.complete);
        QVERIFY(s.chainChecked);
        QVERIFY(s.chainVerifies);

        QCOMPARE(mc.keys().size(), 3);
        const MonthClose::Line& batch = mc.keys().at(1); // sorted by name: "=bot…", batch, ci
        QCOMPARE(batch.name, QStringLiteral("batch"));
        QCOMPARE(batch.spend, dollars("90"));
        QCOMPARE(batch.limit, Limit::of(dollars("50")));
        QVERIFY(batch.overLimit());
        const MonthClose::Line& ci = mc.keys().at(2);
        QCOMPARE(ci.spend, dollars("60"));
        QVERIFY(ci.spendFromUsage);
        // Mid-month forecast (15 Nov 12:00): $30 so far + 15.5 days at $2 = $61; the month ended at $60.
        QVERIFY(ci.midMonthForecast);
        QCOMPARE(ci.midMonthForecast->madeOn, QDate(2026, 11, 15));
        QCOMPARE(ci.midMonthForecast->forecast, dollars("61"));
        QCOMPARE(ci.midMonthForecast->error, dollars("1"));
        QCOMPARE(mc.projects().first().spend, dollars("60"));
        QCOMPARE(mc.limitChanges().first().entityId, QStringLiteral("k1"));
        QCOMPARE(mc.limitChanges().last().ok, false);
    }

    void writesThePack()
    {
        AuditLog log(m_logPath);
        const MonthClose mc = MonthClose::build(Period::ofMonth(2026, 11), *m_history, &log, m_alerts);
        const QString out = m_dir.filePath(QStringLiteral("pack/2026-11"));
        QString error;
        QVERIFY2(mc.writeCsv(out, &error), qPrintable(error));
        for (const QString& name : MonthClose::fileNames())
            QVERIFY2(QFile::exists(QDir(out).filePath(name)), qPrintable(name));

        const auto keys = readCsv(QDir(out).filePath(QStringLiteral("keys.csv")));
        QCOMPARE(keys.size(), 4);
        QCOMPARE(keys.first().first(), QStringLiteral("key_id"));
        for (const QStringList& row : keys)
            QCOMPARE(row.size(), keys.first().size());
        QCOMPARE(rowOf(keys, QStringLiteral("k1")),
                 (QStringList{QStringLiteral("k1"), QStringLiteral("ci"), QStringLiteral("p1"),
                              QStringLiteral("Research"), QStringLiteral("100.00"), QStringLiteral("60.00"),
                              QStringLiteral("usage"), QStringLiteral("no"), QStringLiteral("61.00"),
                              QStringLiteral("2026-11-15"), QStringLiteral("1.00")}));
        // The name with a comma and quotes survives; its leading "=" is guarded against formulas.
        QCOMPARE(rowOf(keys, QStringLiteral("k2")).at(1), QStringLiteral("'=bot, \"night\""));
        QCOMPARE(rowOf(keys, QStringLiteral("k2")).at(4), QString()); // no limit
        QCOMPARE(rowOf(keys, QStringLiteral("k3")).at(7), QStringLiteral("yes"));

        const auto projects = readCsv(QDir(out).filePath(QStringLiteral("projects.csv")));
        QCOMPARE(
            rowOf(projects, QStringLiteral("p1")).mid(0, 7),
            (QStringList{QStringLiteral("p1"), QStringLiteral("Research"), QStringLiteral("300.00"),
                         QStringLiteral("60.00"), QStringLiteral("usage"), QStringLiteral("no"), QStringLiteral("1")}));

        const auto changes = readCsv(QDir(out).filePath(QStringLiteral("limit_changes.csv")));
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes.at(1).mid(0, 7),
                 (QStringList{QStringLiteral("2026-11-10T09:00:00.000Z"), QStringLiteral("key"), QStringLiteral("k1"),
                              QStringLiteral("ci"), QStringLiteral("80.00"), QStringLiteral("100.00"),
                              QStringLiteral("ok")}));
        QCOMPARE(changes.at(3).at(6), QStringLiteral("failed"));

        const auto alerts = readCsv(QDir(out).filePath(QStringLiteral("alerts.csv")));
        QCOMPARE(alerts.size(), 3);
        QCOMPARE(alerts.at(2).at(4), QStringLiteral("100"));
        QCOMPARE(alerts.at(2).at(7), QStringLiteral("critical"));

        const auto accuracy = readCsv(QDir(out).filePath(QStringLiteral("forecast_accuracy.csv")));
        const QStringList org = rowOf(accuracy, QStringLiteral("org"));
        QCOMPARE(org.at(6), QStringLiteral("180.00"));
        QCOMPARE(org.at(5), QStringLiteral("183.00")); // 90 + 15.5 days at $6
        QCOMPARE(org.at(8), QStringLiteral("1.66"));   // 3 / 180

        const auto summary = readCsv(QDir(out).filePath(QStringLiteral("summary.csv")));
        QCOMPARE(rowOf(summary, QStringLiteral("organization_total")).at(1), QStringLiteral("180.00"));
        QCOMPARE(rowOf(summary, QStringLiteral("limit_changes")).at(1), QStringLiteral("3"));
        QCOMPARE(rowOf(summary, QStringLiteral("change_log")).at(1), QStringLiteral("verifies"));
        QCOMPARE(rowOf(summary, QStringLiteral("data_complete")).at(1), QStringLiteral("yes"));
    }

    void tamperedLogDoesNotVerify()
    {
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.jsonl"));
        QVERIFY(QFile::copy(m_logPath, tampered));
        QFile file(tampered);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray content = file.readAll();
        file.close();
        // Someone quietly rewrites the k1 change to a bigger limit.
        QVERIFY(content.contains("\"100.00\""));
        content.replace("\"100.00\"", "\"1000.00\"");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();

        AuditLog log(tampered);
        const MonthClose mc = MonthClose::build(Period::ofMonth(2026, 11), *m_history, &log, m_alerts);
        QVERIFY(mc.summary().chainChecked);
        QVERIFY(!mc.summary().chainVerifies);
        QVERIFY(mc.chainStatusText().contains(QLatin1String("does not verify")));
        const QString out = m_dir.filePath(QStringLiteral("tampered-pack"));
        QVERIFY(mc.writeCsv(out));
        const auto summary = readCsv(QDir(out).filePath(QStringLiteral("summary.csv")));
        QCOMPARE(rowOf(summary, QStringLiteral("change_log")).at(1), QStringLiteral("does not verify"));
        QVERIFY(rowOf(summary, QStringLiteral("change_log_detail")).at(1).contains(QLatin1String("line 3")) ||
                rowOf(summary, QStringLiteral("change_log_detail")).at(1).contains(QLatin1String("Line 3")));
    }

    void withoutLogOrAlerts()
    {
        const MonthClose mc = MonthClose::build(Period::ofMonth(2026, 11), *m_history);
        QVERIFY(!mc.summary().chainChecked);
        QCOMPARE(mc.summary().limitChanges, 0);
        QCOMPARE(mc.summary().alerts, 0);
        QCOMPARE(mc.summaryTable().rows().at(10).at(1), QStringLiteral("not checked"));
        // A month without data is an empty pack, not an error.
        const MonthClose empty = MonthClose::build(Period::ofMonth(2025, 1), *m_history);
        QCOMPARE(empty.keys().size(), 0);
        QCOMPARE(empty.summary().organizationTotal, Money());
        QVERIFY(empty.writeCsv(m_dir.filePath(QStringLiteral("empty-pack"))));
    }

    void cleanupTestCase() { m_history.reset(); }
};

QTEST_GUILESS_MAIN(tst_MonthClose)
#include "tst_monthclose.moc"
