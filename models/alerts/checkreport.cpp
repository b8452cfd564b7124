#include "checkreport.h"

#include "thresholdmonitor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString str(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

// Exact percent with two decimals from basis points: 8042 -> "80.42".
QString percentDecimal(Money part, Money of)
{
    const qint64 bp = Money::basisPoints(part, of);
    const qint64 abs = bp < 0 ? -bp : bp;
    return (bp < 0 ? str("-") : QString()) + QString::number(abs / 100) + u'.' +
           QString::number(abs % 100).rightJustified(2, u'0');
}

QString entityKindName(EntityRef::Kind kind)
{
    switch (kind) {
    case EntityRef::Kind::Organization:
        return str("organization");
    case EntityRef::Kind::Project:
        return str("project");
    case EntityRef::Kind::Key:
        return str("key");
    }
    return {};
}

Alert item(const AlertSubject& s, Alert::Kind kind, int threshold, Money spend, Money limit, const QDateTime& now)
{
    Alert a;
    a.time = now;
    a.entity = s.entity;
    a.entityName = s.name;
    a.kind = kind;
    a.thresholdPercent = threshold;
    a.spend = spend;
    a.limit = limit;
    if (s.limitReachedAt && kind != Alert::Kind::Balance)
        a.forecastDate = s.limitReachedAt->toUTC().date();
    a.severity = Alert::severityFor(kind, threshold);
    a.message = ThresholdMonitor::messageFor(a);
    return a;
}

} // namespace

CheckReport CheckReport::build(const OrgSnapshot& snapshot, const AlertSettings& settings, const QDateTime& nowUtc,
                               const ForecastProvider& provider)
{
    CheckReport r;
    r.m_checkedAt = nowUtc.toUTC();
    const QList<int> thresholds = settings.normalizedThresholds();
    for (const AlertSubject& s : AlertSubject::collect(snapshot, settings, r.m_checkedAt, provider)) {
        if (s.entity.kind == EntityRef::Kind::Organization && settings.balanceFloor &&
            s.balance < *settings.balanceFloor)
            r.m_items.append(item(s, Alert::Kind::Balance, 0, s.balance, *settings.balanceFloor, r.m_checkedAt));
        if (!s.limit.hasLimit())
            continue;
        const Alert::Kind kind =
            s.entity.kind == EntityRef::Kind::Organization ? Alert::Kind::Budget : Alert::Kind::Threshold;
        int top = 0;
        for (int t : thresholds) {
            if (Money::reachesPercent(s.spend, s.limit.amount(), t))
                top = t;
        }
        if (top > 0)
            r.m_items.append(item(s, kind, top, s.spend, s.limit.amount(), r.m_checkedAt));
        else if (s.limitReachedAt)
            r.m_items.append(item(s, Alert::Kind::Forecast, 100, s.spend, s.limit.amount(), r.m_checkedAt));
    }
    return r;
}

QString CheckReport::toText() const
{
    QString out;
    if (m_items.isEmpty()) {
        out = tr("OK: no entity is at an alert threshold or projected to exceed its limit.") + u'\n';
        return out;
    }
    out = tr("%n entities need attention:", nullptr, int(m_items.size())) + u'\n';
    for (const Alert& a : m_items) {
        const QString severity = Alert::severityName(a.severity).toUpper();
        out += severity.leftJustified(9, u' ') + a.message + u'\n';
    }
    return out;
}

QByteArray CheckReport::toJson() const
{
    QJsonObject root;
    root.insert(str("checkedAt"), m_checkedAt.toString(Qt::ISODate));
    root.insert(str("month"), Period::containing(m_checkedAt).isoMonth());
    root.insert(str("status"), m_items.isEmpty() ? str("ok") : str("alert"));
    root.insert(str("count"), int(m_items.size()));
    QJsonArray items;
    for (const Alert& a : m_items) {
        QJsonObject o;
        o.insert(str("entityKind"), entityKindName(a.entity.kind));
        o.insert(str("entityId"), a.entity.id);
        o.insert(str("name"), a.entityName);
        o.insert(str("kind"), Alert::kindName(a.kind));
        o.insert(str("thresholdPercent"), a.thresholdPercent);
        if (a.kind != Alert::Kind::Balance && a.limit > Money())
            o.insert(str("percentOfLimit"), percentDecimal(a.spend, a.limit));
        o.insert(str("spend"), a.spend.toDecimalString());
        o.insert(str("limit"), a.limit.toDecimalString());
        o.insert(str("forecastDate"), a.forecastDate.isValid() ? QJsonValue(a.forecastDate.toString(Qt::ISODate))
                                                               : QJsonValue(QJsonValue::Null));
        o.insert(str("severity"), Alert::severityName(a.severity));
        o.insert(str("message"), a.message);
        items.append(o);
    }
    root.insert(str("items"), items);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
