// Authentication and permissions of the simulator, and its 404s.
#include "simtestclient.h"
#include "simulator.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

class TestSimulatorAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void missingHeaderIs401();
    void emptyBearerIs401();
    void otherSchemeIs401();
    void unknownKeyIs403();
    void readKeyMayRead();
    void readKeyMayNotWrite();
    void keyWithoutManageMayReadItselfOnly();
    void authCheckAcceptsAnyLiveKey();
    void revokedKeyIs403();
    void deletedKeyIs403();
    void unknownPathIs404WithErrorBody();
    void unknownKeyIdIs404();

private:
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimTestClient> m_client;
};

void TestSimulatorAuth::initTestCase()
{
    Simulator::Options options;
    options.keys = 20;
    options.seed = 11;
    options.speed = 0;
    options.adminKey = QStringLiteral("test-admin-key");
    options.readKey = QStringLiteral("test-read-key");
    options.startTime = QDateTime(QDate(2026, 11, 17), QTime(15, 30), QTimeZone::utc());
    m_sim = std::make_unique<Simulator>(options);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    QVERIFY(m_sim->port() > 0);
    QCOMPARE(m_sim->url().toString(), QStringLiteral("http://127.0.0.1:%1").arg(m_sim->port()));
    QCOMPARE(m_sim->adminKey(), QStringLiteral("test-admin-key"));
    m_client = std::make_unique<SimTestClient>(m_sim->url());
}

void TestSimulatorAuth::missingHeaderIs401()
{
    const auto r = m_client->get(QStringLiteral("/v1/manage/apikey"), QString());
    QCOMPARE(r.status, 401);
    QVERIFY(!r.errorMessage().isEmpty());
}

void TestSimulatorAuth::emptyBearerIs401()
{
    const auto r = m_client->send("GET", QStringLiteral("/v1/manage/org"), {}, QByteArrayLiteral("Bearer "));
    QCOMPARE(r.status, 401);
    QVERIFY(!r.errorMessage().isEmpty());
}

void TestSimulatorAuth::otherSchemeIs401()
{
    const auto r = m_client->send("GET", QStringLiteral("/v1/manage/org"), {}, QByteArrayLiteral("Basic dGVzdDp0ZXN0"));
    QCOMPARE(r.status, 401);
}

void TestSimulatorAuth::unknownKeyIs403()
{
    const auto r = m_client->get(QStringLiteral("/v1/manage/apikey"), QStringLiteral("no-such-key"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorMessage(), QStringLiteral("Invalid API key"));
}

void TestSimulatorAuth::readKeyMayRead()
{
    for (const char* path : {"/v1/manage/apikey", "/v1/manage/org", "/v1/manage/group", "/v1/manage/project"}) {
        const auto r = m_client->get(QString::fromLatin1(path), m_sim->readKey());
        QVERIFY2(r.status == 200, path);
        QVERIFY2(r.jsonValid, path);
    }
}

void TestSimulatorAuth::readKeyMayNotWrite()
{
    const QString target = m_sim->keyIds().at(5);
    const qint64 before = m_sim->keyLimitMicros(target);
    const auto r = m_client->post(QStringLiteral("/v1/manage/apikey/%1/limit").arg(target),
                                  QByteArrayLiteral("{\"monthly_limit\": 777}"), m_sim->readKey());
    QCOMPARE(r.status, 403);
    QVERIFY(r.errorMessage().contains(QLatin1String("write")));
    QCOMPARE(m_sim->keyLimitMicros(target), before);

    const auto create =
        m_client->post(QStringLiteral("/v1/manage/apikey"), QByteArrayLiteral("{\"name\":\"x\"}"), m_sim->readKey());
    QCOMPARE(create.status, 403);
    const auto del = m_client->del(QStringLiteral("/v1/manage/apikey/%1").arg(target), m_sim->readKey());
    QCOMPARE(del.status, 403);
    QVERIFY(m_sim->keyIds().contains(target));
}

void TestSimulatorAuth::keyWithoutManageMayReadItselfOnly()
{
    const auto created = m_client->post(
        QStringLiteral("/v1/manage/apikey"),
        QByteArrayLiteral(
            "{\"name\":\"plain-worker\",\"permissions\":{\"manage\":\"none\",\"completions\":\"write\"}}"),
        m_sim->adminKey());
    QCOMPARE(created.status, 201);
    const QString secret = created.object().value(QLatin1String("api_key")).toString();
    const QString id = created.object().value(QLatin1String("api_key_id")).toString();
    QVERIFY(!secret.isEmpty());

    QCOMPARE(m_client->get(QStringLiteral("/v1/manage/apikey"), secret).status, 403);
    QCOMPARE(m_client->get(QStringLiteral("/v1/manage/org"), secret).status, 403);
    const auto self = m_client->get(QStringLiteral("/v1/manage/apikey/self"), secret);
    QCOMPARE(self.status, 200);
    QCOMPARE(self.object().value(QLatin1String("id")).toString(), id);
    QCOMPARE(m_client->get(QStringLiteral("/v1/manage/apikey/%1").arg(id), secret).status, 200);
    const auto selfUsage = m_client->get(SimTestClient::usagePath(QStringLiteral("/v1/manage/apikey/self/usage"),
                                                                  QStringLiteral("2026-11-17T00:00:00Z")),
                                         secret);
    QCOMPARE(selfUsage.status, 200);
    // ... but not another key
    QCOMPARE(m_client->get(QStringLiteral("/v1/manage/apikey/%1").arg(m_sim->keyIds().at(4)), secret).status, 403);
}

void TestSimulatorAuth::authCheckAcceptsAnyLiveKey()
{
    QCOMPARE(m_client->get(QStringLiteral("/v1/auth/check"), m_sim->adminKey()).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v1/auth/check"), m_sim->readKey()).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v1/auth/check"), QString()).status, 401);
    QCOMPARE(m_client->get(QStringLiteral("/v1/auth/check"), QStringLiteral("bogus")).status, 403);
}

void TestSimulatorAuth::revokedKeyIs403()
{
    const auto created = m_client->post(
        QStringLiteral("/v1/manage/apikey"),
        QByteArrayLiteral("{\"name\":\"to-revoke\",\"permissions\":{\"manage\":\"read\"}}"), m_sim->adminKey());
    QCOMPARE(created.status, 201);
    const QString secret = created.object().value(QLatin1String("api_key")).toString();
    QCOMPARE(m_client->get(QStringLiteral("/v1/manage/org"), secret).status, 200);
    m_sim->revokeKey(secret);
    QCOMPARE(m_client->get(QStringLiteral("/v1/manage/org"), secret).status, 403);
    QCOMPARE(m_client->get(QStringLiteral("/v1/auth/check"), secret).status, 403);
}

void TestSimulatorAuth::deletedKeyIs403()
{
    const auto created = m_client->post(
        QStringLiteral("/v1/manage/apikey"),
        QByteArrayLiteral("{\"name\":\"short-lived\",\"permissions\":{\"manage\":\"read\"}}"), m_sim->adminKey());
    QCOMPARE(created.status, 201);
    const QString secret = created.object().value(QLatin1String("api_key")).toString();
    const QString id = created.object().value(QLatin1String("api_key_id")).toString();
    QCOMPARE(m_client->get(QStringLiteral("/v1/auth/check"), secret).status, 200);
    QCOMPARE(m_client->del(QStringLiteral("/v1/manage/apikey/%1").arg(id), m_sim->adminKey()).status, 204);
    QCOMPARE(m_client->get(QStringLiteral("/v1/auth/check"), secret).status, 403);
}

void TestSimulatorAuth::unknownPathIs404WithErrorBody()
{
    for (const char* path : {"/v1/manage/nothing", "/", "/v2/manage/apikey", "/v1/manage/apikey/x/y/z"}) {
        const auto r = m_client->get(QString::fromLatin1(path), m_sim->adminKey());
        QVERIFY2(r.status == 404, path);
        QVERIFY2(!r.errorMessage().isEmpty(), path);
    }
    const auto wrongMethod = m_client->send("PUT", QStringLiteral("/v1/manage/org"), QByteArrayLiteral("{}"),
                                            QByteArrayLiteral("Bearer test-admin-key"));
    QCOMPARE(wrongMethod.status, 404);
}

void TestSimulatorAuth::unknownKeyIdIs404()
{
    const QString unknown = QStringLiteral("/v1/manage/apikey/00000000-0000-4000-8000-000000000000");
    for (const auto& r : {m_client->get(unknown, m_sim->adminKey()), m_client->del(unknown, m_sim->adminKey()),
                          m_client->post(unknown + QLatin1String("/limit"), QByteArrayLiteral("{\"monthly_limit\":1}"),
                                         m_sim->adminKey())}) {
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorMessage(), QStringLiteral("API key not found"));
    }
}

QTEST_GUILESS_MAIN(TestSimulatorAuth)
#include "tst_simulatorauth.moc"
