#include "apitestsupport.h"
#include "domain/period.h"
#include "simulator.h"

#include <QTest>
#include <QTimeZone>

#include <functional>
#include <memory>

using Kind = ApiError::Kind;

// The client against the simulator over real loopback HTTP: every endpoint, values checked against the
// simulator's own ground truth, writes re-read, permissions, capability detection and faults.
class tst_ManagementApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<Simulator> m_sim;
    QNetworkAccessManager* m_nam = nullptr;
    ManagementApi* m_api = nullptr;

    static Simulator::Options simOptions()
    {
        Simulator::Options o;
        o.keys = 40;
        o.projects = 8;
        o.seed = 7;
        o.speed = 0.0; // frozen time: values stay put between the call and the ground-truth check
        o.startTime = QDateTime(QDate(2026, 11, 20), QTime(14, 0), QTimeZone::utc());
        return o;
    }
    bool startSim(const Simulator::Options& options)
    {
        m_sim = std::make_unique<Simulator>(options);
        QString error;
        if (!m_sim->start(&error)) {
            qWarning() << "simulator did not start:" << error;
            return false;
        }
        m_api->setBaseUrl(m_sim->url());
        m_api->setApiKey(m_sim->adminKey());
        return true;
    }

    // Runs one call and waits for its single answer.
    template <typename T>
    Result<T> run(const std::function<void(ManagementApi::Callback<T>)>& call, int timeoutMs = 20000)
    {
        Waiter<T> w;
        call(w.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(w.done(), timeoutMs); }();
        if (!w.done())
            return ApiError(Kind::Timeout, 0, {}, QStringLiteral("test gave up waiting"));
        return *w.result;
    }
    Result<QList<ApiKey>> listKeys()
    {
        return run<QList<ApiKey>>([this](auto cb) { m_api->listKeys(this, cb); });
    }
    Result<ApiKey> getKey(const QString& id)
    {
        return run<ApiKey>([this, id](auto cb) { m_api->getKey(id, this, cb); });
    }
    static Limit limitFromMicros(qint64 micros) { return Limit::fromApi(Money::fromMicros(micros)); }

private slots:
    void init()
    {
        m_nam = new QNetworkAccessManager(this);
        m_api = new ManagementApi(m_nam, this);
        m_api->setOptions(fastOptions());
        QVERIFY(startSim(simOptions()));
    }
    void cleanup()
    {
        if (m_sim)
            m_sim->releasePendingReplies();
        delete m_api;
        delete m_nam;
        m_sim.reset();
    }

    void organization()
    {
        const Result<Organization> org = run<Organization>([this](auto cb) { m_api->getOrganization(this, cb); });
        QVERIFY2(org.ok(), qPrintable(org.error().technicalText()));
        QCOMPARE(org->name, m_sim->organizationName());
        QCOMPARE(org->balance.micros(), m_sim->balanceMicros());
    }

    void keysMatchGroundTruth_data()
    {
        QTest::addColumn<int>("form");
        QTest::newRow("numbers") << int(Simulator::MoneyForm::Numbers);
        QTest::newRow("strings") << int(Simulator::MoneyForm::Strings);
        QTest::newRow("mixed") << int(Simulator::MoneyForm::Mixed);
    }
    void keysMatchGroundTruth()
    {
        QFETCH(int, form);
        Simulator::Options o = simOptions();
        o.money = Simulator::MoneyForm(form);
        QVERIFY(startSim(o));
        const Result<QList<ApiKey>> keys = listKeys();
        QVERIFY2(keys.ok(), qPrintable(keys.error().technicalText()));
        QCOMPARE(keys->size(), m_sim->keyCount());
        Money total;
        int limited = 0;
        for (const ApiKey& k : *keys) {
            QCOMPARE(k.spend.micros(), m_sim->keySpendMicros(k.id));
            QCOMPARE(k.limit, limitFromMicros(m_sim->keyLimitMicros(k.id)));
            limited += k.limit.hasLimit() ? 1 : 0;
            total += k.spend;
        }
        QCOMPARE(total.micros(), m_sim->totalMonthSpendMicros());
        QVERIFY(total.micros() > 0);
        QVERIFY(limited > 0);
        // The same bytes again decode to the same shared list (an unchanged refresh costs no decode); once
        // spend moves, the new bytes are decoded and match the new ground truth.
        const Result<QList<ApiKey>> again = listKeys();
        QVERIFY(again.ok());
        QVERIFY(again->isSharedWith(*keys));
        m_sim->advance(3600);
        const Result<QList<ApiKey>> later = listKeys();
        QVERIFY(later.ok());
        QVERIFY(!later->isSharedWith(*keys));
        Money laterTotal;
        for (const ApiKey& k : *later) {
            QCOMPARE(k.spend.micros(), m_sim->keySpendMicros(k.id));
            laterTotal += k.spend;
        }
        QCOMPARE(laterTotal.micros(), m_sim->totalMonthSpendMicros());
        QVERIFY(laterTotal > total);
        // The single-key endpoint agrees, and reports what only it reports.
        const QString id = m_sim->keyIds().at(5);
        const Result<ApiKey> one = getKey(id);
        QVERIFY2(one.ok(), qPrintable(one.error().technicalText()));
        QCOMPARE(one->spend.micros(), m_sim->keySpendMicros(id));
        QVERIFY(one->logging.has_value());
    }

    void selfKey()
    {
        const Result<ApiKey> self = getKey(QStringLiteral("self"));
        QVERIFY2(self.ok(), qPrintable(self.error().technicalText()));
        QCOMPARE(self->id, m_sim->keyIdForSecret(m_sim->adminKey()));
        QCOMPARE(self->permissions.manage, Access::Write);
    }

    void keyLimitWriteThenReread()
    {
        const QString id = m_sim->keyIds().at(6);
        const Limit limit = Limit::of(Money::fromMicros(123'450'000));
        QVERIFY(run<Done>([&](auto cb) { m_api->setKeyLimit(id, limit, this, cb); }).ok());
        QCOMPARE(m_sim->keyLimitMicros(id), 123'450'000);
        QCOMPARE(getKey(id)->limit, limit);
        QVERIFY(run<Done>([&](auto cb) { m_api->setKeyLimit(id, Limit::none(), this, cb); }).ok());
        QCOMPARE(m_sim->keyLimitMicros(id), 0);
        QVERIFY(getKey(id)->limit.isUnlimited());
    }

    void labelsAndExpiryWriteThenReread()
    {
        const QString id = m_sim->keyIds().at(7);
        const QMap<QString, QString> labels{{QStringLiteral("env"), QStringLiteral("prod")},
                                            {QStringLiteral("team"), QStringLiteral("ml ops")}};
        QVERIFY(run<Done>([&](auto cb) { m_api->setKeyLabels(id, labels, this, cb); }).ok());
        QCOMPARE(getKey(id)->labels, labels);
        const QDateTime expiry(QDate(2027, 3, 31), QTime(23, 59, 59), QTimeZone::utc());
        const Result<Done> set = run<Done>([&](auto cb) { m_api->setKeyExpiry(id, expiry, this, cb); });
        QVERIFY2(set.ok(), qPrintable(set.error().technicalText()));
        QCOMPARE(getKey(id)->expiresAt, expiry);
        QVERIFY(run<Done>([&](auto cb) { m_api->setKeyExpiry(id, QDateTime(), this, cb); }).ok());
        QVERIFY(!getKey(id)->expiresAt.isValid());
    }

    void createUseAndDeleteKey()
    {
        const int before = m_sim->keyCount();
        NewApiKey key;
        key.name = QStringLiteral("integration-test");
        key.limit = Limit::of(Money::fromCents(2550));
        key.permissions = {Access::Read, Access::Write};
        key.labels = {{QStringLiteral("owner"), QStringLiteral("tests")}};
        const Result<CreatedApiKey> created = run<CreatedApiKey>([&](auto cb) { m_api->createKey(key, this, cb); });
        QVERIFY2(created.ok(), qPrintable(created.error().technicalText()));
        QVERIFY(!created->secret.isEmpty());
        QCOMPARE(m_sim->keyCount(), before + 1);
        QCOMPARE(m_sim->keyIdForSecret(created->secret), created->id);
        QCOMPARE(m_sim->keyLimitMicros(created->id), 25'500'000);
        const Result<ApiKey> reread = getKey(created->id);
        QVERIFY(reread.ok());
        QCOMPARE(reread->name, key.name);
        QCOMPARE(reread->labels, key.labels); // applied by the follow-up call
        QCOMPARE(reread->permissions, key.permissions);

        // The new secret works as a management key (manage: read).
        ManagementApi other(m_nam);
        other.setBaseUrl(m_sim->url());
        other.setApiKey(created->secret);
        const Result<ApiKey> self = run<ApiKey>([&](auto cb) { other.getKey(QStringLiteral("self"), this, cb); });
        QVERIFY(self.ok());
        QCOMPARE(self->id, created->id);

        QVERIFY(run<Done>([&](auto cb) { m_api->deleteKey(created->id, this, cb); }).ok());
        QCOMPARE(m_sim->keyCount(), before);
        QCOMPARE(getKey(created->id).error().kind(), Kind::NotFound);
        QCOMPARE(run<Done>([&](auto cb) { m_api->deleteKey(created->id, this, cb); }).error().kind(), Kind::NotFound);
    }

    void readOnlyKeyCannotWrite()
    {
        m_api->setApiKey(m_sim->readKey());
        QVERIFY(listKeys().ok());
        QCOMPARE(getKey(QStringLiteral("self"))->permissions.manage, Access::Read);
        const QString id = m_sim->keyIds().at(8);
        const qint64 limitBefore = m_sim->keyLimitMicros(id);
        const Result<Done> limit =
            run<Done>([&](auto cb) { m_api->setKeyLimit(id, Limit::of(Money::fromDollars(1)), this, cb); });
        QCOMPARE(limit.error().kind(), Kind::Forbidden);
        QVERIFY(limit.error().userMessage().contains(QStringLiteral("management permission")));
        QCOMPARE(m_sim->keyLimitMicros(id), limitBefore);
        QCOMPARE(run<Done>([&](auto cb) { m_api->deleteKey(id, this, cb); }).error().kind(), Kind::Forbidden);
        NewApiKey key;
        key.name = QStringLiteral("nope");
        QCOMPARE(run<CreatedApiKey>([&](auto cb) { m_api->createKey(key, this, cb); }).error().kind(), Kind::Forbidden);
        const QString project = m_sim->projectIds().value(0);
        QCOMPARE(run<Done>([&](auto cb) { m_api->setProjectLimit(project, Limit::none(), this, cb); }).error().kind(),
                 Kind::Forbidden);
    }

    void wrongKeyIsRejected()
    {
        m_api->setApiKey(QStringLiteral("sk-not-a-real-key"));
        const Result<QList<ApiKey>> r = listKeys();
        QVERIFY(!r.ok());
        QVERIFY(r.error().kind() == Kind::Unauthorized || r.error().kind() == Kind::Forbidden);
    }

    void usageAddsUpToSpend()
    {
        const Period month = Period::containing(m_sim->simulatedNow());
        UsageQuery q;
        q.start = month.startUtc();
        q.end = month.endUtc();
        q.groupBy = {QStringLiteral("api_key_id")};
        const Result<UsageSeries> org = run<UsageSeries>([&](auto cb) { m_api->orgUsage(q, this, cb); });
        QVERIFY2(org.ok(), qPrintable(org.error().technicalText()));
        QVERIFY(!org->isEmpty());
        Money total;
        QHash<QString, qint64> perKey;
        for (const UsageBucket& b : *org) {
            QVERIFY(month.contains(b.start));
            total += b.totals.spend;
            Money groups;
            for (const UsageGroup& g : b.groups) {
                perKey[g.values.value(QStringLiteral("api_key_id"))] += g.counters.spend.micros();
                groups += g.counters.spend;
            }
            QCOMPARE(groups, b.totals.spend);
        }
        for (int i = 1; i < org->size(); ++i)
            QVERIFY(org->at(i - 1).start < org->at(i).start);
        QCOMPARE(total.micros(), m_sim->totalMonthSpendMicros());
        const QString busy = m_sim->keyIds().at(2);
        QCOMPARE(perKey.value(busy), m_sim->keySpendMicros(busy));

        UsageQuery one;
        one.start = month.startUtc();
        one.end = month.endUtc();
        const Result<UsageSeries> key = run<UsageSeries>([&](auto cb) { m_api->keyUsage(busy, one, this, cb); });
        QVERIFY2(key.ok(), qPrintable(key.error().technicalText()));
        Money keyTotal;
        for (const UsageBucket& b : *key)
            keyTotal += b.totals.spend;
        QCOMPARE(keyTotal.micros(), m_sim->keySpendMicros(busy));
    }

    void spendGrowsWithSimulatedTime()
    {
        const qint64 before = m_sim->totalMonthSpendMicros();
        m_sim->advance(6 * 3600);
        const Result<QList<ApiKey>> keys = listKeys();
        QVERIFY(keys.ok());
        Money total;
        for (const ApiKey& k : *keys)
            total += k.spend;
        QCOMPARE(total.micros(), m_sim->totalMonthSpendMicros());
        QVERIFY(total.micros() > before);
    }

    void projectsMatchGroundTruthAndAcceptLimits()
    {
        const Result<QList<Project>> projects = run<QList<Project>>([this](auto cb) { m_api->listProjects(this, cb); });
        QVERIFY2(projects.ok(), qPrintable(projects.error().technicalText()));
        QCOMPARE(projects->size(), m_sim->projectIds().size());
        for (const Project& p : *projects) {
            QCOMPARE(p.spend.micros(), m_sim->projectSpendMicros(p.id));
            QCOMPARE(p.limit, limitFromMicros(m_sim->projectLimitMicros(p.id)));
        }
        const QString id = projects->first().id;
        const Limit limit = Limit::of(Money::fromMicros(777'000'001));
        QVERIFY(run<Done>([&](auto cb) { m_api->setProjectLimit(id, limit, this, cb); }).ok());
        QCOMPARE(m_sim->projectLimitMicros(id), 777'000'001);
        const Result<Project> reread = run<Project>([&](auto cb) { m_api->getProject(id, this, cb); });
        QVERIFY(reread.ok());
        QCOMPARE(reread->limit, limit);
        QCOMPARE(run<Project>([&](auto cb) { m_api->getProject(QStringLiteral("no-such"), this, cb); }).error().kind(),
                 Kind::NotFound);
    }

    void capabilities_data()
    {
        QTest::addColumn<bool>("projectsEnabled");
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("projects, admin") << true << false;
        QTest::newRow("projects, read-only") << true << true;
        QTest::newRow("no projects, admin") << false << false;
    }
    void capabilities()
    {
        QFETCH(bool, projectsEnabled);
        QFETCH(bool, readOnly);
        Simulator::Options o = simOptions();
        o.projectsEnabled = projectsEnabled;
        QVERIFY(startSim(o));
        const QString secret = readOnly ? m_sim->readKey() : m_sim->adminKey();
        m_api->setApiKey(secret);
        const Result<Capabilities> caps = run<Capabilities>([this](auto cb) { m_api->detectCapabilities(this, cb); });
        QVERIFY2(caps.ok(), qPrintable(caps.error().technicalText()));
        QCOMPARE(caps->projects, projectsEnabled);
        QVERIFY(caps->orgUsage);
        QVERIFY(caps->groups);
        QCOMPARE(caps->manage, readOnly ? Access::Read : Access::Write);
        QCOMPARE(caps->canEdit(), !readOnly);
        QCOMPARE(caps->selfKeyId, m_sim->keyIdForSecret(secret));
        QVERIFY(!caps->selfKeyName.isEmpty());
        if (!projectsEnabled) {
            const auto list = run<QList<Project>>([this](auto cb) { m_api->listProjects(this, cb); });
            QCOMPARE(list.error().kind(), Kind::NotFound);
        }
    }

    void capabilitiesFailForARejectedKey()
    {
        m_sim->revokeKey(m_sim->adminKey());
        const Result<Capabilities> caps = run<Capabilities>([this](auto cb) { m_api->detectCapabilities(this, cb); });
        QVERIFY(!caps.ok());
        QVERIFY(caps.error().kind() == Kind::Unauthorized || caps.error().kind() == Kind::Forbidden);
    }

    void capabilitiesFailWhenTheServerIsGone()
    {
        m_sim->stop();
        ManagementApi::Options o = fastOptions();
        o.maxAttempts = 1;
        m_api->setOptions(o);
        const Result<Capabilities> caps = run<Capabilities>([this](auto cb) { m_api->detectCapabilities(this, cb); });
        QCOMPARE(caps.error().kind(), Kind::Network);
    }

    void checkAuth()
    {
        QVERIFY(run<Done>([this](auto cb) { m_api->checkAuth(this, cb); }).ok());
        m_api->setApiKey(QStringLiteral("sk-not-a-real-key"));
        const Result<Done> r = run<Done>([this](auto cb) { m_api->checkAuth(this, cb); });
        QVERIFY(r.error().kind() == Kind::Unauthorized || r.error().kind() == Kind::Forbidden);
    }

    void faultLatencyTimesOut()
    {
        m_sim->setLatencyMs(5000);
        ManagementApi::Options o = fastOptions();
        o.transferTimeoutMs = 300;
        o.maxAttempts = 1;
        m_api->setOptions(o);
        const Result<QList<ApiKey>> r = listKeys();
        QCOMPARE(r.error().kind(), Kind::Timeout);
        QVERIFY(!r.error().userMessage().isEmpty());
    }

    void faultServerErrorsAreRetriedThenReported()
    {
        m_sim->setErrorRate(1.0);
        const qint64 before = m_sim->requestCount();
        const Result<Organization> r = run<Organization>([this](auto cb) { m_api->getOrganization(this, cb); });
        QCOMPARE(r.error().kind(), Kind::Server);
        QVERIFY(r.error().httpStatus() >= 500);
        QCOMPARE(m_sim->requestCount() - before, qint64(fastOptions().maxAttempts));
    }

    void faultMalformedIsBadResponse()
    {
        m_sim->setMalformedRate(1.0);
        const Result<QList<ApiKey>> r = listKeys();
        QCOMPARE(r.error().kind(), Kind::BadResponse);
        QVERIFY(!r.error().detail().isEmpty());
    }

    void faultRateLimitReportsRetryAfter()
    {
        m_sim->setRateLimitPerMinute(1);
        QVERIFY(listKeys().ok());
        const Result<QList<ApiKey>> r = listKeys();
        QCOMPARE(r.error().kind(), Kind::RateLimited);
        QVERIFY(r.error().retryAfterSecs() > 0);
        QVERIFY(r.error().userMessage().contains(QString::number(r.error().retryAfterSecs())));
    }

    void faultDropIsNetwork()
    {
        m_sim->setDropRate(1.0);
        const Result<QList<ApiKey>> r = listKeys();
        QCOMPARE(r.error().kind(), Kind::Network);
    }

    void tenThousandKeys()
    {
        Simulator::Options o = simOptions();
        o.keys = 10'000;
        QVERIFY(startSim(o));
        ManagementApi::Options options = fastOptions();
        options.decodeInWorkerBytes = 64 * 1024; // a 10 000-key list is decoded off this thread
        m_api->setOptions(options);
        const Result<QList<ApiKey>> keys = listKeys();
        QVERIFY2(keys.ok(), qPrintable(keys.error().technicalText()));
        QCOMPARE(keys->size(), m_sim->keyCount());
        Money total;
        for (const ApiKey& k : *keys)
            total += k.spend;
        QCOMPARE(total.micros(), m_sim->totalMonthSpendMicros());
    }
};

QTEST_GUILESS_MAIN(tst_ManagementApi)
#include "tst_managementapi.moc"
