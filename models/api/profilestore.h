#pragma once

#include "profile.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

class QSettings;

// The connection profiles and the current one, kept in QSettings (group "profiles"). Holds no secrets:
// a profile's management key is in the keychain under "profile:<name>" (see KeychainStore), so renaming
// or removing a profile here must be paired with SecretStore::moveSecret / deleteSecret by the caller.
class ProfileStore final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinRefreshSecs = 30;
    static constexpr int kMaxRefreshSecs = 24 * 3600;
    static constexpr int kMaxNameLength = 64;

    explicit ProfileStore(QSettings* settings, QObject* parent = nullptr); // settings not owned

    QList<Profile> profiles() const { return m_profiles; }
    QStringList names() const;
    bool contains(const QString& name) const { return indexOf(name) >= 0; }
    std::optional<Profile> profile(const QString& name) const;

    // Each returns false with a user-readable reason in *error when refused.
    bool add(const Profile& profile, QString* error = nullptr);
    bool update(const Profile& profile, QString* error = nullptr); // matched by name
    bool rename(const QString& from, const QString& to, QString* error = nullptr);
    bool remove(const QString& name);

    QString currentName() const { return m_current; }
    std::optional<Profile> current() const { return profile(m_current); }
    bool setCurrent(const QString& name);

    // Empty when acceptable; otherwise why not (translated).
    static QString validateName(const QString& name);
    static QString validate(const Profile& profile);

signals:
    void profilesChanged();
    void currentChanged(const QString& name);

private:
    int indexOf(const QString& name) const;
    void load();
    void save();

    QSettings* m_settings;
    QList<Profile> m_profiles;
    QString m_current;
};
