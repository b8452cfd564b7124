// Key, organization, group and project endpoints of the simulator: shapes, money forms, changes that
// show in later reads, projects switched off, and the 10 000-key list.
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

QJsonObject findKey(const QJsonArray& keys, const QString& id)
{
    for (const QJsonValue& v : keys) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

bool isAccess(const QJsonValue& v)
{
    const QString s = v.toString();
    return s == QLatin1String("none") || s == QLatin1String("read") || s == QLatin1String("write");
}
} // namespace

class TestSimulatorKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listHasTheContractShape();
    void singleKeyShape();
    void moneyForms_data();
    void moneyForms();
    void createdKeyShowsAndCanBeDeleted();
    void createValidation_data();
    void createValidation();
    void limitChangeShowsInNextList();
    void limitValidation();
    void labelsRoundTrip();
    void expiryRoundTrip();
    void expiredKeyCannotBeChanged();
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

void TestSimulatorKeys::initTestCase()
{
    m_sim = std::make_unique<Simulator>(pinned(40));
    QVERIFY(m_sim->start());
    m_client = std::make_unique<SimTestClient>(m_sim->url());
}

SimTestClient::Response TestSimulatorKeys::list()
{
    return m_client->get(QStringLiteral("/v1/manage/apikey"), m_sim->adminKey());
}

void TestSimulatorKeys::listHasTheContractShape()
{
    const auto r = list();
    QCOMPARE(r.status, 200);
    QVERIFY(r.jsonValid);
    QCOMPARE(r.headers.value("content-type"), QByteArrayLiteral("application/json"));
    const QJsonArray keys = r.object().value(QLatin1String("keys")).toArray();
    QCOMPARE(keys.size(), 40);
    QCOMPARE(m_sim->keyCount(), 40);
    QCOMPARE(keys.at(0).toObject().value(QLatin1String("id")).toString(), m_sim->keyIdForSecret(m_sim->adminKey()));
    int withProject = 0, noLimit = 0, withLabels = 0, expired = 0, expiringSoon = 0;
    const QDateTime now = m_sim->simulatedNow();
    for (const QJsonValue& value : keys) {
        const QJsonObject k = value.toObject();
        QVERIFY(kUuid.match(k.value(QLatin1String("id")).toString()).hasMatch());
        QVERIFY(!k.value(QLatin1String("name")).toString().isEmpty());
        QVERIFY(SimTestClient::isMoney(k.value(QLatin1String("monthly_limit"))));
        QVERIFY(SimTestClient::isMoney(k.value(QLatin1String("monthly_spend"))));
        const qint64 limit = SimTestClient::micros(k.value(QLatin1String("monthly_limit")));
        const qint64 spend = SimTestClient::micros(k.value(QLatin1String("monthly_spend")));
        QCOMPARE(spend, m_sim->keySpendMicros(k.value(QLatin1String("id")).toString()));
        QCOMPARE(limit, m_sim->keyLimitMicros(k.value(QLatin1String("id")).toString()));
        if (limit > 0)
            QVERIFY2(spend <= limit, qPrintable(k.value(QLatin1String("name")).toString()));
        else
            ++noLimit;
        const QJsonObject permissions = k.value(QLatin1String("permissions")).toObject();
        QVERIFY(isAccess(permissions.value(QLatin1String("manage"))));
        QVERIFY(isAccess(permissions.value(QLatin1String("completions"))));
        QVERIFY(k.value(QLatin1String("labels")).isObject());
        withLabels += k.value(QLatin1String("labels")).toObject().isEmpty() ? 0 : 1;
        const QJsonObject creator = k.value(QLatin1String("created_by")).toObject();
        QVERIFY(!creator.value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(creator.value(QLatin1String("email")).toString().contains(QLatin1Char('@')));
        if (k.contains(QLatin1String("project"))) {
            ++withProject;
            const QJsonObject p = k.value(QLatin1String("project")).toObject();
            QVERIFY(kUuid.match(p.value(QLatin1String("id")).toString()).hasMatch());
            QVERIFY(!p.value(QLatin1String("name")).toString().isEmpty());
        }
        if (k.contains(QLatin1String("expires_at"))) {
            const QDateTime at = QDateTime::fromString(k.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
            QVERIFY(at.isValid());
            if (at <= now)
                ++expired;
            else if (at <= now.addDays(7))
                ++expiringSoon;
        }
    }
    QVERIFY(withProject > 20);
    QVERIFY(noLimit >= 3); // the two management keys and more
    QVERIFY(withLabels > 10);
    QVERIFY(expired >= 1);
    QVERIFY(expiringSoon >= 1);
}

void TestSimulatorKeys::singleKeyShape()
{
    const QString id = m_sim->keyIds().at(8);
    const auto r = m_client->get(QStringLiteral("/v1/manage/apikey/%1").arg(id), m_sim->readKey());
    QCOMPARE(r.status, 200);
    const QJsonObject k = r.object();
    QCOMPARE(k.value(QLatin1String("id")).toString(), id);
    QVERIFY(k.value(QLatin1String("logging")).isBool());
    QVERIFY(SimTestClient::isMoney(k.value(QLatin1String("monthly_spend"))));
    QVERIFY(SimTestClient::isMoney(k.value(QLatin1String("monthly_limit"))));
    QVERIFY(k.value(QLatin1String("permissions")).isObject());

    const auto self = m_client->get(QStringLiteral("/v1/manage/apikey/self"), m_sim->adminKey());
    QCOMPARE(self.status, 200);
    QCOMPARE(self.object().value(QLatin1String("name")).toString(), QStringLiteral("spendboard-admin"));

    int withGroup = 0;
    for (const QString& keyId : m_sim->keyIds()) {
        const auto one = m_client->get(QStringLiteral("/v1/manage/apikey/%1").arg(keyId), m_sim->adminKey());
        QCOMPARE(one.status, 200);
        if (one.object().contains(QLatin1String("group"))) {
            ++withGroup;
            QVERIFY(
                kUuid.match(one.object().value(QLatin1String("group")).toObject().value(QLatin1String("id")).toString())
                    .hasMatch());
        }
    }
    QVERIFY(withGroup > 0);
}

void TestSimulatorKeys::moneyForms_data()
{
    QTest::addColumn<int>("form");
    QTest::newRow("numbers") << int(Simulator::MoneyForm::Numbers);
    QTest::newRow("strings") << int(Simulator::MoneyForm::Strings);
    QTest::newRow("mixed") << int(Simulator::MoneyForm::Mixed);
}

void TestSimulatorKeys::moneyForms()
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

void TestSimulatorKeys::createdKeyShowsAndCanBeDeleted()
{
    const int before = m_sim->keyCount();
    const auto created =
        m_client->post(QStringLiteral("/v1/manage/apikey"),
                       QByteArrayLiteral("{\"name\":\"ci-runner-x\",\"monthly_limit\":\"25.50\",\"permissions\":{"
                                         "\"manage\":\"none\",\"completions\":\"write\"}}"),
                       m_sim->adminKey());
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QLatin1String("api_key_id")).toString();
    QVERIFY(kUuid.match(id).hasMatch());
    QVERIFY(created.object().value(QLatin1String("api_key")).toString().size() >= 20);
    QCOMPARE(m_sim->keyCount(), before + 1);

    const QJsonObject listed = findKey(list().object().value(QLatin1String("keys")).toArray(), id);
    QCOMPARE(listed.value(QLatin1String("name")).toString(), QStringLiteral("ci-runner-x"));
    QCOMPARE(SimTestClient::micros(listed.value(QLatin1String("monthly_limit"))), 25500000);
    QCOMPARE(SimTestClient::micros(listed.value(QLatin1String("monthly_spend"))), 0);
    QCOMPARE(listed.value(QLatin1String("permissions")).toObject().value(QLatin1String("completions")).toString(),
             QStringLiteral("write"));

    QCOMPARE(m_client->get(QStringLiteral("/v1/manage/apikey/%1").arg(id), m_sim->adminKey()).status, 200);
    const auto deleted = m_client->del(QStringLiteral("/v1/manage/apikey/%1").arg(id), m_sim->adminKey());
    QCOMPARE(deleted.status, 204);
    const auto gone = m_client->get(QStringLiteral("/v1/manage/apikey/%1").arg(id), m_sim->adminKey());
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorMessage(), QStringLiteral("API key not found"));
    QVERIFY(findKey(list().object().value(QLatin1String("keys")).toArray(), id).isEmpty());
    QCOMPARE(m_sim->keyCount(), before);
    QCOMPARE(m_client->del(QStringLiteral("/v1/manage/apikey/%1").arg(id), m_sim->adminKey()).status, 404);
}

void TestSimulatorKeys::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArrayLiteral("{name: x");
    QTest::newRow("array") << QByteArrayLiteral("[]");
    QTest::newRow("no name") << QByteArrayLiteral("{\"monthly_limit\": 5}");
    QTest::newRow("empty name") << QByteArrayLiteral("{\"name\": \"  \"}");
    QTest::newRow("name not a string") << QByteArrayLiteral("{\"name\": 42}");
    QTest::newRow("negative limit") << QByteArrayLiteral("{\"name\": \"a\", \"monthly_limit\": -1}");
    QTest::newRow("negative string limit") << QByteArrayLiteral("{\"name\": \"a\", \"monthly_limit\": \"-0.01\"}");
    QTest::newRow("limit not numeric") << QByteArrayLiteral("{\"name\": \"a\", \"monthly_limit\": \"ten\"}");
    QTest::newRow("limit too precise") << QByteArrayLiteral("{\"name\": \"a\", \"monthly_limit\": \"1.0000001\"}");
    QTest::newRow("bad permission") << QByteArrayLiteral("{\"name\": \"a\", \"permissions\": {\"manage\": \"admin\"}}");
    QTest::newRow("permissions not object") << QByteArrayLiteral("{\"name\": \"a\", \"permissions\": \"write\"}");
}

void TestSimulatorKeys::createValidation()
{
    QFETCH(QByteArray, body);
    const int before = m_sim->keyCount();
    const auto r = m_client->post(QStringLiteral("/v1/manage/apikey"), body, m_sim->adminKey());
    QCOMPARE(r.status, 400);
    QVERIFY(!r.errorMessage().isEmpty());
    QCOMPARE(m_sim->keyCount(), before);
}

void TestSimulatorKeys::limitChangeShowsInNextList()
{
    const QString id = m_sim->keyIds().at(10);
    const auto r = m_client->post(QStringLiteral("/v1/manage/apikey/%1/limit").arg(id),
                                  QByteArrayLiteral("{\"monthly_limit\": 1234.56}"), m_sim->adminKey());
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_sim->keyLimitMicros(id), 1234560000);
    QJsonObject listed = findKey(list().object().value(QLatin1String("keys")).toArray(), id);
    QCOMPARE(SimTestClient::micros(listed.value(QLatin1String("monthly_limit"))), 1234560000);

    QCOMPARE(m_client
                 ->post(QStringLiteral("/v1/manage/apikey/%1/limit").arg(id),
                        QByteArrayLiteral("{\"monthly_limit\": \"0\"}"), m_sim->adminKey())
                 .status,
             204);
    listed = findKey(list().object().value(QLatin1String("keys")).toArray(), id);
    QCOMPARE(SimTestClient::micros(listed.value(QLatin1String("monthly_limit"))), 0);
}

void TestSimulatorKeys::limitValidation()
{
    const QString id = m_sim->keyIds().at(11);
    const qint64 before = m_sim->keyLimitMicros(id);
    for (const QByteArray& body : {QByteArrayLiteral("{\"monthly_limit\": -5}"), QByteArrayLiteral("{}"),
                                   QByteArrayLiteral("{\"monthly_limit\": \"abc\"}"), QByteArrayLiteral("nope")}) {
        const auto r = m_client->post(QStringLiteral("/v1/manage/apikey/%1/limit").arg(id), body, m_sim->adminKey());
        QVERIFY2(r.status == 400, body.constData());
        QVERIFY(!r.errorMessage().isEmpty());
    }
    QCOMPARE(m_sim->keyLimitMicros(id), before);
}

void TestSimulatorKeys::labelsRoundTrip()
{
    const QString id = m_sim->keyIds().at(12);
    const QString path = QStringLiteral("/v1/manage/apikey/%1").arg(id);
    QCOMPARE(m_client
                 ->post(path + QLatin1String("/label"),
                        QByteArrayLiteral("{\"labels\": {\"env\": \"prod\", \"owner\": \"ana \xc3\xa9\"}}"),
                        m_sim->adminKey())
                 .status,
             204);
    QJsonObject labels = m_client->get(path, m_sim->adminKey()).object().value(QLatin1String("labels")).toObject();
    QCOMPARE(labels.size(), 2);
    QCOMPARE(labels.value(QLatin1String("env")).toString(), QStringLiteral("prod"));
    QCOMPARE(labels.value(QLatin1String("owner")).toString(), QString::fromUtf8("ana \xc3\xa9"));
    labels =
        findKey(list().object().value(QLatin1String("keys")).toArray(), id).value(QLatin1String("labels")).toObject();
    QCOMPARE(labels.value(QLatin1String("owner")).toString(), QString::fromUtf8("ana \xc3\xa9"));

    QCOMPARE(
        m_client->post(path + QLatin1String("/label"), QByteArrayLiteral("{\"labels\": {}}"), m_sim->adminKey()).status,
        204);
    QVERIFY(m_client->get(path, m_sim->adminKey()).object().value(QLatin1String("labels")).toObject().isEmpty());

    QCOMPARE(
        m_client->post(path + QLatin1String("/label"), QByteArrayLiteral("{\"labels\": {\"n\": 1}}"), m_sim->adminKey())
            .status,
        400);
    QCOMPARE(m_client->post(path + QLatin1String("/label"), QByteArrayLiteral("{}"), m_sim->adminKey()).status, 400);
}

void TestSimulatorKeys::expiryRoundTrip()
{
    const auto created = m_client->post(QStringLiteral("/v1/manage/apikey"),
                                        QByteArrayLiteral("{\"name\":\"expiring\"}"), m_sim->adminKey());
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QLatin1String("api_key_id")).toString();
    QVERIFY(!m_client->get(QStringLiteral("/v1/manage/apikey/%1").arg(id), m_sim->adminKey())
                 .object()
                 .contains(QLatin1String("expires_at")));
    const QString path = QStringLiteral("/v1/manage/apikey/%1").arg(id);
    QCOMPARE(m_client
                 ->post(path + QLatin1String("/expiry"),
                        QByteArrayLiteral("{\"expires_at\": \"2027-01-31T23:59:59Z\"}"), m_sim->adminKey())
                 .status,
             204);
    QCOMPARE(m_client->get(path, m_sim->adminKey()).object().value(QLatin1String("expires_at")).toString(),
             QStringLiteral("2027-01-31T23:59:59Z"));
    QCOMPARE(findKey(list().object().value(QLatin1String("keys")).toArray(), id)
                 .value(QLatin1String("expires_at"))
                 .toString(),
             QStringLiteral("2027-01-31T23:59:59Z"));
    // An offset is accepted and normalized to UTC
    QCOMPARE(m_client
                 ->post(path + QLatin1String("/expiry"),
                        QByteArrayLiteral("{\"expires_at\": \"2027-02-01T01:00:00+02:00\"}"), m_sim->adminKey())
                 .status,
             204);
    QCOMPARE(m_client->get(path, m_sim->adminKey()).object().value(QLatin1String("expires_at")).toString(),
             QStringLiteral("2027-01-31T23:00:00Z"));
    QCOMPARE(
        m_client->post(path + QLatin1String("/expiry"), QByteArrayLiteral("{\"expires_at\": null}"), m_sim->adminKey())
            .status,
        204);
    QVERIFY(!m_client->get(path, m_sim->adminKey()).object().contains(QLatin1String("expires_at")));
    QCOMPARE(m_client
                 ->post(path + QLatin1String("/expiry"), QByteArrayLiteral("{\"expires_at\": \"next tuesday\"}"),
                        m_sim->adminKey())
                 .status,
             400);
    QCOMPARE(m_client
                 ->post(path + QLatin1String("/expiry"), QByteArrayLiteral("{\"expires_at\": \"2027-01-31T23:59:59\"}"),
                        m_sim->adminKey())
                 .status,
             400);
}

void TestSimulatorKeys::expiredKeyCannotBeChanged()
{
    QString expiredId;
    const QDateTime now = m_sim->simulatedNow();
    for (const QJsonValue& v : list().object().value(QLatin1String("keys")).toArray()) {
        const QJsonObject k = v.toObject();
        if (k.contains(QLatin1String("expires_at")) &&
            QDateTime::fromString(k.value(QLatin1String("expires_at")).toString(), Qt::ISODate) <= now)
            expiredId = k.value(QLatin1String("id")).toString();
    }
    QVERIFY(!expiredId.isEmpty());
    const auto r = m_client->post(QStringLiteral("/v1/manage/apikey/%1/expiry").arg(expiredId),
                                  QByteArrayLiteral("{\"expires_at\": null}"), m_sim->adminKey());
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(QLatin1String("expired")));

    // A key whose expiry is set into the past expires at once and stops authenticating.
    const auto created = m_client->post(QStringLiteral("/v1/manage/apikey"),
                                        QByteArrayLiteral("{\"name\":\"temp\",\"permissions\":{\"manage\":\"read\"}}"),
                                        m_sim->adminKey());
    const QString secret = created.object().value(QLatin1String("api_key")).toString();
    const QString id = created.object().value(QLatin1String("api_key_id")).toString();
    QCOMPARE(m_client->get(QStringLiteral("/v1/auth/check"), secret).status, 200);
    QCOMPARE(m_client
                 ->post(QStringLiteral("/v1/manage/apikey/%1/expiry").arg(id),
                        QByteArrayLiteral("{\"expires_at\": \"2026-01-01T00:00:00Z\"}"), m_sim->adminKey())
                 .status,
             204);
    QCOMPARE(m_client->get(QStringLiteral("/v1/auth/check"), secret).status, 403);
}

void TestSimulatorKeys::organization()
{
    const auto r = m_client->get(QStringLiteral("/v1/manage/org"), m_sim->readKey());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("name")).toString(), m_sim->organizationName());
    QVERIFY(!m_sim->organizationName().isEmpty());
    QCOMPARE(SimTestClient::micros(r.object().value(QLatin1String("balance"))), m_sim->balanceMicros());
    QVERIFY(m_sim->balanceMicros() > 0);
}

void TestSimulatorKeys::groups()
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

void TestSimulatorKeys::projects()
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

void TestSimulatorKeys::projectLimit()
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

void TestSimulatorKeys::noProjects()
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

void TestSimulatorKeys::tenThousandKeys()
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

QTEST_GUILESS_MAIN(TestSimulatorKeys)
#include "tst_simulatorkeys.moc"
