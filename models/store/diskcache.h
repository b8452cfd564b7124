#pragma once

#include "orgsnapshot.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <optional>

// The per-profile snapshot cache: one versioned file (SnapshotCodec: binary since version 3, older JSON
// files still read) written atomically with QSaveFile. Saving runs on a worker thread and coalesces (only
// the newest pending snapshot is written); loading is synchronous and meant for a worker too
// (OrgStore::loadCacheAsync). A missing file is normal; a corrupt, truncated or unknown-version file is
// ignored with a warning.
class DiskCache final : public QObject
{
    Q_OBJECT
public:
    explicit DiskCache(const QString& path, QObject* parent = nullptr);
    ~DiskCache() override;
    Q_DISABLE_COPY_MOVE(DiskCache)

    QString path() const { return m_path; }

    struct LoadResult
    {
        std::optional<OrgSnapshot> snapshot;
        bool missing = false; // no file: not a problem
        QString error;        // readable reason when the file exists but was ignored
    };
    LoadResult load() const;

    // Synchronous write (worker threads, tests). Returns false with a readable reason.
    static bool save(const QString& path, const OrgSnapshot& snapshot, QString* error = nullptr);
    // Background write; emits saved() or saveFailed(reason).
    void saveAsync(const OrgSnapshot& snapshot);
    bool isSaving() const { return m_saving; }

signals:
    void saved();
    void saveFailed(const QString& reason);

private:
    void startSave(const OrgSnapshot& snapshot);

    QString m_path;
    QFutureWatcher<QString> m_watcher;
    std::optional<OrgSnapshot> m_pending;
    bool m_saving = false;
};
