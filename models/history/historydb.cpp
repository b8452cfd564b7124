#include "historydb.h"

#include "historylogging.h"
#include "historyschema.h"
#include "historywriter.h"

#include "domain/releaselater.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace {

QAtomicInt g_connectionCounter;

QString uniqueConnectionName(const char* role)
{
    return QStringLiteral("spendboard-history-%1-%2")
        .arg(QLatin1String(role))
        .arg(g_connectionCounter.fetchAndAddOrdered(1));
}

// SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended codes.
bool isCorruption(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 11 || code == 26);
}

} // namespace

HistoryDb::HistoryDb(const QString& path, QObject* parent)
    : HistoryDb(path, Clock::system(), parent)
{}

HistoryDb::HistoryDb(const QString& path, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_clock(clock)
    , m_connectionName(uniqueConnectionName("read"))
{
    // One writer at a time keeps snapshots in order and never makes two write transactions wait on
    // each other.
    m_writer.setMaxThreadCount(1);
}

HistoryDb::~HistoryDb()
{
    close();
}

bool HistoryDb::open(QString* error, IntegrityCheck check)
{
    close();
    ++m_generation;
    m_checkPending = false;
    m_warning.clear();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder %1 for the usage history.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QString why;
    const bool fullCheck = check == IntegrityCheck::Now;
    OpenResult result = tryOpen(fullCheck, &why);
    if (result == OpenResult::Corrupt)
        return recover(why, error);
    if (result != OpenResult::Ok) {
        closeConnection();
        if (error)
            *error = why;
        return false;
    }
    m_open = true;
    if (check == IntegrityCheck::InBackground) {
        checkInBackground();
    } else if (check == IntegrityCheck::Later) {
        // At start the two cores are busy with the window, the cached data and the first refresh; the
        // check reads the whole file and can wait until that is done.
        m_checkPending = true;
        QTimer::singleShot(m_laterCheckDelayMs, this, [this, generation = m_generation] {
            if (generation == m_generation)
                startPendingCheck();
        });
    }
    return true;
}

bool HistoryDb::recover(const QString& reason, QString* error)
{
    waitForWrites();
    closeConnection();
    m_open = false;
    QString aside;
    QString why;
    if (!setAside(&aside, &why)) {
        if (error)
            *error = tr("The usage history %1 is damaged (%2) and could not be moved aside: %3")
                         .arg(QDir::toNativeSeparators(m_path), reason, why);
        qCWarning(lcHistory) << "corrupt history database could not be moved aside:" << reason << why;
        return false;
    }
    qCWarning(lcHistory) << "corrupt history database moved aside:" << reason << aside;
    if (tryOpen(true, &why) != OpenResult::Ok) {
        closeConnection();
        if (error)
            *error = why;
        return false;
    }
    m_open = true;
    m_warning = tr("The usage history was damaged (%1). It was moved to %2 and a new history was started.")
                    .arg(reason, QFileInfo(aside).fileName());
    emit warningRaised(m_warning);
    return true;
}

HistoryDb::OpenResult HistoryDb::checkIntegrity(QSqlDatabase& db, QString* problem)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        *problem = q.lastError().databaseText();
        return isCorruption(q.lastError()) ? OpenResult::Corrupt : OpenResult::Failed;
    }
    QStringList findings;
    while (q.next())
        findings.append(q.value(0).toString());
    if (findings == QStringList{QStringLiteral("ok")})
        return OpenResult::Ok;
    // The first finding, without SQLite's "*** in database main ***" heading.
    const QStringList lines = findings.join(u'\n').split(u'\n', Qt::SkipEmptyParts);
    const auto first =
        std::find_if(lines.begin(), lines.end(), [](const QString& l) { return !l.startsWith(QLatin1String("***")); });
    *problem = first != lines.end() ? *first : tr("the integrity check failed");
    return OpenResult::Corrupt;
}

HistoryDb::OpenResult HistoryDb::tryOpen(bool fullCheck, QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = tr("Cannot open the usage history %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), db.lastError().databaseText());
        return isCorruption(db.lastError()) ? OpenResult::Corrupt : OpenResult::Failed;
    }
    QSqlQuery q(db);
    // The first statement reads the header: a file that is not a database fails here.
    const QString statements[] = {
        QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA busy_timeout = 250"), QStringLiteral("SELECT COUNT(*) FROM sqlite_master")};
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError().databaseText();
            return isCorruption(q.lastError()) ? OpenResult::Corrupt : OpenResult::Failed;
        }
    }
    q.finish();
    if (fullCheck) {
        const OpenResult checked = checkIntegrity(db, error);
        if (checked != OpenResult::Ok)
            return checked;
    }
    if (!HistorySchema::migrate(db, error))
        return isCorruption(db.lastError()) ? OpenResult::Corrupt : OpenResult::Failed;
    return OpenResult::Ok;
}

void HistoryDb::startPendingCheck()
{
    if (!m_checkPending || !m_open)
        return;
    m_checkPending = false;
    checkInBackground();
}

void HistoryDb::checkInBackground()
{
    m_writer.start([this, path = m_path, generation = m_generation] {
        const QString name = uniqueConnectionName("check");
        OpenResult result = OpenResult::Failed;
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open())
                result = checkIntegrity(db, &problem);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QMetaObject::invokeMethod(
            this,
            [this, result, problem, generation] {
                if (generation != m_generation || !m_open)
                    return;
                if (result == OpenResult::Corrupt) {
                    QString error;
                    if (!recover(problem, &error))
                        emit recordFailed(error);
                }
                // A check that could not run (file busy, I/O) is not proof of damage.
                emit integrityChecked(result != OpenResult::Corrupt);
            },
            Qt::QueuedConnection);
    });
}

void HistoryDb::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool HistoryDb::setAside(QString* asidePath, QString* error)
{
    const QString stamp = m_clock.nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString aside = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = m_path + QStringLiteral(".corrupt-") + stamp + u'-' + QString::number(n);
    QFile file(m_path);
    if (!file.rename(aside)) {
        *error = file.errorString();
        return false;
    }
    // A WAL left next to a new file must never be replayed into it.
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString from = m_path + QLatin1String(suffix);
        if (QFile::exists(from) && !QFile::rename(from, aside + QLatin1String(suffix)))
            QFile::remove(from);
    }
    *asidePath = aside;
    return true;
}

void HistoryDb::close()
{
    waitForWrites();
    closeConnection();
    m_open = false;
}

void HistoryDb::waitForWrites()
{
    m_writer.waitForDone();
}

HistoryDb::WriteResult HistoryDb::writeSnapshot(const QString& path, const OrgSnapshot& snapshot,
                                                const QDate& usageFrom, bool syncOnly)
{
    WriteResult result;
    const QString name = uniqueConnectionName("write");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            result.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
            q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
            // A big organization's snapshot touches most pages of the usage tables: keep them in memory
            // for the one transaction instead of re-reading them (32 MB, released when it closes).
            q.exec(QStringLiteral("PRAGMA cache_size = -32768"));
            HistoryRows flat;
            if (syncOnly)
                flat.syncedAt = snapshot.fetchedAt.toUTC();
            else
                flat = HistoryRows::fromSnapshot(snapshot, usageFrom);
            result.rows = flat.rowCount();
            HistoryWriter writer(db);
            result.ok = writer.write(flat, &result.error);
            result.corrupt = !result.ok && isCorruption(writer.lastError());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void HistoryDb::recordSync(const QDateTime& syncedAt)
{
    OrgSnapshot only;
    only.fetchedAt = syncedAt;
    recordSnapshot(only, QDate(), true);
}

void HistoryDb::recordSnapshot(const OrgSnapshot& snapshot, const QDate& usageFrom, bool syncOnly)
{
    if (!m_open) {
        QMetaObject::invokeMethod(
            this, [this] { emit recordFailed(tr("The usage history is not open.")); }, Qt::QueuedConnection);
        return;
    }
    ++m_pending;
    m_writer.start([this, snapshot, usageFrom, syncOnly, path = m_path, generation = m_generation] {
        const WriteResult result = writeSnapshot(path, snapshot, usageFrom, syncOnly);
        if (!syncOnly)
            returnFreedMemory(); // a full window's rows are ~20 MB at 10 000 keys, built and freed here
        const QDateTime syncedAt = snapshot.fetchedAt.toUTC();
        // Queued to the owner's thread; dropped if the owner is gone (the destructor waits for us first).
        QMetaObject::invokeMethod(
            this,
            [this, result, syncedAt, generation] {
                --m_pending;
                if (result.ok) {
                    if (generation == m_generation)
                        startPendingCheck();
                    emit snapshotRecorded(syncedAt, result.rows);
                    return;
                }
                qCWarning(lcHistory) << "recording a snapshot failed:" << result.error;
                QString error = result.error;
                if (result.corrupt && generation == m_generation && m_open)
                    recover(result.error, &error);
                emit recordFailed(error);
            },
            Qt::QueuedConnection);
    });
}

bool HistoryDb::recordSnapshotNow(const OrgSnapshot& snapshot, QString* error)
{
    if (!m_open) {
        if (error)
            *error = tr("The usage history is not open.");
        return false;
    }
    waitForWrites();
    const WriteResult result = writeSnapshot(m_path, snapshot, QDate());
    if (!result.ok) {
        QString why = result.error;
        if (result.corrupt)
            recover(result.error, &why);
        if (error)
            *error = why;
    }
    return result.ok;
}

HistoryQueries HistoryDb::queries() const
{
    return HistoryQueries(QSqlDatabase::database(m_connectionName, false));
}

QList<Money> HistoryDb::dailySpend(const EntityRef& entity, QDate from, QDate to) const
{
    return queries().dailySpend(entity, from, to);
}

QHash<QString, QList<Money>> HistoryDb::dailySpendOfAll(EntityRef::Kind kind, QDate from, QDate to) const
{
    return queries().dailySpendOfAll(kind, from, to);
}

QList<QPair<QString, Money>> HistoryDb::spendByModel(const EntityRef& entity, const Period& month) const
{
    return queries().spendByModel(entity, month);
}

Money HistoryDb::monthTotal(const EntityRef& entity, const Period& month) const
{
    return queries().monthTotal(entity, month);
}

QHash<QString, Money> HistoryDb::monthTotals(EntityRef::Kind kind, const Period& month) const
{
    return queries().monthTotals(kind, month);
}

QList<HistoryRows::EntityState> HistoryDb::entityStates(const Period& month) const
{
    return queries().entityStates(month);
}

ForecastAccuracy HistoryDb::forecastAccuracy(const EntityRef& entity, const Period& month) const
{
    return queries().forecastAccuracy(entity, month);
}

QList<ForecastAccuracy> HistoryDb::forecastAccuracyOfAll(const Period& month) const
{
    return queries().forecastAccuracyOfAll(month);
}

QDateTime HistoryDb::lastSynced() const
{
    return queries().lastSynced();
}

QDate HistoryDb::firstRecordedDay() const
{
    return queries().firstRecordedDay();
}
