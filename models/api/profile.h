#pragma once

#include <QString>
#include <QUrl>

// A connection profile: everything but the secret, which lives only in the OS keychain (SecretStore).
struct Profile
{
    QString name;
    QUrl baseUrl = defaultBaseUrl();
    int refreshIntervalSecs = 300;

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api-v2.requesty.ai")); }

    bool operator==(const Profile& o) const
    {
        return name == o.name && baseUrl == o.baseUrl && refreshIntervalSecs == o.refreshIntervalSecs;
    }
    bool operator!=(const Profile& o) const { return !(*this == o); }
};
