#include "apitestsupport.h"
#include "rawhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using Kind = ApiError::Kind;
using Response = RawHttpServer::Response;

namespace {

const QString kKey = QStringLiteral("sk-requests-test-key");
const QByteArray kKeyBody = R"({"id":"k1","name":"ci","monthly_limit":"50","monthly_spend":12.4,"logging":false,
    "permissions":{"manage":"read","completions":"write"}})";

} // namespace

// What ManagementApi puts on the wire for each endpoint, and the call contract (once, on the thread of the
// context, never after the context died, abort, no traffic for refused arguments).
class tst_Requests : public QObject
{
    Q_OBJECT

    QNetworkAccessManager* m_nam = nullptr;
    ManagementApi* m_api = nullptr;
    RawHttpServer* m_server = nullptr;

    const RawHttpServer::Request& last() const { return m_server->requests().constLast(); }

private slots:
    void init()
    {
        m_nam = new QNetworkAccessManager(this);
        m_api = new ManagementApi(m_nam, this);
        m_server = new RawHttpServer(this);
        QVERIFY(m_server->listenOn());
        m_api->setBaseUrl(m_server->url());
        m_api->setApiKey(kKey);
        m_api->setOptions(fastOptions());
    }
    void cleanup()
    {
        delete m_api;
        delete m_server;
        delete m_nam;
    }

    void getCarriesBearerAndAcceptsJson()
    {
        m_server->setDefault(Response::json(200, kKeyBody));
        QSignalSpy finished(m_api, &ManagementApi::requestFinished);
        Waiter<ApiKey> w;
        m_api->getKey(QStringLiteral("self"), this, w.callback());
        QTRY_VERIFY(w.done());
        QVERIFY2(w.result->ok(), qPrintable(w.error().technicalText()));
        QCOMPARE(w.result->value().limit, Limit::of(Money::fromDollars(50)));
        QCOMPARE(last().method, QByteArray("GET"));
        QCOMPARE(last().target, QByteArray("/v1/manage/apikey/self"));
        QCOMPARE(last().headers.value("authorization"), "Bearer " + kKey.toLatin1());
        QCOMPARE(last().headers.value("accept"), QByteArray("application/json"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("GET"));
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("/v1/manage/apikey/self"));
        QCOMPARE(finished.at(0).at(2).toInt(), 200);
    }

    void writes_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("key limit") << 0 << QByteArray("POST") << QByteArray("/v1/manage/apikey/k%201/limit")
                                   << QByteArray(R"({"monthly_limit":12.40})");
        QTest::newRow("no limit") << 1 << QByteArray("POST") << QByteArray("/v1/manage/apikey/k%201/limit")
                                  << QByteArray(R"({"monthly_limit":0.00})");
        QTest::newRow("labels") << 2 << QByteArray("POST") << QByteArray("/v1/manage/apikey/k%201/label")
                                << QByteArray(R"({"labels":{"env":"prod"}})");
        QTest::newRow("expiry") << 3 << QByteArray("POST") << QByteArray("/v1/manage/apikey/k%201/expiry")
                                << QByteArray(R"({"expires_at":"2026-12-31T23:59:59Z"})");
        QTest::newRow("clear expiry") << 4 << QByteArray("POST") << QByteArray("/v1/manage/apikey/k%201/expiry")
                                      << QByteArray(R"({"expires_at":null})");
        QTest::newRow("delete") << 5 << QByteArray("DELETE") << QByteArray("/v1/manage/apikey/k%201") << QByteArray();
        QTest::newRow("project limit") << 6 << QByteArray("POST") << QByteArray("/v1/manage/project/k%201/limit")
                                       << QByteArray(R"({"monthly_limit":0.000001})");
    }
    void writes()
    {
        QFETCH(int, which);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        Response noContent;
        noContent.status = 204;
        m_server->setDefault(noContent);
        const QString id = QStringLiteral("k 1");
        Waiter<Done> w;
        switch (which) {
        case 0:
            m_api->setKeyLimit(id, Limit::of(Money::fromCents(1240)), this, w.callback());
            break;
        case 1:
            m_api->setKeyLimit(id, Limit::none(), this, w.callback());
            break;
        case 2:
            m_api->setKeyLabels(id, {{QStringLiteral("env"), QStringLiteral("prod")}}, this, w.callback());
            break;
        case 3:
            m_api->setKeyExpiry(id, QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), QTimeZone::utc()), this,
                                w.callback());
            break;
        case 4:
            m_api->setKeyExpiry(id, QDateTime(), this, w.callback());
            break;
        case 5:
            m_api->deleteKey(id, this, w.callback());
            break;
        case 6:
            m_api->setProjectLimit(id, Limit::of(Money::fromMicros(1)), this, w.callback());
            break;
        }
        QTRY_VERIFY(w.done());
        QVERIFY2(w.result->ok(), qPrintable(w.error().technicalText()));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(last().method, method);
        QCOMPARE(last().target, target);
        QCOMPARE(last().body, body);
        if (!body.isEmpty())
            QCOMPARE(last().headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(last().headers.value("authorization"), "Bearer " + kKey.toLatin1());
    }

    void usageQueryString()
    {
        m_server->setDefault(Response::json(200, R"({"usage":{"2026-08-02":{"spend":"2"},"2026-08-01":{"spend":1}}})"));
        UsageQuery q;
        q.start = QDateTime(QDate(2026, 8, 1), QTime(0, 0), QTimeZone::utc());
        q.end = QDateTime(QDate(2026, 9, 1), QTime(0, 0), QTimeZone::utc());
        q.groupBy = {QStringLiteral("api_key_id"), QStringLiteral("model_used")};
        Waiter<UsageSeries> w;
        m_api->orgUsage(q, this, w.callback());
        QTRY_VERIFY(w.done());
        QVERIFY(w.result->ok());
        QCOMPARE(w.result->value().size(), 2);
        QCOMPARE(w.result->value().first().totals.spend, Money::fromDollars(1));
        QCOMPARE(last().target, QByteArray("/v1/manage/org/usage?start=2026-08-01T00:00:00Z&end=2026-09-01T00:00:00Z"
                                           "&resolution=day&group_by=api_key_id&group_by=model_used"));
        Waiter<UsageSeries> k;
        m_api->keyUsage(QStringLiteral("self"), q, this, k.callback());
        QTRY_VERIFY(k.done());
        QVERIFY(last().target.startsWith("/v1/manage/apikey/self/usage?start="));
    }

    void createKeyWithFollowUps()
    {
        m_server->enqueue(Response::json(201, R"({"api_key_id":"new-id","api_key":"sk-new-secret"})"));
        Response noContent;
        noContent.status = 204;
        m_server->enqueue(noContent);
        m_server->enqueue(noContent);
        NewApiKey key;
        key.name = QStringLiteral("ci");
        key.limit = Limit::of(Money::fromDollars(5));
        key.permissions = {Access::None, Access::Write};
        key.labels = {{QStringLiteral("team"), QStringLiteral("ml")}};
        key.expiresAt = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
        Waiter<CreatedApiKey> w;
        m_api->createKey(key, this, w.callback());
        QTRY_VERIFY(w.done());
        QVERIFY2(w.result->ok(), qPrintable(w.error().technicalText()));
        QCOMPARE(w.result->value().secret, QStringLiteral("sk-new-secret"));
        QCOMPARE(m_server->requestCount(), 3);
        const auto& r = m_server->requests();
        QCOMPARE(r[0].target, QByteArray("/v1/manage/apikey"));
        const QJsonObject body = QJsonDocument::fromJson(r[0].body).object();
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("ci"));
        QVERIFY(r[0].body.contains(R"("monthly_limit":5.00)"));
        QCOMPARE(r[1].target, QByteArray("/v1/manage/apikey/new-id/label"));
        QCOMPARE(r[2].target, QByteArray("/v1/manage/apikey/new-id/expiry"));
        QCOMPARE(w.calls, 1);
    }

    void createKeyFollowUpFailureStillGivesTheSecret()
    {
        m_server->enqueue(Response::json(201, R"({"api_key_id":"new-id","api_key":"sk-new-secret"})"));
        m_server->setDefault(Response::json(403, R"({"error":{"message":"no"}})"));
        QSignalSpy followUp(m_api, &ManagementApi::createFollowUpFailed);
        NewApiKey key;
        key.name = QStringLiteral("ci");
        key.labels = {{QStringLiteral("team"), QStringLiteral("ml")}};
        Waiter<CreatedApiKey> w;
        m_api->createKey(key, this, w.callback());
        QTRY_VERIFY(w.done());
        QVERIFY(w.result->ok());
        QCOMPARE(w.result->value().secret, QStringLiteral("sk-new-secret"));
        QCOMPARE(followUp.size(), 1);
        QCOMPARE(followUp.at(0).at(0).toString(), QStringLiteral("new-id"));
        QCOMPARE(followUp.at(0).at(1).value<ApiError>().kind(), Kind::Forbidden);
    }

    void refusedArgumentsSendNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("negative limit") << 0;
        QTest::newRow("dot-dot id") << 1;
        QTest::newRow("empty id") << 2;
        QTest::newRow("usage without start") << 3;
        QTest::newRow("usage over 100 days") << 4;
        QTest::newRow("create without name") << 5;
        QTest::newRow("no key") << 6;
    }
    void refusedArgumentsSendNothing()
    {
        QFETCH(int, which);
        Waiter<Done> done;
        Waiter<UsageSeries> usage;
        Waiter<CreatedApiKey> created;
        Waiter<ApiKey> key;
        UsageQuery q;
        switch (which) {
        case 0:
            m_api->setKeyLimit(QStringLiteral("k"), Limit::of(Money::fromDollars(-5)), this, done.callback());
            break;
        case 1:
            m_api->getKey(QStringLiteral(".."), this, key.callback());
            break;
        case 2:
            m_api->deleteKey(QString(), this, done.callback());
            break;
        case 3:
            m_api->orgUsage(q, this, usage.callback());
            break;
        case 4:
            q.start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
            q.end = q.start.addDays(101);
            m_api->keyUsage(QStringLiteral("k"), q, this, usage.callback());
            break;
        case 5:
            m_api->createKey(NewApiKey(), this, created.callback());
            break;
        case 6:
            m_api->setApiKey(QString());
            m_api->listProjects(this, [&done](Result<QList<Project>> r) { done.result = Result<Done>(r.error()); });
            break;
        }
        QTRY_VERIFY(done.done() || usage.done() || created.done() || key.done());
        const ApiError error = done.done()      ? done.error()
                               : usage.done()   ? usage.error()
                               : created.done() ? created.error()
                                                : key.error();
        QCOMPARE(error.kind(), which == 6 ? Kind::NoCredentials : Kind::BadRequest);
        QVERIFY(!error.userMessage().isEmpty());
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void callbackIsQueuedNeverSynchronous()
    {
        Waiter<Done> w;
        m_api->setKeyLimit(QStringLiteral("k"), Limit::of(Money::fromDollars(-1)), this, w.callback());
        QVERIFY(!w.done()); // even a local refusal answers later, from the event loop
        QTRY_VERIFY(w.done());
        QCOMPARE(w.calls, 1);
    }

    void abortDeliversCancelledOnce()
    {
        m_server->setDefault(Response::hang());
        QSignalSpy requested(m_server, &RawHttpServer::requestReceived);
        QSignalSpy closed(m_server, &RawHttpServer::clientDisconnected);
        Waiter<QList<ApiKey>> w;
        ApiCall call = m_api->listKeys(this, w.callback());
        QVERIFY(call.isRunning());
        QVERIFY(requested.wait());
        call.abort();
        call.abort(); // harmless twice
        QTRY_VERIFY(w.done());
        QCOMPARE(w.error().kind(), Kind::Cancelled);
        QVERIFY(!call.isRunning());
        QTRY_VERIFY(closed.size() >= 1); // the connection was really dropped
        QCOMPARE(w.calls, 1);
    }

    void deadContextGetsNoCallback()
    {
        m_server->setDefault(Response::hang());
        QSignalSpy requested(m_server, &RawHttpServer::requestReceived);
        QSignalSpy closed(m_server, &RawHttpServer::clientDisconnected);
        auto* context = new QObject;
        int calls = 0;
        m_api->listKeys(context, [&calls](Result<QList<ApiKey>>) { ++calls; });
        QVERIFY(requested.wait());
        delete context;
        QTRY_VERIFY(closed.size() >= 1); // the request was aborted with its context
        // A later call on a live context completes; by then a stray callback would have run.
        m_server->setDefault(Response::json(200, kKeyBody));
        Waiter<ApiKey> w;
        m_api->getKey(QStringLiteral("k1"), this, w.callback());
        QTRY_VERIFY(w.done());
        QCOMPARE(calls, 0);
    }

    void decodingInAWorkerDeliversOnTheContextThread()
    {
        ManagementApi::Options o = fastOptions();
        o.decodeInWorkerBytes = 0; // always decode in the thread pool
        m_api->setOptions(o);
        QByteArray body = R"({"keys":[)";
        for (int i = 0; i < 500; ++i)
            body += (i ? "," : "") + QByteArray("{\"id\":\"k") + QByteArray::number(i) +
                    "\",\"name\":\"n\",\"monthly_limit\":1,\"monthly_spend\":\"0.5\","
                    "\"permissions\":{\"manage\":\"none\",\"completions\":\"write\"}}";
        body += "]}";
        m_server->setDefault(Response::json(200, body));
        Waiter<QList<ApiKey>> w;
        m_api->listKeys(this, w.callback());
        QTRY_VERIFY(w.done());
        QVERIFY(w.result->ok());
        QCOMPARE(w.result->value().size(), 500);
        QCOMPARE(w.thread, thread());
        QCOMPARE(w.calls, 1);
    }

    void contextInAnotherThreadIsCalledThere()
    {
        QThread worker;
        worker.start();
        QObject context;
        context.moveToThread(&worker);
        m_server->setDefault(Response::json(200, R"({"name":"Acme AI","balance":"1834.27"})"));
        QAtomicPointer<QThread> calledOn;
        QAtomicInt calls = 0;
        m_api->getOrganization(&context, [&](Result<Organization> r) {
            if (r.ok() && r->balance == Money::fromMicros(1'834'270'000))
                calledOn.storeRelease(QThread::currentThread());
            calls.fetchAndAddRelaxed(1);
        });
        QTRY_COMPARE(calls.loadRelaxed(), 1);
        QCOMPARE(calledOn.loadAcquire(), &worker);
        QThread* home = thread();
        QMetaObject::invokeMethod(
            &context, [&context, home] { context.moveToThread(home); }, Qt::BlockingQueuedConnection);
        worker.quit();
        QVERIFY(worker.wait(10000));
    }
};

QTEST_GUILESS_MAIN(tst_Requests)
#include "tst_requests.moc"
