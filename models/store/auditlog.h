#pragma once

#include "auditentry.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// Append-only JSON-lines record of every write (success or failure). Each line carries prev_hash, the
// SHA-256 of the previous line, so an edited or removed line breaks the chain (verifyChain). Editing
// the very last line is only detectable against a head hash kept elsewhere (headHash()).
// Never contains a secret: entries hold names, ids and values only.
class AuditLog final : public QObject
{
    Q_OBJECT
public:
    explicit AuditLog(const QString& path, QObject* parent = nullptr);
    ~AuditLog() override;
    Q_DISABLE_COPY_MOVE(AuditLog)

    QString path() const { return m_path; }

    // Appends one line (prev_hash is filled in). Returns false with a reason when the file cannot be written;
    // the entry is still kept in memory for this session.
    bool append(AuditEntry entry, QString* error = nullptr);

    // Entries read at construction plus those appended since, oldest first.
    const QList<AuditEntry>& entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    // Lines of the file that could not be decoded when it was read.
    int unreadableLines() const { return m_unreadable; }
    QByteArray headHash() const { return m_lastHash; }

    struct Verification
    {
        bool ok = true;
        int badLine = -1; // 1-based line number of the first break
        QString reason;
    };
    // Re-reads the file and checks every line decodes and carries the hash of the line before.
    Verification verifyChain() const;

    static QByteArray encode(const AuditEntry& entry);
    static std::optional<AuditEntry> decode(const QByteArray& line, QString* error = nullptr);
    static QByteArray hashLine(const QByteArray& line); // hex SHA-256

signals:
    void entryAppended(int index);
    void writeFailed(const QString& reason);

private:
    void readExisting();

    QString m_path;
    QList<AuditEntry> m_entries;
    QByteArray m_lastHash;
    int m_unreadable = 0;
};
