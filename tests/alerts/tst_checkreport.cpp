#include "alertfixtures.h"

#include "alerts/checkreport.h"
#include "alerts/thresholdmonitor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fixtures;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_CheckReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void nothingToReport()
    {
        const CheckReport r =
            CheckReport::build(snapshot({key("a", "100", "10"), key("b", "0", "99999")}), AlertSettings(), nov(10));
        QVERIFY(r.isEmpty());
        QCOMPARE(r.exitCode(), 0);
        QVERIFY(r.toText().startsWith(QStringLiteral("OK:")));
        const QJsonObject o = QJsonDocument::fromJson(r.toJson()).object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("month")).toString(), QStringLiteral("2026-11"));
        QVERIFY(o.value(QStringLiteral("items")).toArray().isEmpty());
    }

    void findings()
    {
        AlertSettings settings;
        settings.forecastAlerts = false;
        settings.balanceFloor = usd("100");
        OrgSnapshot s = snapshot({key("a", "500", "402.10"), key("b", "100", "100.000001"), key("c", "100", "10")},
                                 {project("p", "1000", "512.345678")}, "42.5");
        s.keys[0].name = QStringLiteral("billing-bot");
        const CheckReport r = CheckReport::build(s, settings, nov(10));
        QCOMPARE(r.exitCode(), 1);
        QCOMPARE(r.items().size(), 4); // balance, project p (50), key a (80), key b (100)

        const QString text = r.toText();
        QVERIFY2(text.contains(QStringLiteral(
                     "WARNING  Key billing-bot reached 80 % of its $500.00 monthly limit ($402.10 spent).")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("CRITICAL Key key-b reached 100 %")));
        QVERIFY(text.contains(QStringLiteral("CRITICAL Acme AI balance is $42.50, below the $100.00 floor.")));
        QVERIFY(text.contains(QStringLiteral("INFO     Project project-p reached 50 %")));
        QVERIFY(!text.contains(QStringLiteral("key-c")));

        const QJsonDocument doc = QJsonDocument::fromJson(r.toJson());
        QVERIFY(doc.isObject());
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("alert"));
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("checkedAt")).toString(), QStringLiteral("2026-11-10T12:00:00Z"));
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue& v : o.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = v.toObject();
            byId.insert(item.value(QStringLiteral("entityKind")).toString() + u':' +
                            item.value(QStringLiteral("entityId")).toString() + u':' +
                            item.value(QStringLiteral("kind")).toString(),
                        item);
        }
        const QJsonObject b = byId.value(QStringLiteral("key:b:threshold"));
        QCOMPARE(b.value(QStringLiteral("spend")).toString(), QStringLiteral("100.000001")); // exact
        QCOMPARE(b.value(QStringLiteral("limit")).toString(), QStringLiteral("100.00"));
        QCOMPARE(b.value(QStringLiteral("percentOfLimit")).toString(), QStringLiteral("100.00"));
        QCOMPARE(b.value(QStringLiteral("thresholdPercent")).toInt(), 100);
        QCOMPARE(b.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QVERIFY(b.value(QStringLiteral("forecastDate")).isNull());
        const QJsonObject a = byId.value(QStringLiteral("key:a:threshold"));
        QCOMPARE(a.value(QStringLiteral("percentOfLimit")).toString(), QStringLiteral("80.42"));
        QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("billing-bot"));
        const QJsonObject p = byId.value(QStringLiteral("project:p:threshold"));
        QCOMPARE(p.value(QStringLiteral("spend")).toString(), QStringLiteral("512.345678"));
        QCOMPARE(p.value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
        const QJsonObject balance = byId.value(QStringLiteral("organization::balance"));
        QCOMPARE(balance.value(QStringLiteral("spend")).toString(), QStringLiteral("42.50"));
        QCOMPARE(balance.value(QStringLiteral("limit")).toString(), QStringLiteral("100.00"));
    }

    void forecastOnly()
    {
        // $20/day from the 4th: $140 of $500 on the 11th, projected to reach it on the 29th.
        OrgSnapshot s = snapshot({key("a", "500", "140")});
        QList<Money> daily;
        for (int d = 1; d <= 10; ++d)
            daily << (d >= 4 ? Money::fromDollars(20) : Money());
        addDailyUsage(s, QStringLiteral("a"), QDate(2026, 11, 1), daily);
        const CheckReport r = CheckReport::build(s, AlertSettings(), nov(11, 0));
        QCOMPARE(r.exitCode(), 1);
        QCOMPARE(r.items().size(), 1);
        QCOMPARE(r.items()[0].kind, Alert::Kind::Forecast);
        QCOMPARE(r.items()[0].forecastDate, QDate(2026, 11, 29));
        const QJsonObject item =
            QJsonDocument::fromJson(r.toJson()).object().value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(item.value(QStringLiteral("forecastDate")).toString(), QStringLiteral("2026-11-29"));
        QCOMPARE(item.value(QStringLiteral("percentOfLimit")).toString(), QStringLiteral("28.00"));

        AlertSettings off;
        off.forecastAlerts = false;
        QCOMPARE(CheckReport::build(s, off, nov(11, 0)).exitCode(), 0);
    }

    void ignoresStateAndWritesNone()
    {
        // Already fired, snoozed and muted in the monitor: the check still lists it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.json"));
        ThresholdMonitor m;
        m.setStatePath(path);
        const OrgSnapshot s = snapshot({key("a", "100", "95")});
        m.setMuted(EntityRef::key(QStringLiteral("a")), true);
        m.evaluate(s, nov(10));
        QVERIFY(m.evaluate(s, nov(10)).isEmpty());
        const QByteArray before = readAll(path);
        QVERIFY(!before.isEmpty());
        const CheckReport r = CheckReport::build(s, m.settings(), nov(10));
        QCOMPARE(r.exitCode(), 1);
        QCOMPARE(r.items().size(), 1);
        QCOMPARE(r.items()[0].thresholdPercent, 90);
        QCOMPARE(readAll(path), before);
    }

    void budget()
    {
        AlertSettings settings;
        settings.orgBudget = Limit::of(usd("1000"));
        const CheckReport r =
            CheckReport::build(snapshot({key("a", "0", "700"), key("b", "0", "310")}), settings, nov(10));
        QCOMPARE(r.items().size(), 1);
        QCOMPARE(r.items()[0].kind, Alert::Kind::Budget);
        QCOMPARE(r.items()[0].thresholdPercent, 100);
        QCOMPARE(r.items()[0].spend, usd("1010"));
    }
};

QTEST_GUILESS_MAIN(tst_CheckReport)
#include "tst_checkreport.moc"
