// Usage endpoints and the live spend model: parameter validation, buckets that add up to the keys'
// monthly spend, monotonic growth, limits that stop spend, month rollover, --speed.
#include "simtestclient.h"
#include "simulator.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

namespace {
Simulator::Options pinned(const QDateTime& start, quint32 seed = 9)
{
    Simulator::Options options;
    options.keys = 40;
    options.seed = seed;
    options.speed = 0;
    options.startTime = start;
    return options;
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

QHash<QString, qint64> listedSpend(SimTestClient& client, const Simulator& sim)
{
    QHash<QString, qint64> out;
    const auto r = client.get(QStringLiteral("/v1/manage/apikey"), sim.adminKey());
    for (const QJsonValue& v : r.object().value(QLatin1String("keys")).toArray()) {
        const QJsonObject k = v.toObject();
        out.insert(k.value(QLatin1String("id")).toString(),
                   SimTestClient::micros(k.value(QLatin1String("monthly_spend"))));
    }
    return out;
}

// Sum of grouped spend per api_key_id over all buckets of an org usage answer.
QHash<QString, qint64> usageByKey(const QJsonObject& answer)
{
    QHash<QString, qint64> out;
    const QJsonObject usage = answer.value(QLatin1String("usage")).toObject();
    for (const QJsonValue& bucket : usage) {
        for (const QJsonValue& g : bucket.toObject().value(QLatin1String("grouped_data")).toArray()) {
            const QString id = g.toObject()
                                   .value(QLatin1String("group_by_values"))
                                   .toObject()
                                   .value(QLatin1String("api_key_id"))
                                   .toString();
            out[id] += SimTestClient::micros(g.toObject().value(QLatin1String("spend")));
        }
    }
    return out;
}

qint64 totalSpend(const QJsonObject& answer)
{
    qint64 sum = 0;
    for (const QJsonValue& bucket : answer.value(QLatin1String("usage")).toObject())
        sum += SimTestClient::micros(bucket.toObject().value(QLatin1String("spend")));
    return sum;
}
} // namespace

class TestSimulatorUsage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validation_data();
    void validation();
    void defaultsAndLongestRange();
    void monthlySpendEqualsSumOfBuckets();
    void groupsAddUpToBucketTotals();
    void hoursAddUpToTheDay();
    void keyUsageMatchesKeySpend();
    void spendGrowsMonotonicallyWithinMonth();
    void spendStopsAtLimitAndResumesWhenRaised();
    void thresholdKeysCrossWithinHours();
    void speedMakesSpendGrowLive();
    void monthRolloverResetsMonthlySpend();

private:
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimTestClient> m_client;
};

void TestSimulatorUsage::initTestCase()
{
    m_sim = std::make_unique<Simulator>(pinned(utc(2026, 11, 17, 15, 30)));
    QVERIFY(m_sim->start());
    m_client = std::make_unique<SimTestClient>(m_sim->url());
}

void TestSimulatorUsage::validation_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("missing start") << QString();
    QTest::newRow("start not a date") << QStringLiteral("start=yesterday");
    QTest::newRow("start date only") << QStringLiteral("start=2026-11-10");
    QTest::newRow("start without offset") << QStringLiteral("start=2026-11-10T00:00:00");
    QTest::newRow("end not a date") << QStringLiteral("start=2026-11-10T00:00:00Z&end=soon");
    QTest::newRow("end before start") << QStringLiteral("start=2026-11-10T00:00:00Z&end=2026-11-09T00:00:00Z");
    QTest::newRow("end equals start") << QStringLiteral("start=2026-11-10T00:00:00Z&end=2026-11-10T00:00:00Z");
    QTest::newRow("more than 100 days") << QStringLiteral("start=2026-08-01T00:00:00Z&end=2026-11-10T00:00:00Z");
    QTest::newRow("bad resolution") << QStringLiteral("start=2026-11-10T00:00:00Z&resolution=week");
    QTest::newRow("unknown group_by") << QStringLiteral("start=2026-11-10T00:00:00Z&group_by=colour");
}

void TestSimulatorUsage::validation()
{
    QFETCH(QString, query);
    const QString suffix = query.isEmpty() ? QString() : QLatin1Char('?') + query;
    const QString keyPath = QStringLiteral("/v1/manage/apikey/%1/usage").arg(m_sim->keyIds().at(3));
    for (const QString& path : {QStringLiteral("/v1/manage/org/usage"), keyPath}) {
        const auto r = m_client->get(path + suffix, m_sim->readKey());
        QCOMPARE(r.status, 400);
        QVERIFY(r.jsonValid);
        QVERIFY(!r.errorMessage().isEmpty());
    }
}

void TestSimulatorUsage::defaultsAndLongestRange()
{
    auto r = m_client->get(QStringLiteral("/v1/manage/org/usage?start=2026-11-16T00:00:00Z"), m_sim->readKey());
    QCOMPARE(r.status, 200);
    QJsonObject usage = r.object().value(QLatin1String("usage")).toObject();
    QCOMPARE(usage.keys(), QStringList{QStringLiteral("2026-11-16T00:00:00Z")});
    const QJsonObject day = usage.value(QLatin1String("2026-11-16T00:00:00Z")).toObject();
    for (const char* field :
         {"total_requests", "completions_requests", "input_tokens", "output_tokens", "total_tokens"})
        QVERIFY2(day.value(QLatin1String(field)).isDouble(), field);
    QVERIFY(SimTestClient::micros(day.value(QLatin1String("spend"))) > 0);
    QCOMPARE(day.value(QLatin1String("total_tokens")).toInteger(),
             day.value(QLatin1String("input_tokens")).toInteger() +
                 day.value(QLatin1String("output_tokens")).toInteger());
    QVERIFY(!day.contains(QLatin1String("grouped_data")));

    // Exactly 100 days is allowed; an offset in start is honoured.
    r = m_client->get(SimTestClient::usagePath(QStringLiteral("/v1/manage/org/usage"),
                                               QStringLiteral("2026-08-09T02:00:00+02:00"),
                                               QStringLiteral("2026-11-17T00:00:00Z")),
                      m_sim->readKey());
    QCOMPARE(r.status, 200);
    usage = r.object().value(QLatin1String("usage")).toObject();
    QCOMPARE(usage.size(), 100);
    QVERIFY(usage.contains(QLatin1String("2026-08-09T00:00:00Z")));
    QVERIFY(usage.contains(QLatin1String("2026-11-16T00:00:00Z")));
    // History before the current month exists and is non-zero.
    QVERIFY(SimTestClient::micros(
                usage.value(QLatin1String("2026-09-15T00:00:00Z")).toObject().value(QLatin1String("spend"))) > 0);
}

void TestSimulatorUsage::monthlySpendEqualsSumOfBuckets()
{
    const QHash<QString, qint64> listed = listedSpend(*m_client, *m_sim);
    QCOMPARE(listed.size(), 40);
    const auto r = m_client->get(SimTestClient::usagePath(QStringLiteral("/v1/manage/org/usage"),
                                                          QStringLiteral("2026-11-01T00:00:00Z"),
                                                          QStringLiteral("2026-12-01T00:00:00Z"), QStringLiteral("day"),
                                                          {QStringLiteral("api_key_id")}),
                                 m_sim->readKey());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("usage")).toObject().size(), 30);
    const QHash<QString, qint64> fromUsage = usageByKey(r.object());
    qint64 total = 0;
    int spending = 0;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        QVERIFY2(fromUsage.value(it.key()) == it.value(), qPrintable(it.key()));
        total += it.value();
        spending += it.value() > 0 ? 1 : 0;
    }
    QVERIFY(spending > 20);
    QCOMPARE(totalSpend(r.object()), total);
    QCOMPARE(m_sim->totalMonthSpendMicros(), total);

    const auto month = m_client->get(
        SimTestClient::usagePath(QStringLiteral("/v1/manage/org/usage"), QStringLiteral("2026-11-01T00:00:00Z"),
                                 QStringLiteral("2026-11-30T00:00:00Z"), QStringLiteral("month")),
        m_sim->readKey());
    QCOMPARE(month.status, 200);
    const QJsonObject buckets = month.object().value(QLatin1String("usage")).toObject();
    QCOMPARE(buckets.keys(), QStringList{QStringLiteral("2026-11-01T00:00:00Z")});
    QCOMPARE(totalSpend(month.object()), total);
}

void TestSimulatorUsage::groupsAddUpToBucketTotals()
{
    const auto r = m_client->get(
        SimTestClient::usagePath(QStringLiteral("/v1/manage/org/usage"), QStringLiteral("2026-11-10T00:00:00Z"),
                                 QStringLiteral("2026-11-17T00:00:00Z"), QStringLiteral("day"),
                                 {QStringLiteral("model_used"), QStringLiteral("provider_used"),
                                  QStringLiteral("user_id"), QStringLiteral("project_id")}),
        m_sim->readKey());
    QCOMPARE(r.status, 200);
    const QJsonObject usage = r.object().value(QLatin1String("usage")).toObject();
    QCOMPARE(usage.size(), 7);
    for (const QJsonValue& b : usage) {
        const QJsonObject bucket = b.toObject();
        qint64 spend = 0, requests = 0, tokens = 0;
        const QJsonArray groups = bucket.value(QLatin1String("grouped_data")).toArray();
        QVERIFY(groups.size() > 3);
        for (const QJsonValue& g : groups) {
            const QJsonObject group = g.toObject();
            const QJsonObject values = group.value(QLatin1String("group_by_values")).toObject();
            QCOMPARE(values.size(), 4);
            const QString model = values.value(QLatin1String("model_used")).toString();
            const QString provider = values.value(QLatin1String("provider_used")).toString();
            QVERIFY(model.startsWith(provider + QLatin1Char('/')));
            QVERIFY(values.value(QLatin1String("user_id")).toString().startsWith(QLatin1String("user_")));
            QVERIFY(values.value(QLatin1String("project_id")).isString() ||
                    values.value(QLatin1String("project_id")).isNull());
            spend += SimTestClient::micros(group.value(QLatin1String("spend")));
            requests += group.value(QLatin1String("total_requests")).toInteger();
            tokens += group.value(QLatin1String("total_tokens")).toInteger();
        }
        QCOMPARE(spend, SimTestClient::micros(bucket.value(QLatin1String("spend"))));
        QCOMPARE(requests, bucket.value(QLatin1String("total_requests")).toInteger());
        QCOMPARE(tokens, bucket.value(QLatin1String("total_tokens")).toInteger());
    }
}

void TestSimulatorUsage::hoursAddUpToTheDay()
{
    for (const QString& date : {QStringLiteral("2026-11-10"), QStringLiteral("2026-11-17")}) {
        const QString start = date + QLatin1String("T00:00:00Z");
        const auto day =
            m_client->get(SimTestClient::usagePath(QStringLiteral("/v1/manage/org/usage"), start), m_sim->readKey());
        const auto hours = m_client->get(
            SimTestClient::usagePath(QStringLiteral("/v1/manage/org/usage"), start, {}, QStringLiteral("hour")),
            m_sim->readKey());
        QCOMPARE(day.status, 200);
        QCOMPARE(hours.status, 200);
        const QJsonObject hourly = hours.object().value(QLatin1String("usage")).toObject();
        QCOMPARE(hourly.size(), 24);
        QCOMPARE(totalSpend(hours.object()), totalSpend(day.object()));
        qint64 requests = 0;
        for (const QJsonValue& h : hourly)
            requests += h.toObject().value(QLatin1String("total_requests")).toInteger();
        QCOMPARE(requests, day.object()
                               .value(QLatin1String("usage"))
                               .toObject()
                               .value(start)
                               .toObject()
                               .value(QLatin1String("total_requests"))
                               .toInteger());
        // Business hours spend more than the night.
        const qint64 night = SimTestClient::micros(
            hourly.value(date + QLatin1String("T03:00:00Z")).toObject().value(QLatin1String("spend")));
        const qint64 noon = SimTestClient::micros(
            hourly.value(date + QLatin1String("T10:00:00Z")).toObject().value(QLatin1String("spend")));
        QVERIFY(noon > night);
    }
    // Today (pinned at 15:30): nothing after the current hour.
    const auto today =
        m_client->get(SimTestClient::usagePath(QStringLiteral("/v1/manage/org/usage"),
                                               QStringLiteral("2026-11-17T00:00:00Z"), {}, QStringLiteral("hour")),
                      m_sim->readKey());
    const QJsonObject hourly = today.object().value(QLatin1String("usage")).toObject();
    QVERIFY(SimTestClient::micros(
                hourly.value(QLatin1String("2026-11-17T15:00:00Z")).toObject().value(QLatin1String("spend"))) > 0);
    QCOMPARE(SimTestClient::micros(
                 hourly.value(QLatin1String("2026-11-17T16:00:00Z")).toObject().value(QLatin1String("spend"))),
             0);
}

void TestSimulatorUsage::keyUsageMatchesKeySpend()
{
    const QHash<QString, qint64> listed = listedSpend(*m_client, *m_sim);
    int checked = 0;
    for (auto it = listed.cbegin(); it != listed.cend() && checked < 6; ++it) {
        if (it.value() == 0)
            continue;
        ++checked;
        const auto r = m_client->get(
            SimTestClient::usagePath(QStringLiteral("/v1/manage/apikey/%1/usage").arg(it.key()),
                                     QStringLiteral("2026-11-01T00:00:00Z"), QStringLiteral("2026-11-18T00:00:00Z"),
                                     QStringLiteral("day"), {QStringLiteral("model_used")}),
            m_sim->readKey());
        QCOMPARE(r.status, 200);
        QCOMPARE(totalSpend(r.object()), it.value());
        qint64 grouped = 0;
        for (const QJsonValue& b : r.object().value(QLatin1String("usage")).toObject()) {
            for (const QJsonValue& g : b.toObject().value(QLatin1String("grouped_data")).toArray())
                grouped += SimTestClient::micros(g.toObject().value(QLatin1String("spend")));
        }
        QCOMPARE(grouped, it.value());
    }
    QCOMPARE(checked, 6);
}

void TestSimulatorUsage::spendGrowsMonotonicallyWithinMonth()
{
    Simulator sim(pinned(utc(2026, 11, 10, 6, 0)));
    QVERIFY(sim.start());
    SimTestClient client(sim.url());
    QHash<QString, qint64> previous = listedSpend(client, sim);
    const qint64 startTotal = sim.totalMonthSpendMicros();
    for (int step = 0; step < 12; ++step) {
        sim.advance(1800);
        const QHash<QString, qint64> now = listedSpend(client, sim);
        QCOMPARE(now.size(), previous.size());
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            QVERIFY2(it.value() >= previous.value(it.key()), qPrintable(it.key()));
        previous = now;
    }
    QCOMPARE(sim.simulatedNow(), utc(2026, 11, 10, 12, 0));
    QVERIFY(sim.totalMonthSpendMicros() > startTotal);
}

void TestSimulatorUsage::spendStopsAtLimitAndResumesWhenRaised()
{
    Simulator sim(pinned(utc(2026, 11, 10, 6, 0)));
    QVERIFY(sim.start());
    SimTestClient client(sim.url());
    const QString id = sim.keyIds().at(2); // a steadily busy key outside any project
    const qint64 spend = sim.keySpendMicros(id);
    const qint64 cap = spend + 1000000;
    QCOMPARE(client
                 .post(QStringLiteral("/v1/manage/apikey/%1/limit").arg(id),
                       QByteArray("{\"monthly_limit\": \"") + QByteArray::number(double(cap) / 1e6, 'f', 6) + "\"}",
                       sim.adminKey())
                 .status,
             204);
    sim.advance(24 * 3600);
    QCOMPARE(sim.keySpendMicros(id), cap);
    sim.advance(24 * 3600);
    QCOMPARE(sim.keySpendMicros(id), cap); // stays stopped
    QCOMPARE(listedSpend(client, sim).value(id), cap);

    const qint64 raised = cap + 20000000;
    QCOMPARE(client
                 .post(QStringLiteral("/v1/manage/apikey/%1/limit").arg(id),
                       QByteArray("{\"monthly_limit\": ") + QByteArray::number(double(raised) / 1e6, 'f', 2) + "}",
                       sim.adminKey())
                 .status,
             204);
    sim.advance(6 * 3600);
    const qint64 after = sim.keySpendMicros(id);
    QVERIFY(after > cap);
    QVERIFY(after <= raised);
    // Usage still adds up to the monthly spend after stopping and resuming.
    const auto r = client.get(SimTestClient::usagePath(QStringLiteral("/v1/manage/apikey/%1/usage").arg(id),
                                                       QStringLiteral("2026-11-01T00:00:00Z"),
                                                       QStringLiteral("2026-12-01T00:00:00Z")),
                              sim.readKey());
    QCOMPARE(totalSpend(r.object()), after);
}

void TestSimulatorUsage::thresholdKeysCrossWithinHours()
{
    Simulator sim(pinned(utc(2026, 11, 18, 9, 0), 21));
    const QString near80 = sim.keyIds().at(2);
    const QString near100 = sim.keyIds().at(3);
    const QString atLimit = sim.keyIds().at(4);
    const qint64 limit80 = sim.keyLimitMicros(near80);
    const qint64 limit100 = sim.keyLimitMicros(near100);
    QVERIFY(limit80 > 0 && limit100 > 0);
    QVERIFY(5 * sim.keySpendMicros(near80) < 4 * limit80);
    QVERIFY(5 * sim.keySpendMicros(near80) > 2 * limit80); // well on its way: above 40 %
    QVERIFY(sim.keySpendMicros(near100) < limit100);
    QVERIFY(10 * sim.keySpendMicros(near100) > 9 * limit100);
    QCOMPARE(sim.keySpendMicros(atLimit), sim.keyLimitMicros(atLimit));
    sim.advance(4 * 3600);
    QVERIFY(5 * sim.keySpendMicros(near80) >= 4 * limit80);
    QCOMPARE(sim.keySpendMicros(near100), limit100);
}

void TestSimulatorUsage::speedMakesSpendGrowLive()
{
    Simulator::Options options = pinned(utc(2026, 11, 18, 9, 0), 21);
    options.speed = 3600; // an hour per second
    Simulator sim(options);
    QVERIFY(sim.start());
    SimTestClient client(sim.url());
    const QString near100 = sim.keyIds().at(3);
    const qint64 limit = sim.keyLimitMicros(near100);
    const qint64 first = listedSpend(client, sim).value(near100);
    QVERIFY(first < limit);
    QTRY_VERIFY_WITH_TIMEOUT(listedSpend(client, sim).value(near100) == limit, 30000);
    QVERIFY(sim.simulatedNow() > utc(2026, 11, 18, 10, 0));
}

void TestSimulatorUsage::monthRolloverResetsMonthlySpend()
{
    Simulator sim(pinned(utc(2026, 11, 30, 22, 0)));
    QVERIFY(sim.start());
    SimTestClient client(sim.url());
    const qint64 november = sim.totalMonthSpendMicros();
    QVERIFY(november > 0);
    const qint64 novemberUsageBefore =
        totalSpend(client
                       .get(SimTestClient::usagePath(QStringLiteral("/v1/manage/org/usage"),
                                                     QStringLiteral("2026-11-01T00:00:00Z"),
                                                     QStringLiteral("2026-12-01T00:00:00Z")),
                            sim.readKey())
                       .object());
    QCOMPARE(novemberUsageBefore, november);

    sim.advance(4 * 3600); // 2026-12-01T02:00Z
    const qint64 december = sim.totalMonthSpendMicros();
    QVERIFY(december > 0);
    QVERIFY(december < november);
    const auto dec = client.get(SimTestClient::usagePath(QStringLiteral("/v1/manage/org/usage"),
                                                         QStringLiteral("2026-12-01T00:00:00Z"), {},
                                                         QStringLiteral("day"), {QStringLiteral("api_key_id")}),
                                sim.readKey());
    const QHash<QString, qint64> byKey = usageByKey(dec.object());
    const QHash<QString, qint64> listed = listedSpend(client, sim);
    for (auto it = listed.cbegin(); it != listed.cend(); ++it)
        QCOMPARE(byKey.value(it.key()), it.value());
    // November kept its history and grew by the last two hours.
    const qint64 novemberUsageAfter =
        totalSpend(client
                       .get(SimTestClient::usagePath(QStringLiteral("/v1/manage/org/usage"),
                                                     QStringLiteral("2026-11-01T00:00:00Z"),
                                                     QStringLiteral("2026-12-01T00:00:00Z")),
                            sim.readKey())
                       .object());
    QVERIFY(novemberUsageAfter > novemberUsageBefore);
}

QTEST_GUILESS_MAIN(TestSimulatorUsage)
#include "tst_simulatorusage.moc"
