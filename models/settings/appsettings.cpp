#include "appsettings.h"

#include <QHash>

#include <algorithm>

namespace {

// The one table of keys and defaults.
const QHash<QString, QVariant>& defaults()
{
    static const QHash<QString, QVariant> table{
        {QStringLiteral("refresh/intervalSecs"), 60},
        {QStringLiteral("alerts/thresholds"), QStringLiteral("50,80,90,100")},
        {QStringLiteral("alerts/hysteresisPoints"), 2},
        {QStringLiteral("alerts/forecast"), true},
        {QStringLiteral("alerts/quietHours"), false},
        {QStringLiteral("alerts/quietStart"), QStringLiteral("20:00")},
        {QStringLiteral("alerts/quietEnd"), QStringLiteral("08:00")},
        {QStringLiteral("alerts/resetNotice"), true},
        {QStringLiteral("state/lastSeenMonth"), QString()},
        {QStringLiteral("ui/startMinimized"), false},
        {QStringLiteral("ui/closeToTray"), true},
        {QStringLiteral("ui/trayHintShown"), false},
        {QStringLiteral("ui/language"), QString()},
        {QStringLiteral("ui/historyDays"), 30},
        {QStringLiteral("ui/lastPage"), QStringLiteral("overview")},
        {QStringLiteral("profiles/current"), QString()},
    };
    return table;
}

} // namespace

AppSettings::AppSettings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

AppSettings::AppSettings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(const char* key) const
{
    const QString k = QString::fromLatin1(key);
    return m_settings->value(k, defaults().value(k));
}

void AppSettings::setValue(const char* key, const QVariant& v)
{
    const QString k = QString::fromLatin1(key);
    if (m_settings->value(k, defaults().value(k)) == v)
        return;
    m_settings->setValue(k, v);
    emit changed(k);
}

int AppSettings::refreshIntervalSecs() const
{
    return std::max(kMinRefreshSecs, value("refresh/intervalSecs").toInt());
}
void AppSettings::setRefreshIntervalSecs(int secs)
{
    setValue("refresh/intervalSecs", std::max(kMinRefreshSecs, secs));
}

QList<int> AppSettings::alertThresholds() const
{
    QList<int> out;
    const auto parts = value("alerts/thresholds").toString().split(u',', Qt::SkipEmptyParts);
    for (const QString& p : parts) {
        bool ok = false;
        const int v = p.trimmed().toInt(&ok);
        if (ok && v > 0 && v <= 1000 && !out.contains(v))
            out.append(v);
    }
    std::sort(out.begin(), out.end());
    if (out.isEmpty())
        out = {50, 80, 90, 100};
    return out;
}
void AppSettings::setAlertThresholds(QList<int> percents)
{
    std::sort(percents.begin(), percents.end());
    QStringList parts;
    for (int p : percents)
        parts.append(QString::number(p));
    setValue("alerts/thresholds", parts.join(u','));
}

int AppSettings::alertHysteresisPoints() const
{
    return std::clamp(value("alerts/hysteresisPoints").toInt(), 0, 50);
}
void AppSettings::setAlertHysteresisPoints(int points)
{
    setValue("alerts/hysteresisPoints", std::clamp(points, 0, 50));
}

bool AppSettings::forecastAlerts() const
{
    return value("alerts/forecast").toBool();
}
void AppSettings::setForecastAlerts(bool on)
{
    setValue("alerts/forecast", on);
}
bool AppSettings::resetNotice() const
{
    return value("alerts/resetNotice").toBool();
}
void AppSettings::setResetNotice(bool on)
{
    setValue("alerts/resetNotice", on);
}
QString AppSettings::lastSeenMonth() const
{
    return value("state/lastSeenMonth").toString();
}
void AppSettings::setLastSeenMonth(const QString& isoMonth)
{
    setValue("state/lastSeenMonth", isoMonth);
}
bool AppSettings::startMinimized() const
{
    return value("ui/startMinimized").toBool();
}
void AppSettings::setStartMinimized(bool on)
{
    setValue("ui/startMinimized", on);
}
bool AppSettings::closeToTray() const
{
    return value("ui/closeToTray").toBool();
}
void AppSettings::setCloseToTray(bool on)
{
    setValue("ui/closeToTray", on);
}
bool AppSettings::trayHintShown() const
{
    return value("ui/trayHintShown").toBool();
}
void AppSettings::setTrayHintShown(bool shown)
{
    setValue("ui/trayHintShown", shown);
}
QString AppSettings::language() const
{
    return value("ui/language").toString();
}
void AppSettings::setLanguage(const QString& language)
{
    setValue("ui/language", language);
}
int AppSettings::historyDays() const
{
    return std::clamp(value("ui/historyDays").toInt(), 7, 400);
}
void AppSettings::setHistoryDays(int days)
{
    setValue("ui/historyDays", std::clamp(days, 7, 400));
}
bool AppSettings::quietHoursEnabled() const
{
    return value("alerts/quietHours").toBool();
}
void AppSettings::setQuietHoursEnabled(bool on)
{
    setValue("alerts/quietHours", on);
}
QTime AppSettings::quietHoursStart() const
{
    return QTime::fromString(value("alerts/quietStart").toString(), QStringLiteral("HH:mm"));
}
QTime AppSettings::quietHoursEnd() const
{
    return QTime::fromString(value("alerts/quietEnd").toString(), QStringLiteral("HH:mm"));
}
void AppSettings::setQuietHours(QTime start, QTime end)
{
    setValue("alerts/quietStart", start.toString(QStringLiteral("HH:mm")));
    setValue("alerts/quietEnd", end.toString(QStringLiteral("HH:mm")));
}
QString AppSettings::currentProfile() const
{
    return value("profiles/current").toString();
}
void AppSettings::setCurrentProfile(const QString& name)
{
    setValue("profiles/current", name);
}
QByteArray AppSettings::windowGeometry() const
{
    return value("window/geometry").toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray& blob)
{
    setValue("window/geometry", blob);
}
QByteArray AppSettings::windowState() const
{
    return value("window/state").toByteArray();
}
void AppSettings::setWindowState(const QByteArray& blob)
{
    setValue("window/state", blob);
}
QString AppSettings::lastPage() const
{
    return value("ui/lastPage").toString();
}
void AppSettings::setLastPage(const QString& page)
{
    setValue("ui/lastPage", page);
}

QByteArray AppSettings::viewState(const QString& viewName) const
{
    return m_settings->value(QStringLiteral("views/") + viewName).toByteArray();
}
void AppSettings::setViewState(const QString& viewName, const QByteArray& blob)
{
    m_settings->setValue(QStringLiteral("views/") + viewName, blob);
}

void AppSettings::sync()
{
    m_settings->sync();
}
