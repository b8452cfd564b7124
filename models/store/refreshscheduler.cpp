#include "refreshscheduler.h"

#include "orgstore.h"
#include "storelog.h"

#include <QNetworkInformation>

#include <algorithm>

RefreshScheduler::RefreshScheduler(OrgStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::trigger);
    connect(store, &OrgStore::refreshStarted, this, &RefreshScheduler::onRefreshStarted);
    connect(store, &OrgStore::refreshFinished, this, &RefreshScheduler::onRefreshFinished);
}

RefreshScheduler::~RefreshScheduler() = default;

void RefreshScheduler::setIntervalSecs(int secs)
{
    const int clamped = std::max(kMinIntervalSecs, secs);
    if (clamped == m_intervalSecs)
        return;
    m_intervalSecs = clamped;
    // A waiting regular timer follows the new interval at once; a backoff keeps its own delay.
    if (m_timer.isActive() && m_failures == 0)
        arm(m_intervalSecs);
}

void RefreshScheduler::setMillisecondsPerSecond(int ms)
{
    m_msPerSecond = std::max(1, ms);
    m_timer.setTimerType(m_msPerSecond < 1000 ? Qt::PreciseTimer : Qt::CoarseTimer);
}

void RefreshScheduler::setNetworkMonitoring(bool enabled)
{
    m_monitoring = enabled;
}

void RefreshScheduler::start()
{
    // Learn the network state first (silently: not active yet), then start.
    if (m_monitoring)
        startMonitoring();
    m_active = true;
    if (m_online)
        trigger();
    else
        emit pausedChanged(true);
}

void RefreshScheduler::stop()
{
    m_active = false;
    m_timer.stop();
}

bool RefreshScheduler::refreshNow()
{
    if (!m_store || m_store->isRefreshing())
        return false;
    return m_store->refresh();
}

int RefreshScheduler::delayAfter(bool ok, int failures, int retryAfterSecs) const
{
    if (ok)
        return m_intervalSecs;
    const int cap = std::max(kMaxBackoffSecs, m_intervalSecs);
    qint64 delay = m_intervalSecs;
    for (int i = 0; i < failures && delay < cap; ++i)
        delay *= 2;
    return int(std::max<qint64>(std::min<qint64>(delay, cap), retryAfterSecs));
}

void RefreshScheduler::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    qCInfo(lcStore) << (online ? "network is back" : "network is down: refreshes paused");
    if (!m_active)
        return;
    emit pausedChanged(!online);
    if (!online) {
        m_timer.stop();
        return;
    }
    // Back online: the last failure was probably the outage itself.
    m_failures = 0;
    trigger();
}

void RefreshScheduler::onRefreshStarted()
{
    // Whoever started it, nothing may fire until it is over.
    m_timer.stop();
}

void RefreshScheduler::onRefreshFinished(bool ok)
{
    const ApiError error = m_store ? m_store->lastError() : ApiError();
    if (ok)
        m_failures = 0;
    else if (error.kind() != ApiError::Kind::Cancelled)
        ++m_failures;
    if (!m_active || !m_online)
        return;
    arm(delayAfter(ok, m_failures, ok ? 0 : error.retryAfterSecs()));
}

void RefreshScheduler::trigger()
{
    if (!m_active || !m_online || !m_store)
        return;
    // A running refresh re-arms the timer when it finishes.
    if (!m_store->isRefreshing())
        m_store->refresh();
}

void RefreshScheduler::arm(int secs)
{
    m_scheduledSecs = secs;
    m_timer.start(std::chrono::milliseconds(qint64(secs) * m_msPerSecond));
    emit scheduled(secs);
}

void RefreshScheduler::startMonitoring()
{
    if (m_monitoringStarted)
        return;
    m_monitoringStarted = true;
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcStore) << "no network reachability backend: assuming online";
        return;
    }
    QNetworkInformation* info = QNetworkInformation::instance();
    if (!info || !info->supports(QNetworkInformation::Feature::Reachability))
        return;
    auto apply = [this](QNetworkInformation::Reachability r) {
        setOnline(r != QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
}
