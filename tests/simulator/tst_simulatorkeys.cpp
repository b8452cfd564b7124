// Key endpoints of the simulator: the list and single-key shapes, create/delete, limits, labels and
// expiry, each change showing in later reads.
#include "simtestclient.h"
#include "simulator.h"

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
    void createdKeyShowsAndCanBeDeleted();
    void createValidation_data();
    void createValidation();
    void limitChangeShowsInNextList();
    void limitValidation();
    void labelsRoundTrip();
    void expiryRoundTrip();
    void expiredKeyCannotBeChanged();

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

QTEST_GUILESS_MAIN(TestSimulatorKeys)
#include "tst_simulatorkeys.moc"
