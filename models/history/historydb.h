#pragma once

#include "forecastaccuracy.h"
#include "historyqueries.h"
#include "historyrows.h"

#include "domain/clock.h"
#include "domain/money.h"
#include "domain/period.h"
#include "store/entityref.h"
#include "store/orgsnapshot.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QThreadPool>

class QSqlDatabase;

// The local usage history of one profile: an SQLite file (normally
// AppDataLocation/profiles/<name>/history.sqlite) that keeps every day the API ever reported, so
// charts and month-close reach back further than the API's 100-day window.
//
// Reads run on the owner's thread with their own connection; they are indexed and short. Writes
// (recordSnapshot: up to ~400 000 rows for 10 000 keys) run on a private worker thread with its own
// connection, one transaction per snapshot; WAL lets reads continue meanwhile.
class HistoryDb final : public QObject
{
    Q_OBJECT
public:
    explicit HistoryDb(const QString& path, QObject* parent = nullptr);
    // The clock names the file a corrupt database is moved to.
    HistoryDb(const QString& path, const Clock& clock, QObject* parent = nullptr);
    ~HistoryDb() override; // waits for a running write
    Q_DISABLE_COPY_MOVE(HistoryDb)

    QString path() const { return m_path; }

    enum class IntegrityCheck {
        InBackground, // PRAGMA integrity_check on the worker after open() (it reads the whole file)
        Now,          // before open() returns (headless commands, tests)
        Later,        // on the worker once the first snapshot of this opening is written (start-up is then
                      // done), or laterCheckDelayMs() after open() if none is (offline)
    };
    static constexpr int kLaterCheckDelayMs = 30000;
    void setLaterCheckDelayMs(int ms) { m_laterCheckDelayMs = ms; }
    int laterCheckDelayMs() const { return m_laterCheckDelayMs; }
    // Opens (creating the file and its folder if needed) and migrates the schema. A damaged file (not a
    // database, malformed, failed integrity_check, a write failing as corrupt) is moved aside to
    // "<path>.corrupt-<UTC timestamp>" and a new history started; lastWarning()/warningRaised() say
    // so. Damage found by open() itself still lets it succeed; damage found later by the background
    // check replaces the file then. Fails (with a readable error) when the file cannot be opened at all
    // or was written by a newer Spendboard; nothing is moved then.
    bool open(QString* error = nullptr, IntegrityCheck check = IntegrityCheck::InBackground);
    bool isOpen() const { return m_open; }
    void close(); // waits for a running write
    QString lastWarning() const { return m_warning; }

    // Records the snapshot's daily usage (organization totals, keys and projects from dailyByKey),
    // per-model usage, the entities' state, today's forecasts and the sync time, on the worker thread.
    // Emits snapshotRecorded or recordFailed. Recording the same snapshot twice leaves the same rows.
    // `usageFrom`: the daily usage before that day is already recorded and unchanged (the refresh was
    // incremental), so only later days are written; invalid = all days.
    void recordSnapshot(const OrgSnapshot& snapshot, const QDate& usageFrom = QDate(), bool syncOnly = false);
    // Only the sync time (a refresh that found nothing changed). Emits snapshotRecorded or recordFailed.
    void recordSync(const QDateTime& syncedAt);
    // The same on the calling thread (headless commands); not for the GUI thread with big snapshots.
    bool recordSnapshotNow(const OrgSnapshot& snapshot, QString* error = nullptr);
    int pendingWrites() const { return m_pending; }
    // Blocks until queued writes are done (shutdown, headless commands). Their signals still arrive.
    void waitForWrites();

    // Spend per UTC day from `from` to `to` inclusive (zeros where nothing was recorded).
    QList<Money> dailySpend(const EntityRef& entity, QDate from, QDate to) const;
    // The same for every entity of a kind that has any usage in the range, by id.
    QHash<QString, QList<Money>> dailySpendOfAll(EntityRef::Kind kind, QDate from, QDate to) const;
    // Spend by model over a month, descending (ties by name).
    QList<QPair<QString, Money>> spendByModel(const EntityRef& entity, const Period& month) const;
    Money monthTotal(const EntityRef& entity, const Period& month) const;
    // Month totals of every entity of a kind with usage that month, by id.
    QHash<QString, Money> monthTotals(EntityRef::Kind kind, const Period& month) const;
    // The last recorded state (name, project, limit, spend) of every entity seen during the month.
    QList<HistoryRows::EntityState> entityStates(const Period& month) const;
    // Forecasts made during `month` against the month's actual total.
    ForecastAccuracy forecastAccuracy(const EntityRef& entity, const Period& month) const;
    // The same for every entity with forecasts that month (two queries, for month-close).
    QList<ForecastAccuracy> forecastAccuracyOfAll(const Period& month) const;
    // When the last recorded snapshot was fetched (UTC); invalid when none.
    QDateTime lastSynced() const;
    // The earliest day with recorded usage; invalid when none.
    QDate firstRecordedDay() const;

signals:
    void snapshotRecorded(const QDateTime& syncedAt, int rows);
    void recordFailed(const QString& error);
    // A damaged database was moved aside and replaced (the text is shown to the user).
    void warningRaised(const QString& warning);
    // The background integrity check finished (false: the file was damaged and has been replaced).
    void integrityChecked(bool ok);

private:
    enum class OpenResult { Ok, Corrupt, Failed };
    OpenResult tryOpen(bool fullCheck, QString* error);
    // Moves the damaged file aside and starts a new one; false when even that fails.
    bool recover(const QString& reason, QString* error);
    void closeConnection();
    HistoryQueries queries() const;
    bool setAside(QString* asidePath, QString* error);
    void checkInBackground();
    void startPendingCheck();
    struct WriteResult
    {
        bool ok = false;
        bool corrupt = false;
        int rows = 0;
        QString error;
    };
    static WriteResult writeSnapshot(const QString& path, const OrgSnapshot& snapshot, const QDate& usageFrom,
                                     bool syncOnly = false);
    static OpenResult checkIntegrity(QSqlDatabase& db, QString* problem);

    QString m_path;
    const Clock& m_clock;
    QString m_connectionName;
    bool m_open = false;
    bool m_checkPending = false; // IntegrityCheck::Later, not started yet
    QString m_warning;
    int m_pending = 0;
    int m_laterCheckDelayMs = kLaterCheckDelayMs;
    int m_generation = 0; // bumped by open(): results of an earlier opening are ignored
    QThreadPool m_writer;
};
