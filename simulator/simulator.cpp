#include "simulator.h"

#include "simapi.h"
#include "simclock.h"
#include "simgenerator.h"
#include "simlog.h"
#include "simorganization.h"
#include "simserver.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace {
QString randomSecret(const char* prefix)
{
    QString secret = QString::fromLatin1(prefix);
    for (int i = 0; i < 2; ++i)
        secret += QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
    return secret;
}
} // namespace

Simulator::Simulator(QObject* parent)
    : Simulator(Options{}, parent)
{}

Simulator::Simulator(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    if (m_options.adminKey.isEmpty())
        m_options.adminKey = randomSecret("sim-admin-");
    if (m_options.readKey.isEmpty())
        m_options.readKey = randomSecret("sim-read-");
    const qint64 startMSecs =
        m_options.startTime.isValid() ? m_options.startTime.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    m_clock = std::make_unique<SimClock>(startMSecs, m_options.speed);
    m_org = std::make_unique<SimOrganization>(m_options.seed, m_options.projectsEnabled);
    SimGenerator::Settings settings;
    settings.keys = m_options.keys;
    settings.projects = m_options.projects;
    settings.now = m_clock->nowSecs();
    settings.adminSecret = m_options.adminKey.toUtf8();
    settings.readSecret = m_options.readKey.toUtf8();
    SimGenerator::populate(*m_org, settings);
    m_api = std::make_unique<SimApi>(*m_org, *m_clock, m_options.money);
    m_server = std::make_unique<SimServer>(*m_api, m_options.seed, m_options.projectsEnabled);
    SimFaults& faults = m_server->faults();
    faults.setLatencyMs(m_options.latencyMs);
    faults.setErrorRate(m_options.errorRate);
    faults.setMalformedRate(m_options.malformedRate);
    faults.setDropRate(m_options.dropRate);
    faults.setRateLimitPerMinute(m_options.rateLimitPerMinute);
    connect(m_server.get(), &SimServer::requestServed, this, &Simulator::requestServed);
    qCDebug(lcSim) << "organization" << m_org->name() << "with" << m_org->liveKeyCount() << "keys";
}

Simulator::~Simulator()
{
    m_server.reset();
}

bool Simulator::start(QString* error)
{
    if (m_server->isListening())
        return true;
    if (m_server->listen(m_options.port) == 0) {
        if (error)
            *error = QStringLiteral("Cannot listen on 127.0.0.1:%1 (is the port taken?)").arg(m_options.port);
        return false;
    }
    qCDebug(lcSim) << "listening on" << url().toString();
    return true;
}

void Simulator::stop()
{
    m_server->close();
}

bool Simulator::isRunning() const
{
    return m_server->isListening();
}

QUrl Simulator::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
}

quint16 Simulator::port() const
{
    return m_server->port();
}

QString Simulator::adminKey() const
{
    return m_options.adminKey;
}

QString Simulator::readKey() const
{
    return m_options.readKey;
}

void Simulator::setLatencyMs(int ms)
{
    m_options.latencyMs = ms;
    m_server->faults().setLatencyMs(ms);
}

void Simulator::setErrorRate(double rate)
{
    m_options.errorRate = rate;
    m_server->faults().setErrorRate(rate);
}

void Simulator::setMalformedRate(double rate)
{
    m_options.malformedRate = rate;
    m_server->faults().setMalformedRate(rate);
}

void Simulator::setDropRate(double rate)
{
    m_options.dropRate = rate;
    m_server->faults().setDropRate(rate);
}

void Simulator::setRateLimitPerMinute(int perMinute)
{
    m_options.rateLimitPerMinute = perMinute;
    m_server->faults().setRateLimitPerMinute(perMinute);
}

void Simulator::revokeKey(const QString& secret)
{
    const int index = m_org->findKeyBySecret(secret.toUtf8());
    if (index >= 0)
        m_org->revokeKey(index);
}

void Simulator::sync() const
{
    m_org->advanceTo(m_clock->nowSecs());
}

QDateTime Simulator::simulatedNow() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock->nowMSecs(), QTimeZone::utc());
}

void Simulator::advance(qint64 simulatedSeconds)
{
    m_clock->advance(qMax<qint64>(0, simulatedSeconds));
    sync();
}

int Simulator::keyCount() const
{
    return m_org->liveKeyCount();
}

qint64 Simulator::totalMonthSpendMicros() const
{
    sync();
    qint64 sum = 0;
    for (const SimOrganization::Key& key : m_org->keys()) {
        if (!key.deleted)
            sum += key.monthSpendMicros;
    }
    return sum;
}

qint64 Simulator::keySpendMicros(const QString& keyId) const
{
    sync();
    const int index = m_org->findKey(keyId);
    return index < 0 ? 0 : m_org->key(index).monthSpendMicros;
}

qint64 Simulator::keyLimitMicros(const QString& keyId) const
{
    const int index = m_org->findKey(keyId);
    return index < 0 ? 0 : m_org->key(index).limitMicros;
}

QStringList Simulator::keyIds() const
{
    QStringList ids;
    ids.reserve(m_org->liveKeyCount());
    for (const SimOrganization::Key& key : m_org->keys()) {
        if (!key.deleted)
            ids.append(key.id);
    }
    return ids;
}

qint64 Simulator::requestCount() const
{
    return m_server->requestCount();
}

QString Simulator::keyIdForSecret(const QString& secret) const
{
    const int index = m_org->findKeyBySecret(secret.toUtf8());
    return index < 0 ? QString() : m_org->key(index).id;
}

QStringList Simulator::projectIds() const
{
    QStringList ids;
    for (const SimOrganization::Project& project : m_org->projects())
        ids.append(project.id);
    return ids;
}

qint64 Simulator::projectSpendMicros(const QString& projectId) const
{
    sync();
    const int index = m_org->findProject(projectId);
    return index < 0 ? 0 : m_org->projects()[size_t(index)].monthSpendMicros;
}

qint64 Simulator::projectLimitMicros(const QString& projectId) const
{
    const int index = m_org->findProject(projectId);
    return index < 0 ? 0 : m_org->projects()[size_t(index)].limitMicros;
}

QString Simulator::organizationName() const
{
    return m_org->name();
}

qint64 Simulator::balanceMicros() const
{
    sync();
    return m_org->balanceMicros();
}

void Simulator::setSpeed(double simulatedSecondsPerSecond)
{
    sync();
    m_options.speed = simulatedSecondsPerSecond;
    m_clock->setSpeed(simulatedSecondsPerSecond);
}

int Simulator::pendingReplyCount() const
{
    return m_server->pendingReplyCount();
}

void Simulator::releasePendingReplies()
{
    m_server->releasePendingReplies();
}

SimOrganization& Simulator::organization()
{
    return *m_org;
}
