// Transport faults of the simulator, switched on and off at runtime: latency (deferred with a timer),
// 5xx, malformed bodies, rate limit with Retry-After, connections dropped mid-reply.
#include "simtestclient.h"
#include "simulator.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

class TestSimulatorFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void latencyDefersTheReply();
    void shortLatencyStillAnswers();
    void clientGivingUpDuringLatencyIsHarmless();
    void errorRateOneGives5xxAndChangesNothing();
    void malformedRateOneGivesUnparseableBodies();
    void rateLimitAnswers429WithRetryAfter();
    void dropRateOneClosesMidReply();
    void faultsFromOptions();
    void stopAndRestart();

private:
    QString orgPath() const { return QStringLiteral("/v1/manage/org"); }

    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimTestClient> m_client;
    QByteArray m_orgBody; // the fault-free answer (speed 0: it never changes)
};

void TestSimulatorFaults::initTestCase()
{
    Simulator::Options options;
    options.keys = 20;
    options.seed = 3;
    options.speed = 0;
    options.startTime = QDateTime(QDate(2026, 11, 17), QTime(15, 30), QTimeZone::utc());
    m_sim = std::make_unique<Simulator>(options);
    QVERIFY(m_sim->start());
    m_client = std::make_unique<SimTestClient>(m_sim->url());
    const auto r = m_client->get(orgPath(), m_sim->adminKey());
    QCOMPARE(r.status, 200);
    m_orgBody = r.body;
}

void TestSimulatorFaults::init()
{
    m_sim->setLatencyMs(0);
    m_sim->setErrorRate(0);
    m_sim->setMalformedRate(0);
    m_sim->setDropRate(0);
    m_sim->setRateLimitPerMinute(0);
}

void TestSimulatorFaults::latencyDefersTheReply()
{
    m_sim->setLatencyMs(600000);
    QSignalSpy served(m_sim.get(), &Simulator::requestServed);
    QNetworkReply* reply = m_client->start("GET", orgPath(), {}, m_sim->adminKey());
    QTRY_COMPARE(m_sim->pendingReplyCount(), 1);
    QVERIFY(!reply->isFinished());
    QCOMPARE(served.count(), 0);
    m_sim->releasePendingReplies();
    QVERIFY(SimTestClient::waitFor(reply));
    const auto r = SimTestClient::collect(reply);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, m_orgBody);
    QCOMPARE(m_sim->pendingReplyCount(), 0);
    QCOMPARE(served.count(), 1);
    QCOMPARE(served.at(0).at(0).toString(), QStringLiteral("GET"));
    QCOMPARE(served.at(0).at(1).toString(), orgPath());
    QCOMPARE(served.at(0).at(2).toInt(), 200);
}

void TestSimulatorFaults::shortLatencyStillAnswers()
{
    m_sim->setLatencyMs(50);
    const auto r = m_client->get(orgPath(), m_sim->adminKey());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, m_orgBody);
}

void TestSimulatorFaults::clientGivingUpDuringLatencyIsHarmless()
{
    m_sim->setLatencyMs(600000);
    QNetworkReply* reply = m_client->start("GET", orgPath(), {}, m_sim->adminKey());
    QTRY_COMPARE(m_sim->pendingReplyCount(), 1);
    reply->abort();
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    reply->deleteLater();
    m_sim->releasePendingReplies(); // writes nowhere, or into a socket that is closing
    QCOMPARE(m_sim->pendingReplyCount(), 0);
    m_sim->setLatencyMs(0);
    QCOMPARE(m_client->get(orgPath(), m_sim->adminKey()).status, 200);
}

void TestSimulatorFaults::errorRateOneGives5xxAndChangesNothing()
{
    m_sim->setErrorRate(1.0);
    QSet<int> statuses;
    for (int i = 0; i < 12; ++i) {
        const auto r = m_client->get(orgPath(), m_sim->adminKey());
        QVERIFY2(r.status >= 500 && r.status <= 503, qPrintable(QString::number(r.status)));
        QVERIFY(!r.errorMessage().isEmpty());
        statuses.insert(r.status);
    }
    QVERIFY(statuses.size() >= 2); // a mix of 500, 502, 503
    const QString id = m_sim->keyIds().at(6);
    const qint64 before = m_sim->keyLimitMicros(id);
    const auto write = m_client->post(QStringLiteral("/v1/manage/apikey/%1/limit").arg(id),
                                      QByteArrayLiteral("{\"monthly_limit\": 4242}"), m_sim->adminKey());
    QVERIFY(write.status >= 500);
    QCOMPARE(m_sim->keyLimitMicros(id), before);
    m_sim->setErrorRate(0);
    QCOMPARE(m_client->get(orgPath(), m_sim->adminKey()).status, 200);
}

void TestSimulatorFaults::malformedRateOneGivesUnparseableBodies()
{
    m_sim->setMalformedRate(1.0);
    int truncated = 0, broken = 0;
    for (int i = 0; i < 16; ++i) {
        const auto r = m_client->get(orgPath(), m_sim->adminKey());
        QCOMPARE(r.error, QNetworkReply::NoError); // the body matches its Content-Length
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!r.jsonValid);
        QCOMPARE(r.headers.value("content-length").toInt(), r.body.size());
        if (m_orgBody.startsWith(r.body) && r.body.size() < m_orgBody.size())
            ++truncated;
        else
            ++broken;
    }
    QVERIFY(truncated > 0);
    QVERIFY(broken > 0);
    const auto list = m_client->get(QStringLiteral("/v1/manage/apikey"), m_sim->adminKey());
    QVERIFY(!list.jsonValid);
    m_sim->setMalformedRate(0);
    const auto r = m_client->get(orgPath(), m_sim->adminKey());
    QVERIFY(r.jsonValid);
}

void TestSimulatorFaults::rateLimitAnswers429WithRetryAfter()
{
    m_sim->setRateLimitPerMinute(3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_client->get(orgPath(), m_sim->adminKey()).status, 200);
    const auto limited = m_client->get(orgPath(), m_sim->adminKey());
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.errorMessage().isEmpty());
    bool ok = false;
    const int retryAfter = limited.headers.value("retry-after").toInt(&ok);
    QVERIFY(ok);
    QVERIFY(retryAfter >= 1 && retryAfter <= 60);
    QCOMPARE(m_client->get(QStringLiteral("/v1/manage/apikey"), m_sim->readKey()).status, 429);
    m_sim->setRateLimitPerMinute(0);
    QCOMPARE(m_client->get(orgPath(), m_sim->adminKey()).status, 200);
}

void TestSimulatorFaults::dropRateOneClosesMidReply()
{
    m_sim->setDropRate(1.0);
    const qint64 before = m_sim->requestCount();
    for (int i = 0; i < 3; ++i) {
        const auto r = m_client->get(QStringLiteral("/v1/manage/apikey"), m_sim->adminKey());
        QVERIFY(r.finished);
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.error)));
        QVERIFY(!r.jsonValid);
    }
    QVERIFY(m_sim->requestCount() >= before + 3);
    m_sim->setDropRate(0);
    const auto r = m_client->get(orgPath(), m_sim->adminKey());
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.body, m_orgBody);
}

void TestSimulatorFaults::faultsFromOptions()
{
    Simulator::Options options;
    options.keys = 10;
    options.speed = 0;
    options.errorRate = 1.0;
    options.rateLimitPerMinute = 1;
    Simulator sim(options);
    QVERIFY(sim.start());
    SimTestClient client(sim.url());
    QVERIFY(client.get(orgPath(), sim.adminKey()).status >= 500);
    QCOMPARE(client.get(orgPath(), sim.adminKey()).status, 429);
    QCOMPARE(sim.options().errorRate, 1.0);
}

void TestSimulatorFaults::stopAndRestart()
{
    Simulator::Options options;
    options.keys = 10;
    options.speed = 0;
    Simulator sim(options);
    QVERIFY(sim.start());
    QVERIFY(sim.isRunning());
    const QUrl url = sim.url();
    SimTestClient client(url);
    QCOMPARE(client.get(orgPath(), sim.adminKey()).status, 200); // leaves a keep-alive connection open
    sim.stop();
    QVERIFY(!sim.isRunning());
    const auto refused = client.get(orgPath(), sim.adminKey());
    QVERIFY(refused.error != QNetworkReply::NoError);
    QCOMPARE(refused.status, 0);
    QVERIFY(sim.start());
    SimTestClient again(sim.url());
    QCOMPARE(again.get(orgPath(), sim.adminKey()).status, 200);
}

QTEST_GUILESS_MAIN(TestSimulatorFaults)
#include "tst_simulatorfaults.moc"
