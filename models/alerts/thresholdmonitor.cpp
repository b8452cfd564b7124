#include "thresholdmonitor.h"

#include "alertslogging.h"

#include <QLocale>
#include <QUuid>

#include <algorithm>

namespace {

constexpr int kForecastThreshold = 100;

QString percentText(int percent)
{
    return QLocale().toString(percent);
}

QString moneyText(Money amount)
{
    return amount.format(QLocale());
}

QString dateText(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMM"));
}

} // namespace

ThresholdMonitor::ThresholdMonitor(QObject* parent)
    : QObject(parent)
{}

ThresholdMonitor::~ThresholdMonitor() = default;

bool ThresholdMonitor::setStatePath(const QString& path)
{
    m_loadPending = false;
    m_state.setPath(path);
    return m_state.load();
}

void ThresholdMonitor::setStatePathDeferred(const QString& path)
{
    m_state = AlertState();
    m_state.setPath(path);
    m_loadPending = true;
}

void ThresholdMonitor::loadState()
{
    if (!m_loadPending)
        return;
    m_loadPending = false; // before the signal: its receivers read state()
    m_state.load();
    emit stateLoaded();
}

QList<Alert> ThresholdMonitor::evaluate(const OrgSnapshot& snapshot, const QDateTime& nowUtcIn)
{
    loadState();
    const QDateTime nowUtc = nowUtcIn.toUTC();
    const Period period = Period::containing(nowUtc);
    if (snapshot.fetchedAt.isValid() && Period::containing(snapshot.fetchedAt).startUtc() < period.startUtc()) {
        qCDebug(lcAlerts) << "not evaluating a snapshot of" << Period::containing(snapshot.fetchedAt).isoMonth() << "in"
                          << period.isoMonth();
        return {};
    }
    const QString month = period.isoMonth();
    m_dirty = m_state.retainMonth(month);
    m_dirty = m_state.dropExpired(nowUtc) || m_dirty;

    const QList<AlertSubject> subjects = AlertSubject::collect(snapshot, m_settings, nowUtc, m_forecast);
    QSet<QString> live;
    for (const AlertSubject& s : subjects)
        live.insert(s.key);
    m_dirty = m_state.retainEntities(live) || m_dirty;

    QList<Alert> raised;
    for (const AlertSubject& s : subjects) {
        evaluateBalance(s, month, nowUtc, raised);
        evaluateLimit(s, month, nowUtc, raised);
    }

    if (!raised.isEmpty()) {
        m_state.appendHistory(raised);
        m_dirty = true;
        for (const Alert& a : raised)
            qCInfo(lcAlerts).noquote().nospace() << "alert " << Alert::kindName(a.kind) << ' ' << a.entityKey() << ' '
                                                 << a.thresholdPercent << (a.suppressed ? " (suppressed)" : "");
    }
    if (m_dirty)
        m_state.save();
    m_dirty = false;
    if (!raised.isEmpty())
        emit alertsRaised(raised);
    return raised;
}

void ThresholdMonitor::evaluateLimit(const AlertSubject& s, const QString& month, const QDateTime& nowUtc,
                                     QList<Alert>& out)
{
    if (!s.limit.hasLimit())
        return;
    const Alert::Kind kind =
        s.entity.kind == EntityRef::Kind::Organization ? Alert::Kind::Budget : Alert::Kind::Threshold;
    const Money limit = s.limit.amount();
    const int hysteresis = std::max(0, m_settings.hysteresisPoints);

    // Re-arm what spend has fallen clearly below (the limit was raised).
    for (const AlertState::Fired& f : m_state.firedFor(s.key, kind)) {
        if (!Money::reachesPercent(s.spend, limit, std::max(0, f.threshold - hysteresis)))
            m_dirty = m_state.unfire(s.key, kind, f.threshold) || m_dirty;
    }

    qsizetype raisedAt = -1;
    QList<int> crossed;
    for (int t : m_settings.normalizedThresholds()) {
        if (Money::reachesPercent(s.spend, limit, t))
            crossed.append(t);
    }
    if (!crossed.isEmpty()) {
        const int top = crossed.last();
        const bool isNew = !m_state.isFired(s.key, kind, top, month);
        for (int t : crossed) {
            if (!m_state.isFired(s.key, kind, t, month)) {
                m_state.markFired({s.key, kind, t, month, limit});
                m_dirty = true;
            }
        }
        if (isNew) {
            out.append(makeAlert(s, kind, top, nowUtc));
            raisedAt = out.size() - 1;
        }
    }

    const AlertState::Fired* forecast = m_state.fired(s.key, Alert::Kind::Forecast, kForecastThreshold);
    if (forecast && forecast->limit < limit)
        m_dirty = m_state.unfire(s.key, Alert::Kind::Forecast, kForecastThreshold) || m_dirty;
    if (!m_settings.forecastAlerts || !s.limitReachedAt ||
        m_state.isFired(s.key, Alert::Kind::Forecast, kForecastThreshold, month))
        return;
    m_state.markFired({s.key, Alert::Kind::Forecast, kForecastThreshold, month, limit});
    m_dirty = true;
    if (raisedAt >= 0) {
        Alert& a = out[raisedAt];
        a.forecastDate = s.limitReachedAt->toUTC().date();
        a.message = messageFor(a);
    } else {
        out.append(makeAlert(s, Alert::Kind::Forecast, kForecastThreshold, nowUtc));
    }
}

void ThresholdMonitor::evaluateBalance(const AlertSubject& s, const QString& month, const QDateTime& nowUtc,
                                       QList<Alert>& out)
{
    if (s.entity.kind != EntityRef::Kind::Organization || !m_settings.balanceFloor)
        return;
    const Money floor = *m_settings.balanceFloor;
    const int hysteresis = std::max(0, m_settings.hysteresisPoints);
    const Money rearmAt = floor > Money() ? Money::mulDiv(floor, 100 + hysteresis, 100) : floor;
    if (m_state.fired(s.key, Alert::Kind::Balance, 0) && s.balance >= rearmAt)
        m_dirty = m_state.unfire(s.key, Alert::Kind::Balance, 0) || m_dirty;
    if (s.balance >= floor || m_state.isFired(s.key, Alert::Kind::Balance, 0, month))
        return;
    m_state.markFired({s.key, Alert::Kind::Balance, 0, month, floor});
    m_dirty = true;
    out.append(makeAlert(s, Alert::Kind::Balance, 0, nowUtc));
}

Alert ThresholdMonitor::makeAlert(const AlertSubject& s, Alert::Kind kind, int threshold, const QDateTime& nowUtc) const
{
    Alert a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.time = nowUtc;
    a.entity = s.entity;
    a.entityName = s.name;
    a.kind = kind;
    a.thresholdPercent = threshold;
    if (kind == Alert::Kind::Balance) {
        a.spend = s.balance;
        a.limit = m_settings.balanceFloor.value_or(Money());
    } else {
        a.spend = s.spend;
        a.limit = s.limit.amount();
    }
    if (kind == Alert::Kind::Forecast && s.limitReachedAt)
        a.forecastDate = s.limitReachedAt->toUTC().date();
    a.severity = Alert::severityFor(kind, threshold);
    a.suppressed = m_state.isSuppressed(s.key, nowUtc);
    a.message = messageFor(a);
    return a;
}

QString ThresholdMonitor::messageFor(const Alert& a)
{
    const QString name = a.entityName;
    const bool isKey = a.entity.kind == EntityRef::Kind::Key;
    const bool isProject = a.entity.kind == EntityRef::Kind::Project;
    QString text;
    switch (a.kind) {
    case Alert::Kind::Threshold:
    case Alert::Kind::Budget:
        if (isKey)
            text = tr("Key %1 reached %2 % of its %3 monthly limit (%4 spent).");
        else if (isProject)
            text = tr("Project %1 reached %2 % of its %3 monthly limit (%4 spent).");
        else
            text = tr("%1 reached %2 % of its %3 monthly budget (%4 spent).");
        text = text.arg(name, percentText(a.thresholdPercent), moneyText(a.limit), moneyText(a.spend));
        if (a.forecastDate.isValid() && a.thresholdPercent < 100)
            text += u' ' + tr("Projected to reach the limit on %1.").arg(dateText(a.forecastDate));
        return text;
    case Alert::Kind::Forecast:
        if (isKey)
            text = tr("Key %1 is projected to reach its %2 monthly limit on %3 (%4 spent so far).");
        else if (isProject)
            text = tr("Project %1 is projected to reach its %2 monthly limit on %3 (%4 spent so far).");
        else
            text = tr("%1 is projected to reach its %2 monthly budget on %3 (%4 spent so far).");
        return text.arg(name, moneyText(a.limit), dateText(a.forecastDate), moneyText(a.spend));
    case Alert::Kind::Balance:
        return tr("%1 balance is %2, below the %3 floor.").arg(name, moneyText(a.spend), moneyText(a.limit));
    }
    return text;
}

void ThresholdMonitor::snooze(const EntityRef& entity, Snooze duration, const QDateTime& nowUtc)
{
    snoozeUntil(entity, snoozeEnd(duration, nowUtc));
}

void ThresholdMonitor::snoozeUntil(const EntityRef& entity, const QDateTime& untilUtc)
{
    loadState();
    m_state.setSnooze(Alert::entityKey(entity), untilUtc);
    changedByUser();
}

void ThresholdMonitor::setMuted(const EntityRef& entity, bool muted)
{
    loadState();
    m_state.setMuted(Alert::entityKey(entity), muted);
    changedByUser();
}

void ThresholdMonitor::pauseUntil(const QDateTime& untilUtc)
{
    loadState();
    m_state.setPausedUntil(untilUtc);
    changedByUser();
}

void ThresholdMonitor::acknowledge(const QStringList& alertIds)
{
    loadState();
    if (m_state.acknowledge(alertIds))
        changedByUser();
}

void ThresholdMonitor::acknowledgeAll()
{
    loadState();
    if (m_state.acknowledgeAll())
        changedByUser();
}

void ThresholdMonitor::changedByUser()
{
    m_state.save();
    emit stateChanged();
}

QDateTime ThresholdMonitor::snoozeEnd(Snooze duration, const QDateTime& nowUtc)
{
    const QDateTime now = nowUtc.toUTC();
    switch (duration) {
    case Snooze::OneHour:
        return now.addSecs(3600);
    case Snooze::OneDay:
        return now.addDays(1);
    case Snooze::UntilTomorrow: {
        const QDate tomorrow = now.toLocalTime().date().addDays(1);
        return QDateTime(tomorrow, QTime(0, 0), Qt::LocalTime).toUTC();
    }
    case Snooze::RestOfMonth:
        return Period::containing(now).endUtc();
    }
    return now;
}
