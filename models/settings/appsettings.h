#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QTime>

#include <memory>

// Typed application settings with their defaults in one table (appsettings.cpp). Widgets never spell
// QSettings keys. Never holds a secret: management keys live in the OS keychain only.
class AppSettings final : public QObject
{
    Q_OBJECT
public:
    // Uses the default QSettings (organization/application names set by the app), or a given file (tests).
    explicit AppSettings(QObject* parent = nullptr);
    explicit AppSettings(const QString& iniPath, QObject* parent = nullptr);
    ~AppSettings() override;

    static constexpr int kMinRefreshSecs = 15;

    int refreshIntervalSecs() const; // default 60, never below kMinRefreshSecs
    void setRefreshIntervalSecs(int secs);
    QList<int> alertThresholds() const; // percent of the monthly limit, ascending; default 50, 80, 90, 100
    void setAlertThresholds(QList<int> percents);
    int alertHysteresisPoints() const; // default 2
    void setAlertHysteresisPoints(int points);
    bool forecastAlerts() const; // default true
    void setForecastAlerts(bool on);
    bool startMinimized() const; // to the tray; default false
    void setStartMinimized(bool on);
    bool closeToTray() const; // closing the window keeps the app in the tray; default true
    void setCloseToTray(bool on);
    bool trayHintShown() const; // the one-time "still running in the tray" hint
    void setTrayHintShown(bool shown);
    QString language() const; // "" = system; else "de", "fr", "es", "ja", "en"
    void setLanguage(const QString& language);
    int historyDays() const; // days of history shown in charts; default 30
    void setHistoryDays(int days);
    bool quietHoursEnabled() const;
    void setQuietHoursEnabled(bool on);
    QTime quietHoursStart() const; // default 20:00 local
    QTime quietHoursEnd() const;   // default 08:00 local
    void setQuietHours(QTime start, QTime end);
    bool resetNotice() const; // "monthly limits have reset" notice; default true
    void setResetNotice(bool on);
    QString lastSeenMonth() const; // "YYYY-MM": the UTC month last observed (ResetNotifier); "" = never
    void setLastSeenMonth(const QString& isoMonth);

    QString currentProfile() const;
    void setCurrentProfile(const QString& name);

    // Window state: opaque blobs from saveGeometry/saveState/QHeaderView::saveState.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& blob);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& blob);
    QByteArray viewState(const QString& viewName) const; // splitters, headers, keyed by view name
    void setViewState(const QString& viewName, const QByteArray& blob);
    QString lastPage() const;
    void setLastPage(const QString& page);

    void sync();

signals:
    void changed(const QString& key);

private:
    QVariant value(const char* key) const;
    void setValue(const char* key, const QVariant& v);
    std::unique_ptr<QSettings> m_settings;
};
