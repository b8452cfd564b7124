// Disk failures end to end: the snapshot cache (DiskCache through OrgStore), the alert state
// (ThresholdMonitor) and the audit log, written while the store refreshes from the simulator.
// Each test states its expectation in the comment at its top.
//
// CI runs tests as root, where a read-only folder (chmod 0555) stops nothing. Failures that hold for
// root too: the file size limit (RLIMIT_FSIZE makes write() fail with EFBIG midway, as a full disk would)
// and a folder path whose parent is a regular file (ENOTDIR).
#include "reliabilitysupport.h"

#include "alerts/thresholdmonitor.h"
#include "store/auditlog.h"
#include "store/diskcache.h"
#include "store/snapshotcodec.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Every entry of a folder, hidden ones included (a leftover temp file would show here).
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Records the warnings logged while it lives (they still reach Qt Test's own handler).
class WarningCatcher
{
public:
    WarningCatcher()
    {
        QMutexLocker lock(&s_mutex);
        s_messages.clear();
        s_previous = qInstallMessageHandler(&WarningCatcher::handle);
    }
    ~WarningCatcher() { qInstallMessageHandler(s_previous); }
    QStringList messages() const
    {
        QMutexLocker lock(&s_mutex);
        return s_messages;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg) {
            QMutexLocker lock(&s_mutex);
            s_messages << message;
        }
        if (s_previous)
            s_previous(type, context, message);
    }
    static inline QMutex s_mutex;
    static inline QStringList s_messages;
    static inline QtMessageHandler s_previous = nullptr;
};

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

#ifdef Q_OS_UNIX
// Makes every file write of this process fail once a file would grow beyond `bytes`, until destroyed.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_ok = getrlimit(RLIMIT_FSIZE, &m_saved) == 0;
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of the default "terminate"
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};
#else
class FileSizeLimit
{
public:
    explicit FileSizeLimit(unsigned long) {}
    bool ok() const { return false; }
};
#endif

// Options whose simulated start lets keys 2 and 3 cross 80 % and 100 % a few simulated hours later.
Simulator::Options diskOrg()
{
    Simulator::Options o = frozenOrg(20, 3, 11);
    o.startTime = QDateTime(QDate(2026, 3, 9), QTime(9, 0), QTimeZone::utc());
    return o;
}

bool primed(Rig& rig)
{
    if (!rig.start())
        return false;
    const std::optional<bool> ok = runRefresh(rig.store);
    return ok && *ok;
}

} // namespace

class tst_Disk : public QObject
{
    Q_OBJECT

private slots:
    void cacheAndAlertStateAreWrittenAtomically()
    {
        // Expectation: after a refresh the cache is saved through QSaveFile: its folder then holds exactly
        // the cache file (no temp or backup file left), and it loads back to the store's keys; after an
        // evaluation that raised alerts, the alert state's folder holds exactly the state file, which loads
        // back with the fired entries.
        QTemporaryDir dir;
        Rig rig(diskOrg());
        const QString cachePath = dir.filePath(QStringLiteral("cache/work.json"));
        rig.store.setCachePath(cachePath);
        QSignalSpy saved(rig.store.cache(), &DiskCache::saved);
        QVERIFY(primed(rig));
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && !rig.store.cache()->isSaving(), 10'000);
        QCOMPARE(entries(dir.filePath(QStringLiteral("cache"))), QStringList{QStringLiteral("work.json")});
        const DiskCache::LoadResult loaded = DiskCache(cachePath).load();
        QVERIFY2(loaded.snapshot.has_value(), qPrintable(loaded.error));
        QCOMPARE(loaded.snapshot->keys, rig.store.keys());

        const QString statePath = dir.filePath(QStringLiteral("state/alerts.json"));
        ThresholdMonitor monitor;
        QVERIFY(!monitor.setStatePath(statePath)); // nothing yet: an empty state, no warning
        const QList<Alert> raised = monitor.evaluate(rig.store.snapshot(), rig.clock.nowUtc());
        QVERIFY(!raised.isEmpty()); // the simulator keeps one key at its limit
        QCOMPARE(entries(dir.filePath(QStringLiteral("state"))), QStringList{QStringLiteral("alerts.json")});
        AlertState reread;
        reread.setPath(statePath);
        QVERIFY(reread.load());
        QCOMPARE(reread.firedEntries().size(), monitor.state().firedEntries().size());
        QCOMPARE(reread.history().size(), raised.size());
    }

    void failedWriteKeepsTheOldFiles_data()
    {
        QTest::addColumn<QString>("mechanism");
        QTest::addColumn<int>("keys");
        // 20 keys: a cache of ~40 KB, written by QSaveFile straight through; 5 keys: a cache under
        // QFileDevice's 16 KB buffer, written only when QSaveFile::commit() flushes.
        QTest::newRow("file size limit, large cache") << QStringLiteral("fsize") << 20;
        QTest::newRow("file size limit, small cache") << QStringLiteral("fsize") << 5;
        QTest::newRow("read-only folder") << QStringLiteral("readonly") << 20;
    }
    void failedWriteKeepsTheOldFiles()
    {
        // Expectation: when a later write fails (the file size limit cuts write() short, as a full disk
        // would; or, for a non-root user, a read-only folder), the previous cache and alert state files
        // stay byte for byte, no temp file is left next to them, each failure is a warning (cacheWarning,
        // a logged warning), the store keeps the newer data in memory (not stale, equal to the server),
        // the in-memory alert state still prevents a repeat, and writing works again once the cause is gone.
        QFETCH(QString, mechanism);
        QFETCH(int, keys);
#ifndef Q_OS_UNIX
        QSKIP("needs POSIX file size limits and folder permissions");
#endif
        if (mechanism == QLatin1String("readonly") && runningAsRoot())
            QSKIP("running as root: a read-only folder does not stop root (the file size limit rows cover it)");
        const bool sizeLimit = mechanism == QLatin1String("fsize");
        QTemporaryDir dir;
        const QString cacheDir = dir.filePath(QStringLiteral("cache"));
        const QString cachePath = cacheDir + QStringLiteral("/work.json");
        const QString stateDir = dir.filePath(QStringLiteral("state"));
        const QString statePath = stateDir + QStringLiteral("/alerts.json");
        Simulator::Options options = diskOrg();
        options.keys = keys;
        Rig rig(options);
        rig.store.setCachePath(cachePath);
        QSignalSpy saved(rig.store.cache(), &DiskCache::saved);
        QSignalSpy failed(rig.store.cache(), &DiskCache::saveFailed);
        QSignalSpy warnings(&rig.store, &OrgStore::cacheWarning);
        QVERIFY(primed(rig));
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && !rig.store.cache()->isSaving(), 10'000);
        ThresholdMonitor monitor;
        monitor.setStatePath(statePath);
        const QList<Alert> first = monitor.evaluate(rig.store.snapshot(), rig.clock.nowUtc());
        QVERIFY(!first.isEmpty());
        const QByteArray oldCache = readAll(cachePath);
        const QByteArray oldState = readAll(statePath);
        qInfo("old cache %lld bytes, old alert state %lld bytes", qint64(oldCache.size()), qint64(oldState.size()));
        QVERIFY(oldCache.size() > 1024 && oldState.size() > 256);

        rig.sim->advance(4 * 3600); // keys 2 and 3 cross 80 % and 100 %: new alerts, a new state to save
        saved.clear();
        std::optional<FileSizeLimit> limit;
        WarningCatcher logged;
        if (sizeLimit) {
            limit.emplace(128);
            QVERIFY(limit->ok());
        } else {
            QVERIFY(QFile::setPermissions(cacheDir, QFile::ReadOwner | QFile::ExeOwner));
            QVERIFY(QFile::setPermissions(stateDir, QFile::ReadOwner | QFile::ExeOwner));
        }
        const std::optional<bool> ok = runRefresh(rig.store);
        QVERIFY(ok && *ok);
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() >= 1 && !rig.store.cache()->isSaving(), 10'000);
        const QList<Alert> second = monitor.evaluate(rig.store.snapshot(), rig.clock.nowUtc());
        limit.reset();
        QFile::setPermissions(cacheDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(stateDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QStringList messages = logged.messages();
        auto loggedMatching = [&](const QString& pattern) {
            return !messages.filter(QRegularExpression(pattern)).isEmpty();
        };

        QVERIFY2(!second.isEmpty(), "no new alert: the state write was never attempted");
        QCOMPARE(entries(cacheDir), QStringList{QStringLiteral("work.json")});
        QCOMPARE(entries(stateDir), QStringList{QStringLiteral("alerts.json")});
        QVERIFY(!rig.store.isStale());
        QVERIFY2(groundTruthMismatch(rig.store, *rig.sim).isEmpty(),
                 qPrintable(groundTruthMismatch(rig.store, *rig.sim)));
        QVERIFY(monitor.evaluate(rig.store.snapshot(), rig.clock.nowUtc()).isEmpty()); // no repeat

        // Both writes are checked before QSaveFile::commit() (Qt 6.4 commits after a failed flush).
        QCOMPARE(readAll(cachePath), oldCache);
        QVERIFY2(!warnings.isEmpty() &&
                     warnings.first().first().toString().contains(QStringLiteral("cannot be written")),
                 "no cacheWarning for the failed cache write");
        QVERIFY(loggedMatching(QStringLiteral("cache .* cannot be written")) == !warnings.isEmpty());
        QCOMPARE(readAll(statePath), oldState);
        QVERIFY2(loggedMatching(QStringLiteral("cannot save alert state")), "no warning for the failed state write");

        // The cause is gone: the next refresh writes a cache with the new data, the next change a good state.
        saved.clear();
        QVERIFY(runRefresh(rig.store).value_or(false));
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && !rig.store.cache()->isSaving(), 10'000);
        QVERIFY(readAll(cachePath) != oldCache);
        const DiskCache::LoadResult reloaded = DiskCache(cachePath).load();
        QVERIFY2(reloaded.snapshot.has_value(), qPrintable(reloaded.error));
        QCOMPARE(reloaded.snapshot->keys, rig.store.keys());
    }

    void damagedCacheIsIgnoredWithAWarning_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("empty") << QStringLiteral("empty");
        QTest::newRow("zeros") << QStringLiteral("zeros");
        QTest::newRow("other JSON") << QStringLiteral("json");
        QTest::newRow("future version") << QStringLiteral("version");
        QTest::newRow("JSON, future version") << QStringLiteral("json version");
    }
    void damagedCacheIsIgnoredWithAWarning()
    {
        // Expectation: a truncated, garbage, empty or unknown-version cache file is ignored with a warning
        // (cacheWarning with a readable reason, and a logged warning), loadCache() returns false, the store
        // shows no half data and does not crash, and the next refresh works and replaces the file with a
        // good one.
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("work.json"));
        QByteArray good, goodJson;
        {
            Rig source(diskOrg());
            QVERIFY(primed(source));
            good = SnapshotCodec::encode(source.store.snapshot());
            goodJson = SnapshotCodec::encodeVersion2(source.store.snapshot());
        }
        QByteArray bad;
        if (damage == QLatin1String("truncated"))
            bad = good.left(good.size() / 2);
        else if (damage == QLatin1String("garbage"))
            bad = QByteArray("\x89PNG\r\n\x1a\n not a cache at all \xff\xfe", 30).repeated(40);
        else if (damage == QLatin1String("zeros"))
            bad = QByteArray(4096, '\0');
        else if (damage == QLatin1String("json"))
            bad = R"({"keys": "none", "organization": 5})";
        else if (damage == QLatin1String("version")) // the 4 bytes after the magic "SPBC", little-endian
            bad = QByteArray(good).replace(4, 4, QByteArray("\xe7\x03\x00\x00", 4));
        else if (damage == QLatin1String("json version"))
            bad = goodJson.replace("\"version\":", "\"version\": 999, \"was\":");
        QVERIFY(damage == QLatin1String("empty") || !bad.isEmpty());
        QVERIFY(writeAll(cachePath, bad));

        Rig rig(diskOrg());
        QVERIFY(rig.start());
        rig.store.setCachePath(cachePath);
        QSignalSpy warnings(&rig.store, &OrgStore::cacheWarning);
        QSignalSpy changed(&rig.store, &OrgStore::snapshotChanged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cache .* (damaged|ignored)")));
        QVERIFY(!rig.store.loadCache());
        QCOMPARE(warnings.size(), 1);
        qInfo() << damage << "->" << warnings.first().first().toString();
        QVERIFY(warnings.first().first().toString().contains(QStringLiteral("ignored")));
        QCOMPARE(changed.size(), 0);
        QVERIFY(!rig.store.hasData());
        QVERIFY(rig.store.keys().isEmpty());

        QSignalSpy saved(rig.store.cache(), &DiskCache::saved);
        QVERIFY(runRefresh(rig.store).value_or(false));
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && !rig.store.cache()->isSaving(), 10'000);
        const DiskCache::LoadResult reloaded = DiskCache(cachePath).load();
        QVERIFY2(reloaded.snapshot.has_value(), qPrintable(reloaded.error));
        QCOMPARE(reloaded.snapshot->keys, rig.store.keys());
    }

    void damagedAlertStateIsIgnoredWithAWarning()
    {
        // Expectation: a truncated alert state file is ignored with a logged warning (setStatePath returns
        // false), the engine starts empty and evaluates without crashing (alerting current crossings once,
        // the "no missed alert" side), and its next save replaces the file with a readable one.
        QTemporaryDir dir;
        const QString statePath = dir.filePath(QStringLiteral("alerts.json"));
        Rig rig(diskOrg());
        QVERIFY(primed(rig));
        QByteArray good;
        {
            ThresholdMonitor writer;
            writer.setStatePath(statePath);
            QVERIFY(!writer.evaluate(rig.store.snapshot(), rig.clock.nowUtc()).isEmpty());
            good = readAll(statePath);
        }
        QVERIFY(writeAll(statePath, good.left(good.size() / 3)));

        ThresholdMonitor monitor;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignoring alert state")));
        QVERIFY(!monitor.setStatePath(statePath));
        QVERIFY(monitor.state().firedEntries().isEmpty());
        QVERIFY(!monitor.evaluate(rig.store.snapshot(), rig.clock.nowUtc()).isEmpty());
        AlertState reread;
        reread.setPath(statePath);
        QVERIFY(reread.load());
        QCOMPARE(reread.firedEntries().size(), monitor.state().firedEntries().size());
    }

    void unwritableFolderWarnsAndStoreWorksInMemory()
    {
        // Expectation: cache, alert state and audit log paths whose folder cannot be created (its parent is
        // a regular file; this fails for root too): each failure is a warning (cacheWarning,
        // AuditLog::writeFailed, logged warnings), never a crash, and the store keeps working in memory:
        // refreshes succeed with the server's data, a limit write reaches the server and shows locally,
        // the audit entry is kept in memory, and alerts are not repeated within the session.
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QVERIFY(writeAll(blocker, "a regular file where a folder should be"));
        Rig rig(diskOrg());
        rig.store.setCachePath(blocker + QStringLiteral("/cache/work.json"));
        AuditLog audit(blocker + QStringLiteral("/audit.jsonl"));
        rig.store.setAuditLog(&audit);
        ThresholdMonitor monitor;
        QVERIFY(!monitor.setStatePath(blocker + QStringLiteral("/alerts.json")));
        QSignalSpy cacheWarnings(&rig.store, &OrgStore::cacheWarning);
        QSignalSpy auditFailures(&audit, &AuditLog::writeFailed);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cache .* cannot be written")));
        QVERIFY(primed(rig));
        QTRY_VERIFY_WITH_TIMEOUT(!cacheWarnings.isEmpty() && !rig.store.cache()->isSaving(), 10'000);
        QVERIFY(groundTruthMismatch(rig.store, *rig.sim).isEmpty());
        QVERIFY(!rig.store.isStale());

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot save alert state")));
        const QList<Alert> raised = monitor.evaluate(rig.store.snapshot(), rig.clock.nowUtc());
        QVERIFY(!raised.isEmpty());

        // A write: the server changes, the store shows it, the audit entry lives in memory only. The key is
        // one without fired alerts, so raising its limit re-arms nothing that could fire again below.
        QString id;
        for (const QString& candidate : rig.sim->keyIds().mid(5)) {
            const QString entity = Alert::entityKey(EntityRef::key(candidate));
            if (monitor.state().firedFor(entity, Alert::Kind::Threshold).isEmpty() &&
                monitor.state().firedFor(entity, Alert::Kind::Forecast).isEmpty()) {
                id = candidate;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        const Limit seen = rig.store.key(id)->limit;
        const Limit wanted = Limit::of(Money::fromDollars(777));
        std::optional<Result<ApiKey>> written;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Cannot create the folder|activity log")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cache .* cannot be written")));
        rig.store.setKeyLimit(id, wanted, seen, this, [&](Result<ApiKey> r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10'000);
        QVERIFY2(written->ok(), qPrintable(written->error().technicalText()));
        QCOMPARE(rig.sim->keyLimitMicros(id), Money::fromDollars(777).micros());
        QCOMPARE(rig.store.key(id)->limit, wanted);
        QCOMPARE(auditFailures.size(), 1);
        QCOMPARE(audit.count(), 1);
        QCOMPARE(audit.entries().first().entityId, id);
        QVERIFY(audit.entries().first().ok);
        QTRY_VERIFY_WITH_TIMEOUT(cacheWarnings.size() >= 2 && !rig.store.cache()->isSaving(), 10'000);

        // Another refresh and evaluation: the same data raises nothing again.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cache .* cannot be written")));
        QVERIFY(runRefresh(rig.store).value_or(false));
        QTRY_VERIFY_WITH_TIMEOUT(cacheWarnings.size() >= 3 && !rig.store.cache()->isSaving(), 10'000);
        QVERIFY(monitor.evaluate(rig.store.snapshot(), rig.clock.nowUtc()).isEmpty());
        QVERIFY(groundTruthMismatch(rig.store, *rig.sim).isEmpty());
        QVERIFY(QFileInfo(blocker).isFile()); // nothing replaced the blocker
    }
};

QTEST_GUILESS_MAIN(tst_Disk)
#include "tst_disk.moc"
