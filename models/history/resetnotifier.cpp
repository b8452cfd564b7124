#include "resetnotifier.h"

#include "historylogging.h"
#include "resetinfo.h"

#include "settings/appsettings.h"

ResetNotifier::ResetNotifier(AppSettings* settings, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
{}

bool ResetNotifier::observe(bool quietNow)
{
    const QDateTime now = m_clock.nowUtc();
    const Period month = Period::containing(now);
    const Period seen = Period::fromIsoMonth(m_settings->lastSeenMonth());
    if (seen.isValid() && month.firstDay() <= seen.firstDay()) {
        if (month != seen) // the clock went back (changed by hand): follow it quietly
            m_settings->setLastSeenMonth(month.isoMonth());
        return false;
    }
    const bool announce = seen.isValid() && m_settings->resetNotice();
    if (announce && quietNow)
        return false; // not marked seen: the first observation after the quiet hours announces it
    m_settings->setLastSeenMonth(month.isoMonth());
    if (!announce)
        return false;
    qCInfo(lcHistory) << "monthly limits reset:" << month.isoMonth();
    const QLocale locale;
    emit limitsReset(month.isoMonth(), title(), text(month, m_zone, locale), sentence(month, m_zone, locale));
    return true;
}

QString ResetNotifier::title()
{
    return tr("Monthly limits have reset");
}

QString ResetNotifier::text(const Period& month, const QTimeZone& zone, const QLocale& locale)
{
    // The reset that started `month` is the end of the month before it.
    const ResetInfo reset(month.previous(), month.startUtc(), zone, locale);
    return reset.localIsUtc() ? tr("Spend counts from %1.").arg(reset.resetUtcText())
                              : tr("Spend counts from %1 (%2).").arg(reset.resetUtcText(), reset.resetLocalText());
}

QString ResetNotifier::sentence(const Period& month, const QTimeZone& zone, const QLocale& locale)
{
    const ResetInfo reset(month.previous(), month.startUtc(), zone, locale);
    return reset.localIsUtc() ? tr("Monthly limits have reset — spend counts from %1").arg(reset.resetUtcText())
                              : tr("Monthly limits have reset — spend counts from %1 (%2)")
                                    .arg(reset.resetUtcText(), reset.resetLocalText());
}
