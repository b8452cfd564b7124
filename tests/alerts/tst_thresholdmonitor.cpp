#include "alertfixtures.h"

#include "alerts/thresholdmonitor.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace fixtures;

namespace {

// The monitor under test plus what a step may do to it before evaluating.
struct Fixture
{
    QString statePath;
    AlertSettings settings;
    std::unique_ptr<ThresholdMonitor> monitor;

    void start()
    {
        monitor = std::make_unique<ThresholdMonitor>();
        monitor->setSettings(settings);
        monitor->setStatePath(statePath);
    }
};

using Action = std::function<void(Fixture&)>;

struct Step
{
    QDateTime now;
    OrgSnapshot snapshot;
    QStringList expected; // "entityKey/kind/threshold" with "/suppressed" appended when suppressed
    Action before = {};
};

using Scenario = QList<Step>;

QString describe(const Alert& a)
{
    return a.entityKey() + u'/' + Alert::kindName(a.kind) + u'/' + QString::number(a.thresholdPercent) +
           (a.suppressed ? QStringLiteral("/suppressed") : QString());
}

QStringList describe(const QList<Alert>& alerts)
{
    QStringList out;
    for (const Alert& a : alerts)
        out << describe(a);
    out.sort();
    return out;
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* i : items)
        out << QString::fromLatin1(i);
    out.sort();
    return out;
}

Action restart()
{
    return [](Fixture& f) { f.start(); };
}

Action snoozeFor(const char* keyId, ThresholdMonitor::Snooze d, const QDateTime& at)
{
    const QString id = QString::fromLatin1(keyId);
    return [=](Fixture& f) { f.monitor->snooze(EntityRef::key(id), d, at); };
}

Action mute(const char* keyId, bool on)
{
    const QString id = QString::fromLatin1(keyId);
    return [=](Fixture& f) { f.monitor->setMuted(EntityRef::key(id), on); };
}

Action pauseUntil(const QDateTime& until)
{
    return [=](Fixture& f) { f.monitor->pauseUntil(until); };
}

// A key burning `perDay` for days 4..(day-1) of November (days 1..3 idle), `spend` in total.
OrgSnapshot burning(const char* limit, int day, int perDay)
{
    QList<Money> daily;
    Money total;
    for (int d = 1; d < day; ++d) {
        daily << (d >= 4 ? Money::fromDollars(perDay) : Money());
        total += daily.last();
    }
    OrgSnapshot s = snapshot({key("a", limit, "0")});
    s.keys[0].spend = total;
    addDailyUsage(s, QStringLiteral("a"), QDate(2026, 11, 1), daily);
    return s;
}

AlertSettings withFloor(const char* floor)
{
    AlertSettings s;
    s.balanceFloor = usd(floor);
    return s;
}

AlertSettings withBudget(const char* budget)
{
    AlertSettings s;
    s.orgBudget = Limit::of(usd(budget));
    return s;
}

AlertSettings noForecasts()
{
    AlertSettings s;
    s.forecastAlerts = false;
    return s;
}

} // namespace

Q_DECLARE_METATYPE(Scenario)
Q_DECLARE_METATYPE(AlertSettings)

class tst_ThresholdMonitor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void scenarios_data()
    {
        QTest::addColumn<AlertSettings>("settings");
        QTest::addColumn<Scenario>("steps");
        const AlertSettings plain = noForecasts();

        QTest::newRow("first crossing") << plain
                                        << Scenario{{nov(10), snapshot({key("a", "500", "402.10")}),
                                                     list({"key:a/threshold/80"})}};
        QTest::newRow("below every threshold")
            << plain << Scenario{{nov(10), snapshot({key("a", "500", "249.99")}), {}}};
        QTest::newRow("exactly at a threshold")
            << plain << Scenario{{nov(10), snapshot({key("a", "500", "250")}), list({"key:a/threshold/50"})}};
        QTest::newRow("same data twice") << plain
                                         << Scenario{{nov(10), snapshot({key("a", "500", "402.10")}),
                                                      list({"key:a/threshold/80"})},
                                                     {nov(10, 13), snapshot({key("a", "500", "402.10")}), {}}};
        QTest::newRow("climbing one threshold at a time")
            << plain
            << Scenario{{nov(3), snapshot({key("a", "100", "50")}), list({"key:a/threshold/50"})},
                        {nov(5), snapshot({key("a", "100", "79.99")}), {}},
                        {nov(7), snapshot({key("a", "100", "80")}), list({"key:a/threshold/80"})},
                        {nov(9), snapshot({key("a", "100", "90.5")}), list({"key:a/threshold/90"})},
                        {nov(11), snapshot({key("a", "100", "100")}), list({"key:a/threshold/100"})},
                        {nov(12), snapshot({key("a", "100", "130")}), {}}};
        QTest::newRow("first run alerts the highest only")
            << plain
            << Scenario{{nov(10), snapshot({key("a", "100", "95")}), list({"key:a/threshold/90"})},
                        {nov(11), snapshot({key("a", "100", "99.99")}), {}}};
        QTest::newRow("month rollover re-arms")
            << plain
            << Scenario{{nov(20), snapshot({key("a", "100", "85")}), list({"key:a/threshold/80"})},
                        {utc(2026, 12, 1, 0, 5), snapshot({key("a", "100", "1")}), {}},
                        {utc(2026, 12, 20), snapshot({key("a", "100", "85")}), list({"key:a/threshold/80"})}};
        QTest::newRow("new year rollover re-arms")
            << plain
            << Scenario{{utc(2026, 12, 31, 23, 59), snapshot({key("a", "100", "85")}), list({"key:a/threshold/80"})},
                        {utc(2027, 1, 1, 0, 1), snapshot({key("a", "100", "85")}), list({"key:a/threshold/80"})}};
        QTest::newRow("limit raised, still within hysteresis: no re-arm")
            << plain
            << Scenario{{nov(10), snapshot({key("a", "100", "85")}), list({"key:a/threshold/80"})},
                        // 85 of 108 = 78.7 %: above 78 %, the 80 % alert stays fired
                        {nov(11), snapshot({key("a", "108", "85")}), {}},
                        {nov(12), snapshot({key("a", "108", "87")}), {}}};
        QTest::newRow("limit raised below hysteresis: re-arms")
            << plain
            << Scenario{{nov(10), snapshot({key("a", "100", "85")}), list({"key:a/threshold/80"})},
                        // 85 of 110 = 77.27 %: below 78 %, the 80 % alert re-arms (50 % stays fired)
                        {nov(11), snapshot({key("a", "110", "85")}), {}},
                        {nov(12), snapshot({key("a", "110", "88")}), list({"key:a/threshold/80"})}};
        QTest::newRow("hysteresis boundary: exactly 78 % does not re-arm")
            << plain
            << Scenario{{nov(10), snapshot({key("a", "100", "85")}), list({"key:a/threshold/80"})},
                        {nov(11), snapshot({key("a", "100", "78")}), {}},
                        {nov(12), snapshot({key("a", "100", "80")}), {}}};
        QTest::newRow("hysteresis boundary: one micro-dollar below 78 % re-arms")
            << plain
            << Scenario{{nov(10), snapshot({key("a", "100", "85")}), list({"key:a/threshold/80"})},
                        {nov(11), snapshot({key("a", "100", "77.999999")}), {}},
                        {nov(12), snapshot({key("a", "100", "80")}), list({"key:a/threshold/80"})}};
        QTest::newRow("limit lowered across several thresholds: one alert, the highest")
            << plain
            << Scenario{{nov(10), snapshot({key("a", "1000", "400")}), {}},
                        // 400 of 420 = 95.2 %: 50, 80 and 90 crossed at once
                        {nov(11), snapshot({key("a", "420", "400")}), list({"key:a/threshold/90"})},
                        // still 96 %: nothing new; lowered below spend: the 100 % alert, once
                        {nov(12), snapshot({key("a", "420", "405")}), {}},
                        {nov(13), snapshot({key("a", "400", "405")}), list({"key:a/threshold/100"})}};
        QTest::newRow("multiple keys at once")
            << plain
            << Scenario{{nov(10),
                         snapshot({key("a", "100", "85"), key("b", "200", "101"), key("c", "0", "5000"),
                                   key("d", "50", "50"), key("e", "100", "10")}),
                         list({"key:a/threshold/80", "key:b/threshold/50", "key:d/threshold/100"})},
                        {nov(11),
                         snapshot({key("a", "100", "85"), key("b", "200", "190"), key("c", "0", "9000"),
                                   key("d", "50", "60"), key("e", "100", "10")}),
                         list({"key:b/threshold/90"})}};
        QTest::newRow("projects")
            << plain
            << Scenario{{nov(10),
                         snapshot({key("a", "0", "10", "p")}, {project("p", "1000", "820"), project("q", "0", "5")}),
                         list({"project:p/threshold/80"})},
                        {nov(11), snapshot({key("a", "0", "10", "p")}, {project("p", "1000", "820")}), {}}};
        QTest::newRow("no limit: no threshold alerts")
            << AlertSettings() << Scenario{{nov(10), snapshot({key("a", "0", "123456.78")}), {}}};
        QTest::newRow("snooze for an hour, then expired")
            << plain
            << Scenario{{nov(10, 9), snapshot({key("a", "100", "10"), key("b", "100", "10")}), {}},
                        {nov(10, 9, 30), snapshot({key("a", "100", "85"), key("b", "100", "85")}),
                         list({"key:a/threshold/80/suppressed", "key:b/threshold/80"}),
                         snoozeFor("a", ThresholdMonitor::Snooze::OneHour, nov(10, 9))},
                        // the snooze ended: the 80 % crossing it swallowed is not repeated ...
                        {nov(10, 10, 1), snapshot({key("a", "100", "85"), key("b", "100", "85")}), {}},
                        // ... and the next crossing is delivered normally
                        {nov(10, 11), snapshot({key("a", "100", "91"), key("b", "100", "85")}),
                         list({"key:a/threshold/90"})}};
        QTest::newRow("snooze until reset covers the month only")
            << plain
            << Scenario{{nov(10), snapshot({key("a", "100", "85")}), list({"key:a/threshold/80/suppressed"}),
                         snoozeFor("a", ThresholdMonitor::Snooze::RestOfMonth, nov(10))},
                        {nov(30, 23, 59), snapshot({key("a", "100", "95")}), list({"key:a/threshold/90/suppressed"})},
                        {utc(2026, 12, 2), snapshot({key("a", "100", "85")}), list({"key:a/threshold/80"})}};
        QTest::newRow("mute")
            << plain
            << Scenario{
                   {nov(10), snapshot({key("a", "100", "85"), key("b", "100", "85")}),
                    list({"key:a/threshold/80/suppressed", "key:b/threshold/80"}), mute("a", true)},
                   {nov(11), snapshot({key("a", "100", "95"), key("b", "100", "85")}),
                    list({"key:a/threshold/90/suppressed"})},
                   {nov(12), snapshot({key("a", "100", "95"), key("b", "100", "85")}), {}, mute("a", false)},
                   {nov(13), snapshot({key("a", "100", "100"), key("b", "100", "85")}), list({"key:a/threshold/100"})}};
        QTest::newRow("global pause") << plain
                                      << Scenario{
                                             {nov(10, 8), snapshot({key("a", "100", "85"), key("b", "100", "55")}),
                                              list({"key:a/threshold/80/suppressed", "key:b/threshold/50/suppressed"}),
                                              pauseUntil(nov(10, 9))},
                                             {nov(10, 9), snapshot({key("a", "100", "85"), key("b", "100", "85")}),
                                              list({"key:b/threshold/80"})}};
        QTest::newRow("restart with persisted state: no repeats")
            << plain
            << Scenario{{nov(10), snapshot({key("a", "100", "85"), key("b", "100", "55")}),
                         list({"key:a/threshold/80", "key:b/threshold/50"})},
                        {nov(10, 13), snapshot({key("a", "100", "85"), key("b", "100", "55")}), {}, restart()},
                        {nov(10, 14), snapshot({key("a", "100", "91"), key("b", "100", "55")}),
                         list({"key:a/threshold/90"}), restart()}};
        QTest::newRow("restart keeps snoozes and mutes")
            << plain
            << Scenario{{nov(10), snapshot({key("a", "100", "10"), key("b", "100", "10")}), {}, mute("b", true)},
                        {nov(10, 13), snapshot({key("a", "100", "85"), key("b", "100", "85")}),
                         list({"key:a/threshold/80/suppressed", "key:b/threshold/80/suppressed"}), [](Fixture& f) {
                             f.monitor->snooze(EntityRef::key(QStringLiteral("a")), ThresholdMonitor::Snooze::OneDay,
                                               nov(10, 12));
                             f.start();
                         }}};
        QTest::newRow("key deleted: its state is dropped")
            << plain
            << Scenario{
                   {nov(10), snapshot({key("a", "100", "85"), key("b", "100", "10")}), list({"key:a/threshold/80"})},
                   {nov(11), snapshot({key("b", "100", "10")}), {}},
                   // a key that comes back with the same id starts afresh
                   {nov(12), snapshot({key("a", "100", "85"), key("b", "100", "10")}), list({"key:a/threshold/80"})}};
        QTest::newRow("forecast crossing fires once")
            << AlertSettings()
            << Scenario{// $20/day from the 4th, $140 on the 11th, limit $500: 28 %, reached on the 29th
                        {nov(11, 0), burning("500", 11, 20), list({"key:a/forecast/100"})},
                        {nov(12, 0), burning("500", 12, 20), {}},
                        {nov(13, 0), burning("500", 13, 20), {}, restart()}};
        QTest::newRow("forecast re-arms when the limit is raised")
            << AlertSettings()
            << Scenario{{nov(11, 0), burning("500", 11, 20), list({"key:a/forecast/100"})},
                        // $520 limit: (520-160)/20 = 18 days from the 12th: still before month end
                        {nov(12, 0), burning("520", 12, 20), list({"key:a/forecast/100"})},
                        // $1000: not reached this month; nothing to say
                        {nov(13, 0), burning("1000", 13, 20), {}}};
        QTest::newRow("forecast folded into a threshold alert of the same entity")
            << AlertSettings()
            << Scenario{// $20/day, $140 spent of $250: 56 % and projected to reach on the 16th
                        {nov(11, 0), burning("250", 11, 20), list({"key:a/threshold/50"})},
                        {nov(12, 0), burning("250", 12, 20), {}}};
        QTest::newRow("forecasts off") << noForecasts() << Scenario{{nov(11, 0), burning("500", 11, 20), {}}};
        QTest::newRow("org balance floor") << withFloor("100")
                                           << Scenario{{nov(10), snapshot({}, {}, "150"), {}},
                                                       {nov(11), snapshot({}, {}, "99.99"), list({"org/balance/0"})},
                                                       {nov(12), snapshot({}, {}, "95"), {}},
                                                       // a top-up to 101 is within the 2 % margin: not re-armed
                                                       {nov(13), snapshot({}, {}, "101"), {}},
                                                       {nov(14), snapshot({}, {}, "90"), {}},
                                                       {nov(15), snapshot({}, {}, "500"), {}},
                                                       {nov(16), snapshot({}, {}, "20"), list({"org/balance/0"})}};
        QTest::newRow("org budget")
            << withBudget("1000")
            << Scenario{{nov(10), snapshot({key("a", "0", "300"), key("b", "0", "250")}), list({"org/budget/50"})},
                        {nov(11), snapshot({key("a", "0", "500"), key("b", "0", "310")}), list({"org/budget/80"})},
                        {nov(12), snapshot({key("a", "0", "500"), key("b", "0", "310")}), {}},
                        {nov(13), snapshot({key("a", "0", "700"), key("b", "0", "320")}), list({"org/budget/100"})}};
    }

    void scenarios()
    {
        QFETCH(AlertSettings, settings);
        QFETCH(Scenario, steps);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Fixture f;
        f.statePath = dir.filePath(QStringLiteral("alerts.json"));
        f.settings = settings;
        f.start();
        for (int i = 0; i < steps.size(); ++i) {
            Step step = steps[i];
            if (step.before)
                step.before(f);
            if (!step.snapshot.fetchedAt.isValid())
                step.snapshot.fetchedAt = step.now;
            QSignalSpy spy(f.monitor.get(), &ThresholdMonitor::alertsRaised);
            const QList<Alert> raised = f.monitor->evaluate(step.snapshot, step.now);
            const QString where = QStringLiteral("step %1").arg(i);
            QVERIFY2(describe(raised) == step.expected,
                     qPrintable(where + QStringLiteral(": got [") + describe(raised).join(u',') +
                                QStringLiteral("] expected [") + step.expected.join(u',') + u']'));
            QCOMPARE(spy.count(), raised.isEmpty() ? 0 : 1);
            if (!raised.isEmpty())
                QCOMPARE(describe(spy.at(0).at(0).value<QList<Alert>>()), step.expected);
        }
    }

    void alertContent()
    {
        ThresholdMonitor m;
        m.setSettings(noForecasts());
        OrgSnapshot s = snapshot({key("a", "500", "402.10")});
        s.keys[0].name = QStringLiteral("billing-bot");
        const QList<Alert> raised = m.evaluate(s, nov(10));
        QCOMPARE(raised.size(), 1);
        const Alert& a = raised.first();
        QVERIFY(!a.id.isEmpty());
        QCOMPARE(a.time, nov(10));
        QCOMPARE(a.entity, EntityRef::key(QStringLiteral("a")));
        QCOMPARE(a.entityName, QStringLiteral("billing-bot"));
        QCOMPARE(a.kind, Alert::Kind::Threshold);
        QCOMPARE(a.thresholdPercent, 80);
        QCOMPARE(a.spend, usd("402.10"));
        QCOMPARE(a.limit, usd("500"));
        QCOMPARE(a.severity, Alert::Severity::Warning);
        QVERIFY(!a.acknowledged);
        QVERIFY(!a.suppressed);
        QCOMPARE(a.message,
                 QStringLiteral("Key billing-bot reached 80 % of its $500.00 monthly limit ($402.10 spent)."));
        // The history holds what was raised.
        QCOMPARE(m.state().history().size(), 1);
        QCOMPARE(m.state().history().first(), a);
    }

    void severities()
    {
        ThresholdMonitor m;
        m.setSettings(withFloor("100"));
        OrgSnapshot s =
            snapshot({key("info", "100", "60"), key("warn", "100", "85"), key("crit", "100", "120")}, {}, "10");
        QHash<QString, Alert::Severity> got;
        for (const Alert& a : m.evaluate(s, nov(10)))
            got.insert(a.entityKey(), a.severity);
        QCOMPARE(got.value(QStringLiteral("key:info")), Alert::Severity::Info);
        QCOMPARE(got.value(QStringLiteral("key:warn")), Alert::Severity::Warning);
        QCOMPARE(got.value(QStringLiteral("key:crit")), Alert::Severity::Critical);
        QCOMPARE(got.value(QStringLiteral("org")), Alert::Severity::Critical);
    }

    void forecastMessage()
    {
        ThresholdMonitor m;
        OrgSnapshot s = burning("500", 11, 20);
        s.keys[0].name = QStringLiteral("ci-bot");
        const QList<Alert> raised = m.evaluate(s, nov(11, 0));
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised[0].forecastDate, QDate(2026, 11, 29));
        QCOMPARE(raised[0].severity, Alert::Severity::Warning);
        QCOMPARE(raised[0].message,
                 QStringLiteral(
                     "Key ci-bot is projected to reach its $500.00 monthly limit on 29 Nov ($140.00 spent so far)."));
    }

    void forecastFoldedMessage()
    {
        ThresholdMonitor m;
        const QList<Alert> raised = m.evaluate(burning("250", 11, 20), nov(11, 0));
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised[0].kind, Alert::Kind::Threshold);
        QCOMPARE(raised[0].forecastDate, QDate(2026, 11, 16));
        QVERIFY2(raised[0].message.endsWith(QStringLiteral("Projected to reach the limit on 16 Nov.")),
                 qPrintable(raised[0].message));
    }

    void forecastProviderIsUsed()
    {
        ThresholdMonitor m;
        QList<EntityRef> asked;
        m.setForecastProvider([&](const EntityRef& e) {
            asked << e;
            Forecast f;
            f.dailyBurn = Money::fromDollars(100);
            f.endOfMonth = Money::fromDollars(2000);
            return f;
        });
        // 10 % spent; the provider's $100/day burn reaches $500 on the 15th (no limit date from it).
        const QList<Alert> raised = m.evaluate(snapshot({key("a", "500", "50")}), nov(11, 0));
        QCOMPARE(asked, QList<EntityRef>{EntityRef::key(QStringLiteral("a"))});
        QCOMPARE(describe(raised), list({"key:a/forecast/100"}));
        QCOMPARE(raised[0].forecastDate, QDate(2026, 11, 15));
    }

    void snapshotOfAnEarlierMonthIsNotEvaluated()
    {
        ThresholdMonitor m;
        m.setSettings(noForecasts());
        OrgSnapshot s = snapshot({key("a", "100", "95")});
        s.fetchedAt = nov(30, 23, 59);
        QVERIFY(m.evaluate(s, utc(2026, 12, 1, 0, 1)).isEmpty());
        // Nothing was marked fired either: the same spend fetched in December alerts.
        s.fetchedAt = utc(2026, 12, 1, 0, 2);
        QCOMPARE(describe(m.evaluate(s, utc(2026, 12, 1, 0, 2))), list({"key:a/threshold/90"}));
    }

    void stateFileWrittenAfterEvaluate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/alerts.json"));
        ThresholdMonitor m;
        QVERIFY(!m.setStatePath(path)); // nothing yet
        m.evaluate(snapshot({key("a", "100", "85")}), nov(10));
        AlertState loaded;
        loaded.setPath(path);
        QVERIFY(loaded.load());
        QVERIFY(loaded.isFired(QStringLiteral("key:a"), Alert::Kind::Threshold, 80, QStringLiteral("2026-11")));
        QVERIFY(loaded.isFired(QStringLiteral("key:a"), Alert::Kind::Threshold, 50, QStringLiteral("2026-11")));
        QCOMPARE(loaded.history().size(), 1);
    }

    void acknowledgePersists()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.json"));
        QString id;
        {
            ThresholdMonitor m;
            m.setStatePath(path);
            id = m.evaluate(snapshot({key("a", "100", "85")}), nov(10)).value(0).id;
            QSignalSpy changed(&m, &ThresholdMonitor::stateChanged);
            m.acknowledge({id});
            QCOMPARE(changed.count(), 1);
        }
        ThresholdMonitor again;
        again.setStatePath(path);
        QCOMPARE(again.state().history().size(), 1);
        QCOMPARE(again.state().history().first().id, id);
        QVERIFY(again.state().history().first().acknowledged);
    }

    void snoozeEnds()
    {
        const QDateTime now = nov(10, 15, 30);
        QCOMPARE(ThresholdMonitor::snoozeEnd(ThresholdMonitor::Snooze::OneHour, now), nov(10, 16, 30));
        QCOMPARE(ThresholdMonitor::snoozeEnd(ThresholdMonitor::Snooze::OneDay, now), nov(11, 15, 30));
        QCOMPARE(ThresholdMonitor::snoozeEnd(ThresholdMonitor::Snooze::RestOfMonth, now), utc(2026, 12, 1, 0, 0));
        const QDateTime tomorrow = ThresholdMonitor::snoozeEnd(ThresholdMonitor::Snooze::UntilTomorrow, now);
        QVERIFY(tomorrow > now);
        QCOMPARE(tomorrow.toLocalTime().time(), QTime(0, 0));
        QCOMPARE(tomorrow.toLocalTime().date(), now.toLocalTime().date().addDays(1));
    }

    void historyIsCapped()
    {
        ThresholdMonitor m;
        m.setSettings(noForecasts());
        // Each step deletes the previous key and adds a new one at 100 %: one alert per step.
        for (int i = 0; i < AlertState::kHistoryCap + 5; ++i) {
            OrgSnapshot s = snapshot({key("x", "10", "10")});
            s.keys[0].id = QString::number(i);
            QCOMPARE(m.evaluate(s, nov(10)).size(), 1);
        }
        QCOMPARE(m.state().history().size(), AlertState::kHistoryCap);
        QCOMPARE(m.state().history().first().entity.id, QStringLiteral("5"));
    }
};

QTEST_GUILESS_MAIN(tst_ThresholdMonitor)
#include "tst_thresholdmonitor.moc"
