#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class SimApi;
class SimClock;
class SimOrganization;
class SimServer;

// A local stand-in for the Requesty management API (Gen 2) plus Spendboard's project endpoints,
// served by QHttpServer on 127.0.0.1. It encodes its JSON with its own code from the contract
// (shared/api/*.md) and links nothing of the client, so a decoding bug cannot hide on both sides.
class Simulator final : public QObject
{
    Q_OBJECT
public:
    enum class MoneyForm { Numbers, Strings, Mixed };

    struct Options
    {
        quint16 port = 0; // 0 = any free port
        QString adminKey; // manage: write; generated when empty
        QString readKey;  // manage: read; generated when empty
        int keys = 40;
        int projects = 8;
        quint32 seed = 1;
        double speed = 1.0; // simulated seconds per real second
        MoneyForm money = MoneyForm::Mixed;
        bool projectsEnabled = true; // false: /v1/manage/project answers 404 (the real API today)
        // Faults
        int latencyMs = 0;
        double errorRate = 0.0;     // share of requests answered 5xx
        double malformedRate = 0.0; // share answered with broken or truncated JSON
        double dropRate = 0.0;      // share whose connection is closed mid-reply
        int rateLimitPerMinute = 0; // 0 = none; beyond it 429 with Retry-After
        // The simulated "now" at start; invalid = the real current time. Lets tests pin a date.
        QDateTime startTime;
    };

    explicit Simulator(QObject* parent = nullptr);
    explicit Simulator(const Options& options, QObject* parent = nullptr);
    ~Simulator() override;

    // Listens on 127.0.0.1; returns false with a reason when the port is taken.
    bool start(QString* error = nullptr);
    void stop();
    bool isRunning() const;

    QUrl url() const; // http://127.0.0.1:PORT
    quint16 port() const;
    QString adminKey() const;
    QString readKey() const;
    const Options& options() const { return m_options; }

    // Fault knobs may change while running (integration tests flip them mid-session).
    void setLatencyMs(int ms);
    void setErrorRate(double rate);
    void setMalformedRate(double rate);
    void setDropRate(double rate);
    void setRateLimitPerMinute(int perMinute);
    // Revokes a key: later requests with it get 403 (or 401 when it was the only one).
    void revokeKey(const QString& secret);

    // Ground truth for tests, in the simulator's own terms (micro-dollars, its own clock).
    QDateTime simulatedNow() const;
    void advance(qint64 simulatedSeconds); // moves simulated time forward at once (spend grows)
    int keyCount() const;
    qint64 totalMonthSpendMicros() const; // sum of keys' monthly_spend, this month
    qint64 keySpendMicros(const QString& keyId) const;
    qint64 keyLimitMicros(const QString& keyId) const; // 0 = no limit
    QStringList keyIds() const;
    qint64 requestCount() const; // requests served, for tests that count retries

    // Additions for tests and the demo.
    // The simulator's key list always starts with its two management keys ("spendboard-admin",
    // "spendboard-readonly"); they never spend. keyCount() is max(2, Options::keys) plus created keys.
    QString keyIdForSecret(const QString& secret) const; // empty when unknown
    QStringList projectIds() const;                      // empty with projects disabled
    qint64 projectSpendMicros(const QString& projectId) const;
    qint64 projectLimitMicros(const QString& projectId) const;
    QString organizationName() const;
    qint64 balanceMicros() const;
    void setSpeed(double simulatedSecondsPerSecond); // keeps simulated now continuous
    // Replies held back by the latency fault: how many wait, and send them all now (lets a test prove a
    // reply was deferred without measuring time).
    int pendingReplyCount() const;
    void releasePendingReplies();

    SimOrganization& organization();

signals:
    void requestServed(const QString& method, const QString& path, int status);

private:
    void sync() const;

    Options m_options;
    // Declared in dependency order: destroyed server first, clock last.
    std::unique_ptr<SimClock> m_clock;
    std::unique_ptr<SimOrganization> m_org;
    std::unique_ptr<SimApi> m_api;
    std::unique_ptr<SimServer> m_server;
};
