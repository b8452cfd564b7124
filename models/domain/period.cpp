#include "period.h"

#include <QTimeZone>

Period Period::containing(const QDateTime& instant)
{
    const QDate d = instant.toUTC().date();
    return ofMonth(d.year(), d.month());
}

Period Period::ofMonth(int year, int month)
{
    Period p;
    p.m_first = QDate(year, month, 1);
    return p;
}

Period Period::fromIsoMonth(const QString& text)
{
    const QDate d = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
    if (!d.isValid() || text.size() != 7)
        return {};
    return ofMonth(d.year(), d.month());
}

QDateTime Period::startUtc() const
{
    return QDateTime(m_first, QTime(0, 0), QTimeZone::utc());
}

QDateTime Period::endUtc() const
{
    return QDateTime(m_first.addMonths(1), QTime(0, 0), QTimeZone::utc());
}

bool Period::contains(const QDateTime& instant) const
{
    return instant >= startUtc() && instant < endUtc();
}

QString Period::isoMonth() const
{
    return m_first.toString(QStringLiteral("yyyy-MM"));
}

int Period::dayIndex(const QDateTime& instant) const
{
    const qint64 d = m_first.daysTo(instant.toUTC().date()) + 1;
    return int(qBound<qint64>(1, d, qint64(daysInMonth())));
}

qint64 Period::elapsedMs(const QDateTime& instant) const
{
    return qBound<qint64>(qint64(0), startUtc().msecsTo(instant), lengthMs());
}

qint64 Period::lengthMs() const
{
    return qint64(daysInMonth()) * 24 * 3600 * 1000;
}
