#include "usagequery.h"

#include <QTimeZone>

QString UsageQuery::resolutionToApi(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Hour:
        return QStringLiteral("hour");
    case Resolution::Month:
        return QStringLiteral("month");
    case Resolution::Day:
        break;
    }
    return QStringLiteral("day");
}

QString UsageQuery::formatTime(const QDateTime& instant)
{
    QDateTime utc = instant.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate); // UTC renders with a trailing "Z"
}

QUrlQuery UsageQuery::toUrlQuery() const
{
    QUrlQuery q;
    if (start.isValid())
        q.addQueryItem(QStringLiteral("start"), formatTime(start));
    if (end.isValid())
        q.addQueryItem(QStringLiteral("end"), formatTime(end));
    q.addQueryItem(QStringLiteral("resolution"), resolutionToApi(resolution));
    for (const QString& field : groupBy)
        q.addQueryItem(QStringLiteral("group_by"), QString::fromLatin1(QUrl::toPercentEncoding(field, "._")));
    return q;
}

QString UsageQuery::validate() const
{
    if (!start.isValid())
        return QStringLiteral("start is missing");
    if (end.isValid()) {
        if (end <= start)
            return QStringLiteral("end is not after start");
        if (start.secsTo(end) > kMaxRangeDays * 24 * 3600)
            return QStringLiteral("the range is longer than %1 days").arg(kMaxRangeDays);
    }
    for (const QString& field : groupBy) {
        if (field.trimmed().isEmpty())
            return QStringLiteral("group_by has an empty field");
    }
    return {};
}
