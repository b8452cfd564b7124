#include "resetinfo.h"

ResetInfo::ResetInfo(const Period& period, const QDateTime& now, const QTimeZone& localZone, const QLocale& locale)
    : m_period(period)
    , m_now(now.toUTC())
    , m_zone(localZone.isValid() ? localZone : QTimeZone::utc())
    , m_locale(locale)
{}

qint64 ResetInfo::secondsUntilReset() const
{
    return std::max<qint64>(0, m_now.secsTo(resetUtc()));
}

QString ResetInfo::timeUntilText() const
{
    const qint64 minutes = secondsUntilReset() / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    const qint64 mins = minutes % 60;
    if (days > 0)
        return tr("%1 d %2 h", "days and hours until the reset").arg(m_locale.toString(days), m_locale.toString(hours));
    if (hours > 0)
        return tr("%1 h %2 min", "hours and minutes until the reset")
            .arg(m_locale.toString(hours), m_locale.toString(mins));
    if (mins > 0)
        return tr("%1 min", "minutes until the reset").arg(m_locale.toString(mins));
    return tr("less than a minute");
}

QString ResetInfo::resetsInText() const
{
    if (secondsUntilReset() == 0)
        return tr("reset on %1").arg(resetUtcText());
    return tr("resets in %1").arg(timeUntilText());
}

QString ResetInfo::utcText(const QDateTime& instant) const
{
    const QDateTime utc = instant.toUTC();
    return tr("%1 %2 UTC", "date, time")
        .arg(m_locale.toString(utc.date(), QStringLiteral("d MMM")),
             m_locale.toString(utc.time(), QStringLiteral("HH:mm")));
}

QString ResetInfo::resetUtcText() const
{
    return utcText(resetUtc());
}

QString ResetInfo::resetLocalText() const
{
    const QDateTime local = resetLocal();
    const QString time = m_locale.toString(local.time(), QStringLiteral("HH:mm"));
    if (!localDateDiffers())
        return tr("%1 your time", "local time of the reset").arg(time);
    return tr("%1 %2 your time", "local date and time of the reset")
        .arg(m_locale.toString(local.date(), QStringLiteral("ddd d MMM")), time);
}

QString ResetInfo::sentence() const
{
    if (secondsUntilReset() == 0)
        return tr("Limits were reset on %1.").arg(resetUtcText());
    if (localIsUtc())
        return tr("Limits reset in %1, on %2.").arg(timeUntilText(), resetUtcText());
    return tr("Limits reset in %1, on %2 (%3).").arg(timeUntilText(), resetUtcText(), resetLocalText());
}

QString ResetInfo::sinceLabel() const
{
    return tr("Spend this month (since %1)").arg(utcText(startUtc()));
}
