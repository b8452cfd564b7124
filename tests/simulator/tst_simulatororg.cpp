// Organization, group and project endpoints of the simulator, money forms across all of them, projects
// switched off, and the 10 000-key list.
#include "simtestclient.h"
#include "simulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

namespace {
const QRegularExpression kUuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));

Simulator::Options pinned(int keys, Simulator::MoneyForm money = Simulator::MoneyForm::Mixed)
{
    Simulator::Options options;
    options.keys = keys;
    options.seed = 5;
    options.speed = 0;
    options.money = money;
    options.startTime = QDateTime(QDate(2026, 11, 17), QTime(15, 30), QTimeZone::utc());
    return options;
}

} // namespace

class TestSimulatorOrg : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void moneyForms_data();
    void moneyForms();
    void organization();
    void groups();
    void projects();
    void projectLimit();
    void noProjects();
    void tenThousandKeys();

private:
    SimTestClient::Response list();

    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimTestClient> m_client;
};

void TestSimulatorOrg::initTestCase()
{
    m_sim = std::make_unique<Simulator>(pinned(40));
    QVERIFY(m_sim->start());
    m_client = std::make_unique<SimTestClient>(m_sim->url());
}

SimTestClient::Response TestSimulatorOrg::list()
{
    return m_client->get(QStringLiteral("/v1/manage/apikey"), m_sim->adminKey());
}

void TestSimulatorOrg::moneyForms_data()
{
    QTest::addColumn<int>("form");
    QTest::newRow("numbers") << int(Simulator::MoneyForm::Numbers);
    QTest::newRow("strings") << int(Simulator::MoneyForm::Strings);
    QTest::newRow("mixed") << int(Simulator::MoneyForm::Mixed);
}

void TestSimulatorOrg::moneyForms()
{
    QFETCH(int, form);
    Simulator sim(pinned(60, Simulator::MoneyForm(form)));
    QVERIFY(sim.start());
    SimTestClient client(sim.url());
    QList<QJsonValue> values;
    const auto keys = client.get(QStringLiteral("/v1/manage/apikey"), sim.adminKey());
    QCOMPARE(keys.status, 200);
    for (const QJsonValue& k : keys.object().value(QLatin1String("keys")).toArray()) {
        values << k.toObject().value(QLatin1String("monthly_limit"))
               << k.toObject().value(QLatin1String("monthly_spend"));
    }
    const auto org = client.get(QStringLiteral("/v1/manage/org"), sim.adminKey());
    values << org.object().value(QLatin1String("balance"));
    const auto projects = client.get(QStringLiteral("/v1/manage/project"), sim.adminKey());
    for (const QJsonValue& p : projects.object().value(QLatin1String("projects")).toArray())
        values << p.toObject().value(QLatin1String("monthly_limit"))
               << p.toObject().value(QLatin1String("monthly_spend"));
    const auto groups = client.get(QStringLiteral("/v1/manage/group"), sim.adminKey());
    for (const QJsonValue& g : groups.object().value(QLatin1String("groups")).toArray())
        values << g.toObject().value(QLatin1String("monthly_limit"))
               << g.toObject().value(QLatin1String("monthly_spend"));
    const auto usage = client.get(SimTestClient::usagePath(QStringLiteral("/v1/manage/org/usage"),
                                                           QStringLiteral("2026-11-01T00:00:00Z"),
                                                           QStringLiteral("2026-11-18T00:00:00Z")),
                                  sim.adminKey());
    const QJsonObject buckets = usage.object().value(QLatin1String("usage")).toObject();
    QCOMPARE(buckets.size(), 17);
    for (const QJsonValue& b : buckets)
        values << b.toObject().value(QLatin1String("spend"));

    int numbers = 0, strings = 0;
    static const QRegularExpression kMoneyString(QStringLiteral("^\\d+\\.\\d{2,6}$"));
    for (const QJsonValue& v : values) {
        QVERIFY(SimTestClient::isMoney(v));
        if (v.isDouble()) {
            ++numbers;
        } else {
            QVERIFY2(kMoneyString.match(v.toString()).hasMatch(), qPrintable(v.toString()));
            ++strings;
        }
    }
    QVERIFY(values.size() > 150);
    switch (Simulator::MoneyForm(form)) {
    case Simulator::MoneyForm::Numbers:
        QCOMPARE(strings, 0);
        break;
    case Simulator::MoneyForm::Strings:
        QCOMPARE(numbers, 0);
        break;
    case Simulator::MoneyForm::Mixed:
        QVERIFY(numbers > 20);
        QVERIFY(strings > 20);
        break;
    }
}

void TestSimulatorOrg::organization()
{
    const auto r = m_client->get(QStringLiteral("/v1/manage/org"), m_sim->readKey());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("name")).toString(), m_sim->organizationName());
    QVERIFY(!m_sim->organizationName().isEmpty());
    QCOMPARE(SimTestClient::micros(r.object().value(QLatin1String("balance"))), m_sim->balanceMicros());
    QVERIFY(m_sim->balanceMicros() > 0);
}

void TestSimulatorOrg::groups()
{
    auto r = m_client->get(QStringLiteral("/v1/manage/group"), m_sim->readKey());
    QCOMPARE(r.status, 200);
    const int before = r.object().value(QLatin1String("groups")).toArray().size();
    QVERIFY(before > 0);
    for (const QJsonValue& v : r.object().value(QLatin1String("groups")).toArray()) {
        const QJsonObject g = v.toObject();
        QVERIFY(kUuid.match(g.value(QLatin1String("id")).toString()).hasMatch());
        QVERIFY(!g.value(QLatin1String("name")).toString().isEmpty());
        QVERIFY(SimTestClient::isMoney(g.value(QLatin1String("monthly_limit"))));
        QVERIFY(SimTestClient::isMoney(g.value(QLatin1String("monthly_spend"))));
    }
    const auto created =
        m_client->post(QStringLiteral("/v1/manage/group"),
                       QByteArrayLiteral("{\"name\":\"Contractors\",\"monthly_limit\":500}"), m_sim->adminKey());
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QLatin1String("group_id")).toString();
    QVERIFY(kUuid.match(id).hasMatch());
    r = m_client->get(QStringLiteral("/v1/manage/group"), m_sim->readKey());
    const QJsonArray groups = r.object().value(QLatin1String("groups")).toArray();
    QCOMPARE(groups.size(), before + 1);
    const QJsonObject last = groups.last().toObject();
    QCOMPARE(last.value(QLatin1String("id")).toString(), id);
    QCOMPARE(last.value(QLatin1String("name")).toString(), QStringLiteral("Contractors"));
    QCOMPARE(SimTestClient::micros(last.value(QLatin1String("monthly_limit"))), 500000000);
    QCOMPARE(m_client->post(QStringLiteral("/v1/manage/group"), QByteArrayLiteral("{}"), m_sim->adminKey()).status,
             400);
    QCOMPARE(m_client->post(QStringLiteral("/v1/manage/group"), QByteArrayLiteral("{\"name\":\"x\"}"), m_sim->readKey())
                 .status,
             403);
}

void TestSimulatorOrg::projects()
{
    const auto r = m_client->get(QStringLiteral("/v1/manage/project"), m_sim->readKey());
    QCOMPARE(r.status, 200);
    const QJsonArray projects = r.object().value(QLatin1String("projects")).toArray();
    QCOMPARE(projects.size(), 8);
    QCOMPARE(m_sim->projectIds().size(), 8);
    int privateCount = 0, keyCount = 0;
    for (const QJsonValue& v : projects) {
        const QJsonObject p = v.toObject();
        const QString id = p.value(QLatin1String("id")).toString();
        QVERIFY(kUuid.match(id).hasMatch());
        const QString kind = p.value(QLatin1String("kind")).toString();
        QVERIFY(kind == QLatin1String("private") || kind == QLatin1String("shared"));
        if (kind == QLatin1String("private")) {
            ++privateCount;
            QVERIFY(p.value(QLatin1String("owner"))
                        .toObject()
                        .value(QLatin1String("email"))
                        .toString()
                        .contains(QLatin1Char('@')));
        } else {
            QVERIFY(!p.contains(QLatin1String("owner")));
        }
        QCOMPARE(SimTestClient::micros(p.value(QLatin1String("monthly_spend"))), m_sim->projectSpendMicros(id));
        QCOMPARE(SimTestClient::micros(p.value(QLatin1String("monthly_limit"))), m_sim->projectLimitMicros(id));
        if (m_sim->projectLimitMicros(id) > 0)
            QVERIFY(m_sim->projectSpendMicros(id) <= m_sim->projectLimitMicros(id));
        keyCount += p.value(QLatin1String("key_count")).toInt();
        const auto one = m_client->get(QStringLiteral("/v1/manage/project/%1").arg(id), m_sim->readKey());
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(QLatin1String("name")), p.value(QLatin1String("name")));
    }
    QVERIFY(privateCount >= 1 && privateCount <= 2);
    int keysWithProject = 0;
    for (const QJsonValue& v : list().object().value(QLatin1String("keys")).toArray())
        keysWithProject += v.toObject().contains(QLatin1String("project")) ? 1 : 0;
    QCOMPARE(keyCount, keysWithProject);
    const auto unknown =
        m_client->get(QStringLiteral("/v1/manage/project/00000000-0000-4000-8000-000000000000"), m_sim->readKey());
    QCOMPARE(unknown.status, 404);
    QVERIFY(!unknown.errorMessage().isEmpty());
}

void TestSimulatorOrg::projectLimit()
{
    const QString id = m_sim->projectIds().at(3);
    const QString path = QStringLiteral("/v1/manage/project/%1").arg(id);
    QCOMPARE(m_client
                 ->post(path + QLatin1String("/limit"), QByteArrayLiteral("{\"monthly_limit\": \"9876.5\"}"),
                        m_sim->adminKey())
                 .status,
             204);
    QCOMPARE(
        SimTestClient::micros(m_client->get(path, m_sim->readKey()).object().value(QLatin1String("monthly_limit"))),
        9876500000);
    QCOMPARE(
        m_client->post(path + QLatin1String("/limit"), QByteArrayLiteral("{\"monthly_limit\": -1}"), m_sim->adminKey())
            .status,
        400);
    QCOMPARE(
        m_client->post(path + QLatin1String("/limit"), QByteArrayLiteral("{\"monthly_limit\": 1}"), m_sim->readKey())
            .status,
        403);
    QCOMPARE(m_sim->projectLimitMicros(id), 9876500000);
}

void TestSimulatorOrg::noProjects()
{
    Simulator::Options options = pinned(30);
    options.projectsEnabled = false;
    Simulator sim(options);
    QVERIFY(sim.start());
    SimTestClient client(sim.url());
    const auto projects = client.get(QStringLiteral("/v1/manage/project"), sim.adminKey());
    QCOMPARE(projects.status, 404);
    QVERIFY(!projects.errorMessage().isEmpty());
    QCOMPARE(client.get(QStringLiteral("/v1/manage/project/x"), sim.adminKey()).status, 404);
    QVERIFY(sim.projectIds().isEmpty());
    const auto keys = client.get(QStringLiteral("/v1/manage/apikey"), sim.adminKey());
    QCOMPARE(keys.status, 200);
    const QJsonArray array = keys.object().value(QLatin1String("keys")).toArray();
    QCOMPARE(array.size(), 30);
    for (const QJsonValue& v : array)
        QVERIFY(!v.toObject().contains(QLatin1String("project")));
    const auto usage = client.get(SimTestClient::usagePath(QStringLiteral("/v1/manage/org/usage"),
                                                           QStringLiteral("2026-11-17T00:00:00Z"), {}, {},
                                                           {QStringLiteral("project_id")}),
                                  sim.adminKey());
    QCOMPARE(usage.status, 400);
}

void TestSimulatorOrg::tenThousandKeys()
{
    QElapsedTimer setup;
    setup.start();
    Simulator::Options options = pinned(10000);
    options.speed = 60; // a live clock: every list is a new tick
    Simulator sim(options);
    QVERIFY(sim.start());
    const qint64 setupMs = setup.elapsed();
    SimTestClient client(sim.url());
    QElapsedTimer timer;
    for (int round = 0; round < 3; ++round) {
        timer.restart();
        const auto r = client.get(QStringLiteral("/v1/manage/apikey"), sim.adminKey());
        const qint64 ms = timer.elapsed();
        QCOMPARE(r.status, 200);
        QVERIFY(r.jsonValid);
        const QJsonArray keys = r.object().value(QLatin1String("keys")).toArray();
        QCOMPARE(keys.size(), 10000);
        QVERIFY(SimTestClient::isMoney(keys.at(9999).toObject().value(QLatin1String("monthly_spend"))));
        // Informational only (no timing asserts): see the report.
        qInfo("10 000 keys: setup %lld ms, list round %d: %lld ms for %lld bytes", setupMs, round, ms,
              qint64(r.body.size()));
    }
}

QTEST_GUILESS_MAIN(TestSimulatorOrg)
#include "tst_simulatororg.moc"
