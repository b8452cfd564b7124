#include "diskcache.h"

#include "snapshotcodec.h"
#include "storelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// A cache file far beyond what 10 000 keys produce is not ours.
constexpr qint64 kMaxCacheBytes = 512LL * 1024 * 1024;
} // namespace

DiskCache::DiskCache(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_saving = false;
        const QString error = m_watcher.result();
        if (error.isEmpty()) {
            emit saved();
        } else {
            qCWarning(lcStore).noquote() << error;
            emit saveFailed(error);
        }
        if (m_pending) {
            const OrgSnapshot next = *m_pending;
            m_pending.reset();
            startSave(next);
        }
    });
}

DiskCache::~DiskCache()
{
    // The worker holds its own copy of the snapshot and path; let it finish so no half-written temp
    // file is left behind.
    m_watcher.waitForFinished();
}

DiskCache::LoadResult DiskCache::load() const
{
    LoadResult result;
    QFile file(m_path);
    if (!file.exists()) {
        result.missing = true;
        return result;
    }
    const QString where = QDir::toNativeSeparators(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("The cache %1 cannot be read (%2); it is ignored.").arg(where, file.errorString());
    } else if (file.size() > kMaxCacheBytes) {
        result.error = tr("The cache %1 is too large to be ours; it is ignored.").arg(where);
    } else {
        QString why;
        result.snapshot = SnapshotCodec::decode(file.readAll(), &why);
        if (!result.snapshot)
            result.error = tr("The cache %1 is damaged (%2); it is ignored.").arg(where, why);
    }
    if (!result.error.isEmpty())
        qCWarning(lcStore).noquote() << result.error;
    return result;
}

bool DiskCache::save(const QString& path, const OrgSnapshot& snapshot, QString* error)
{
    const QString where = QDir::toNativeSeparators(path);
    auto fail = [&](const QString& reason) {
        if (error)
            *error = tr("The cache %1 cannot be written: %2").arg(where, reason);
        return false;
    };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray data = SnapshotCodec::encode(snapshot);
    // Qt 6.4's QSaveFile::commit() returns true after a failed flush of its buffer (a full disk, a file
    // size limit), so write and flush are checked here before the rename.
    if (file.write(data) != data.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

void DiskCache::saveAsync(const OrgSnapshot& snapshot)
{
    if (m_saving) {
        m_pending = snapshot;
        return;
    }
    startSave(snapshot);
}

void DiskCache::startSave(const OrgSnapshot& snapshot)
{
    m_saving = true;
    const QString path = m_path;
    m_watcher.setFuture(QtConcurrent::run([path, snapshot] {
        QString error;
        save(path, snapshot, &error);
        return error;
    }));
}
