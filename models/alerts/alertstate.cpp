#include "alertstate.h"

#include "alertslogging.h"
#include "domain/period.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

constexpr qint64 kMaxFileBytes = 32LL * 1024 * 1024;

QString str(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

const QString& formatName()
{
    static const QString s = QStringLiteral("spendboard-alert-state");
    return s;
}

void setText(QString* out, const QString& text)
{
    if (out)
        *out = text;
}

} // namespace

void AlertState::clear()
{
    m_fired.clear();
    m_snoozes.clear();
    m_mutes.clear();
    m_pausedUntil = QDateTime();
    m_history.clear();
}

bool AlertState::load(QString* warning)
{
    clear();
    setText(warning, QString());
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return false;
    QFile file(m_path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else if (file.size() > kMaxFileBytes) {
        problem = str("file too large");
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            problem = parseError.errorString();
        else if (!doc.isObject())
            problem = str("not a JSON object");
        else if (!fromJson(doc.object(), &problem))
            clear();
    }
    if (problem.isEmpty())
        return true;
    const QString text = QStringLiteral("ignoring alert state %1: %2").arg(QDir::toNativeSeparators(m_path), problem);
    qCWarning(lcAlerts).noquote() << text;
    setText(warning, text);
    return false;
}

bool AlertState::save(QString* error) const
{
    setText(error, QString());
    if (m_path.isEmpty())
        return true;
    const QString dir = QFileInfo(m_path).absolutePath();
    QString problem;
    if (!QDir().mkpath(dir)) {
        problem = QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(dir));
    } else {
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly)) {
            problem = file.errorString();
        } else {
            const QByteArray data = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
            // Checked before commit(): Qt 6.4's commit() succeeds after a failed flush.
            if (file.write(data) != data.size() || !file.flush()) {
                problem = file.errorString();
                file.cancelWriting();
            } else if (!file.commit()) {
                problem = file.errorString();
            }
        }
    }
    if (problem.isEmpty())
        return true;
    const QString text =
        QStringLiteral("cannot save alert state %1: %2").arg(QDir::toNativeSeparators(m_path), problem);
    qCWarning(lcAlerts).noquote() << text;
    setText(error, text);
    return false;
}

QJsonObject AlertState::toJson() const
{
    QJsonObject o;
    o.insert(str("format"), formatName());
    o.insert(str("version"), kFormatVersion);
    QJsonArray fired;
    for (const Fired& f : firedEntries()) {
        QJsonObject e;
        e.insert(str("entity"), f.entity);
        e.insert(str("kind"), Alert::kindName(f.kind));
        e.insert(str("threshold"), f.threshold);
        e.insert(str("month"), f.month);
        e.insert(str("limit"), f.limit.toDecimalString());
        fired.append(e);
    }
    o.insert(str("fired"), fired);
    QJsonObject snoozes;
    for (auto it = m_snoozes.cbegin(); it != m_snoozes.cend(); ++it)
        snoozes.insert(it.key(), it.value().toUTC().toString(Qt::ISODate));
    o.insert(str("snoozes"), snoozes);
    QStringList mutes(m_mutes.cbegin(), m_mutes.cend());
    mutes.sort();
    o.insert(str("mutes"), QJsonArray::fromStringList(mutes));
    if (m_pausedUntil.isValid())
        o.insert(str("pausedUntil"), m_pausedUntil.toUTC().toString(Qt::ISODate));
    QJsonArray history;
    for (const Alert& a : m_history)
        history.append(a.toJson());
    o.insert(str("history"), history);
    return o;
}

bool AlertState::fromJson(const QJsonObject& o, QString* error)
{
    clear();
    if (o.value(str("format")).toString() != formatName()) {
        setText(error, str("not an alert state file"));
        return false;
    }
    const int version = o.value(str("version")).toInt(-1);
    if (version != kFormatVersion) {
        setText(error, QStringLiteral("unknown version %1").arg(version));
        return false;
    }
    int skipped = 0;
    const QJsonArray fired = o.value(str("fired")).toArray();
    for (const QJsonValue& v : fired) {
        const QJsonObject e = v.toObject();
        Fired f;
        f.entity = e.value(str("entity")).toString();
        const auto kind = Alert::kindFromName(e.value(str("kind")).toString());
        f.threshold = e.value(str("threshold")).toInt(-1);
        f.month = e.value(str("month")).toString();
        const auto limit = Money::fromJson(e.value(str("limit")));
        if (!Alert::entityFromKey(f.entity) || !kind || f.threshold < 0 || !Period::fromIsoMonth(f.month).isValid() ||
            !limit) {
            ++skipped;
            continue;
        }
        f.kind = *kind;
        f.limit = *limit;
        markFired(f);
    }
    const QJsonObject snoozes = o.value(str("snoozes")).toObject();
    for (auto it = snoozes.begin(); it != snoozes.end(); ++it) {
        const QDateTime until = QDateTime::fromString(it.value().toString(), Qt::ISODate);
        if (Alert::entityFromKey(it.key()) && until.isValid())
            m_snoozes.insert(it.key(), until.toUTC());
        else
            ++skipped;
    }
    for (const QJsonValue& v : o.value(str("mutes")).toArray()) {
        if (Alert::entityFromKey(v.toString()))
            m_mutes.insert(v.toString());
        else
            ++skipped;
    }
    if (o.contains(str("pausedUntil")))
        m_pausedUntil = QDateTime::fromString(o.value(str("pausedUntil")).toString(), Qt::ISODate).toUTC();
    QList<Alert> history;
    for (const QJsonValue& v : o.value(str("history")).toArray()) {
        if (const auto a = Alert::fromJson(v.toObject()))
            history.append(*a);
        else
            ++skipped;
    }
    appendHistory(history);
    if (skipped > 0)
        qCWarning(lcAlerts) << "alert state: skipped" << skipped << "malformed entries";
    return true;
}

bool AlertState::isFired(const QString& entity, Alert::Kind kind, int threshold, const QString& month) const
{
    const Fired* f = fired(entity, kind, threshold);
    return f && f->month == month;
}

const AlertState::Fired* AlertState::fired(const QString& entity, Alert::Kind kind, int threshold) const
{
    const auto it = m_fired.constFind(entity);
    if (it == m_fired.constEnd())
        return nullptr;
    for (const Fired& f : *it) {
        if (f.kind == kind && f.threshold == threshold)
            return &f;
    }
    return nullptr;
}

void AlertState::markFired(const Fired& entry)
{
    QList<Fired>& list = m_fired[entry.entity];
    for (Fired& f : list) {
        if (f.kind == entry.kind && f.threshold == entry.threshold) {
            f = entry;
            return;
        }
    }
    list.append(entry);
}

bool AlertState::unfire(const QString& entity, Alert::Kind kind, int threshold)
{
    const auto it = m_fired.find(entity);
    if (it == m_fired.end())
        return false;
    const bool removed = it->removeIf([&](const Fired& f) { return f.kind == kind && f.threshold == threshold; }) > 0;
    if (it->isEmpty())
        m_fired.erase(it);
    return removed;
}

QList<AlertState::Fired> AlertState::firedEntries() const
{
    QList<Fired> out;
    for (const QList<Fired>& list : m_fired)
        out.append(list);
    return out;
}

QList<AlertState::Fired> AlertState::firedFor(const QString& entity, Alert::Kind kind) const
{
    QList<Fired> out;
    for (const Fired& f : m_fired.value(entity)) {
        if (f.kind == kind)
            out.append(f);
    }
    return out;
}

bool AlertState::retainMonth(const QString& month)
{
    bool changed = false;
    for (auto it = m_fired.begin(); it != m_fired.end();) {
        changed = it->removeIf([&](const Fired& f) { return f.month != month; }) > 0 || changed;
        it = it->isEmpty() ? m_fired.erase(it) : std::next(it);
    }
    return changed;
}

bool AlertState::retainEntities(const QSet<QString>& entities)
{
    bool changed =
        m_fired.removeIf([&](QHash<QString, QList<Fired>>::iterator it) { return !entities.contains(it.key()); }) > 0;
    changed =
        m_snoozes.removeIf([&](QHash<QString, QDateTime>::iterator it) { return !entities.contains(it.key()); }) > 0 ||
        changed;
    changed = m_mutes.removeIf([&](const QString& e) { return !entities.contains(e); }) > 0 || changed;
    return changed;
}

void AlertState::setSnooze(const QString& entity, const QDateTime& untilUtc)
{
    if (untilUtc.isValid())
        m_snoozes.insert(entity, untilUtc.toUTC());
    else
        m_snoozes.remove(entity);
}

bool AlertState::isSnoozed(const QString& entity, const QDateTime& nowUtc) const
{
    const auto it = m_snoozes.constFind(entity);
    return it != m_snoozes.constEnd() && nowUtc < *it;
}

void AlertState::setMuted(const QString& entity, bool muted)
{
    if (muted)
        m_mutes.insert(entity);
    else
        m_mutes.remove(entity);
}

bool AlertState::isSuppressed(const QString& entity, const QDateTime& nowUtc) const
{
    return isPaused(nowUtc) || isMuted(entity) || isSnoozed(entity, nowUtc);
}

bool AlertState::dropExpired(const QDateTime& nowUtc)
{
    bool changed = m_snoozes.removeIf([&](QHash<QString, QDateTime>::iterator it) { return it.value() <= nowUtc; }) > 0;
    if (m_pausedUntil.isValid() && m_pausedUntil <= nowUtc) {
        m_pausedUntil = QDateTime();
        changed = true;
    }
    return changed;
}

void AlertState::appendHistory(const QList<Alert>& alerts)
{
    m_history.append(alerts);
    if (m_history.size() > kHistoryCap)
        m_history.remove(0, m_history.size() - kHistoryCap);
}

bool AlertState::acknowledge(const QStringList& ids)
{
    bool changed = false;
    for (Alert& a : m_history) {
        if (!a.acknowledged && ids.contains(a.id)) {
            a.acknowledged = true;
            changed = true;
        }
    }
    return changed;
}

bool AlertState::acknowledgeAll()
{
    bool changed = false;
    for (Alert& a : m_history) {
        if (!a.acknowledged) {
            a.acknowledged = true;
            changed = true;
        }
    }
    return changed;
}
