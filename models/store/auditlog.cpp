#include "auditlog.h"

#include "storelog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace {

QList<QByteArray> fileLines(const QString& path, bool* opened, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *opened = false;
        if (error)
            *error = file.errorString();
        return {};
    }
    *opened = true;
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

AuditLog::AuditLog(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
{
    readExisting();
}

AuditLog::~AuditLog() = default;

void AuditLog::readExisting()
{
    bool opened = false;
    const QList<QByteArray> lines = fileLines(m_path, &opened, nullptr);
    for (const QByteArray& line : lines) {
        QString error;
        if (auto entry = decode(line, &error))
            m_entries.append(*entry);
        else
            ++m_unreadable;
        m_lastHash = hashLine(line);
    }
    if (m_unreadable > 0)
        qCWarning(lcStore) << "audit log" << m_path << "has" << m_unreadable << "unreadable lines";
}

QByteArray AuditLog::hashLine(const QByteArray& line)
{
    return QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex();
}

QByteArray AuditLog::encode(const AuditEntry& e)
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("profile"), e.profile);
    o.insert(QStringLiteral("entity_kind"), e.entityKind);
    o.insert(QStringLiteral("entity_id"), e.entityId);
    o.insert(QStringLiteral("entity_name"), e.entityName);
    o.insert(QStringLiteral("action"), e.action);
    o.insert(QStringLiteral("old"), e.oldValue);
    o.insert(QStringLiteral("new"), e.newValue);
    o.insert(QStringLiteral("result"), e.ok ? QStringLiteral("ok") : QStringLiteral("error"));
    if (!e.ok)
        o.insert(QStringLiteral("error"), e.error);
    o.insert(QStringLiteral("prev_hash"), e.prevHash);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<AuditEntry> AuditLog::decode(const QByteArray& line, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    static const char* const required[] = {"time", "entity_kind", "entity_id", "action", "result", "prev_hash"};
    for (const char* field : required) {
        if (!o.value(QLatin1String(field)).isString()) {
            if (error)
                *error = tr("missing field \"%1\"").arg(QLatin1String(field));
            return std::nullopt;
        }
    }
    AuditEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    if (!e.time.isValid()) {
        if (error)
            *error = tr("bad time");
        return std::nullopt;
    }
    e.time = e.time.toUTC();
    e.profile = o.value(QStringLiteral("profile")).toString();
    e.entityKind = o.value(QStringLiteral("entity_kind")).toString();
    e.entityId = o.value(QStringLiteral("entity_id")).toString();
    e.entityName = o.value(QStringLiteral("entity_name")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.oldValue = o.value(QStringLiteral("old")).toString();
    e.newValue = o.value(QStringLiteral("new")).toString();
    e.ok = o.value(QStringLiteral("result")).toString() == QLatin1String("ok");
    e.error = o.value(QStringLiteral("error")).toString();
    e.prevHash = o.value(QStringLiteral("prev_hash")).toString();
    return e;
}

bool AuditLog::append(AuditEntry entry, QString* error)
{
    entry.prevHash = QString::fromLatin1(m_lastHash);
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    entry.time = entry.time.toUTC();
    const QByteArray line = encode(entry);

    QString reason;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        reason = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath()));
    } else {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            reason =
                tr("Cannot write the activity log %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        else if (file.write(line + '\n') != line.size() + 1 || !file.flush())
            reason =
                tr("Cannot write the activity log %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
    }
    // Kept in memory either way: the Activity page still shows what happened this session.
    m_lastHash = hashLine(line);
    m_entries.append(entry);
    emit entryAppended(int(m_entries.size()) - 1);
    if (!reason.isEmpty()) {
        qCWarning(lcStore).noquote() << reason;
        if (error)
            *error = reason;
        emit writeFailed(reason);
        return false;
    }
    return true;
}

AuditLog::Verification AuditLog::verifyChain() const
{
    Verification v;
    bool opened = false;
    QString openError;
    const QList<QByteArray> lines = fileLines(m_path, &opened, &openError);
    if (!opened) {
        // No file yet is an empty, valid chain.
        if (QFileInfo::exists(m_path)) {
            v.ok = false;
            v.reason = tr("Cannot read the activity log: %1").arg(openError);
        }
        return v;
    }
    QByteArray previous;
    for (int i = 0; i < lines.size(); ++i) {
        QString error;
        const auto entry = decode(lines[i], &error);
        if (!entry) {
            v.ok = false;
            v.badLine = i + 1;
            v.reason = tr("Line %1 is unreadable: %2").arg(i + 1).arg(error);
            return v;
        }
        if (entry->prevHash.toLatin1() != previous) {
            v.ok = false;
            v.badLine = i + 1;
            v.reason = tr("Line %1 does not follow line %2: the log was edited").arg(i + 1).arg(i);
            return v;
        }
        previous = hashLine(lines[i]);
    }
    return v;
}
