#include "profilestore.h"

#include "transport.h"

#include <QSettings>

ProfileStore::ProfileStore(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

QStringList ProfileStore::names() const
{
    QStringList out;
    out.reserve(m_profiles.size());
    for (const Profile& p : m_profiles)
        out << p.name;
    return out;
}

int ProfileStore::indexOf(const QString& name) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return i;
    }
    return -1;
}

std::optional<Profile> ProfileStore::profile(const QString& name) const
{
    const int i = indexOf(name);
    if (i < 0)
        return std::nullopt;
    return m_profiles.at(i);
}

QString ProfileStore::validateName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return tr("The profile needs a name.");
    if (name != name.trimmed())
        return tr("The profile name must not start or end with spaces.");
    if (name.size() > kMaxNameLength)
        return tr("The profile name is too long (at most %1 characters).").arg(kMaxNameLength);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("The profile name contains invisible control characters.");
    }
    return {};
}

QString ProfileStore::validate(const Profile& profile)
{
    const QString nameProblem = validateName(profile.name);
    if (!nameProblem.isEmpty())
        return nameProblem;
    const ApiError urlError = Transport::validateBaseUrl(profile.baseUrl);
    if (urlError.kind() == ApiError::Kind::Insecure)
        return urlError.userMessage();
    if (urlError.isError())
        return tr("The server address is not a valid URL.");
    if (!profile.baseUrl.userInfo().isEmpty())
        return tr("The server address must not contain a user name or password.");
    if (profile.refreshIntervalSecs < kMinRefreshSecs || profile.refreshIntervalSecs > kMaxRefreshSecs)
        return tr("The refresh interval must be between %1 s and %2 s.").arg(kMinRefreshSecs).arg(kMaxRefreshSecs);
    return {};
}

bool ProfileStore::add(const Profile& profile, QString* error)
{
    QString problem = validate(profile);
    if (problem.isEmpty() && contains(profile.name))
        problem = tr("A profile named “%1” already exists.").arg(profile.name);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_profiles.append(profile);
    const bool first = m_current.isEmpty();
    if (first)
        m_current = profile.name;
    save();
    emit profilesChanged();
    if (first)
        emit currentChanged(m_current);
    return true;
}

bool ProfileStore::update(const Profile& profile, QString* error)
{
    const int i = indexOf(profile.name);
    QString problem = i < 0 ? tr("There is no profile named “%1”.").arg(profile.name) : validate(profile);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (m_profiles.at(i) == profile)
        return true;
    m_profiles[i] = profile;
    save();
    emit profilesChanged();
    return true;
}

bool ProfileStore::rename(const QString& from, const QString& to, QString* error)
{
    const int i = indexOf(from);
    QString problem;
    if (i < 0)
        problem = tr("There is no profile named “%1”.").arg(from);
    else if (from != to && contains(to))
        problem = tr("A profile named “%1” already exists.").arg(to);
    else
        problem = validateName(to);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (from == to)
        return true;
    m_profiles[i].name = to;
    const bool wasCurrent = m_current == from;
    if (wasCurrent)
        m_current = to;
    save();
    emit profilesChanged();
    if (wasCurrent)
        emit currentChanged(m_current);
    return true;
}

bool ProfileStore::remove(const QString& name)
{
    const int i = indexOf(name);
    if (i < 0)
        return false;
    m_profiles.removeAt(i);
    const bool wasCurrent = m_current == name;
    if (wasCurrent)
        m_current = m_profiles.isEmpty() ? QString() : m_profiles.first().name;
    save();
    emit profilesChanged();
    if (wasCurrent)
        emit currentChanged(m_current);
    return true;
}

bool ProfileStore::setCurrent(const QString& name)
{
    if (!contains(name))
        return false;
    if (m_current != name) {
        m_current = name;
        save();
        emit currentChanged(m_current);
    }
    return true;
}

void ProfileStore::load()
{
    m_profiles.clear();
    m_settings->beginGroup(QStringLiteral("profiles"));
    const int n = m_settings->beginReadArray(QStringLiteral("list"));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl"), Profile::defaultBaseUrl()).toString());
        p.refreshIntervalSecs = m_settings->value(QStringLiteral("refreshIntervalSecs"), 300).toInt();
        p.refreshIntervalSecs = qBound(kMinRefreshSecs, p.refreshIntervalSecs, kMaxRefreshSecs);
        // A hand-edited file may hold junk: keep what is usable, skip the rest.
        if (validateName(p.name).isEmpty() && !contains(p.name))
            m_profiles.append(p);
    }
    m_settings->endArray();
    m_current = m_settings->value(QStringLiteral("current")).toString();
    m_settings->endGroup();
    if (!contains(m_current))
        m_current = m_profiles.isEmpty() ? QString() : m_profiles.first().name;
}

void ProfileStore::save()
{
    m_settings->beginGroup(QStringLiteral("profiles"));
    m_settings->remove(QString()); // the whole group: the array is rewritten
    m_settings->beginWriteArray(QStringLiteral("list"), int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        const Profile& p = m_profiles.at(i);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
        m_settings->setValue(QStringLiteral("refreshIntervalSecs"), p.refreshIntervalSecs);
    }
    m_settings->endArray();
    m_settings->setValue(QStringLiteral("current"), m_current);
    m_settings->endGroup();
}
