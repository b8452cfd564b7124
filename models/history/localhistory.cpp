#include "localhistory.h"

#include "historylogging.h"

#include "store/orgstore.h"
#include "store/usageindex.h"

LocalHistory::LocalHistory(OrgStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &OrgStore::refreshFinished, this, &LocalHistory::onRefreshFinished);
}

LocalHistory::~LocalHistory()
{
    close();
}

bool LocalHistory::open(const QString& path, QString* error, HistoryDb::IntegrityCheck check)
{
    close();
    m_lastWriteOk = false; // the first write after opening writes every day
    auto db = std::make_unique<HistoryDb>(path, m_store->clock());
    connect(db.get(), &HistoryDb::warningRaised, this, &LocalHistory::warningRaised);
    connect(db.get(), &HistoryDb::recordFailed, this, [this](const QString& why) {
        m_lastWriteOk = false;
        qCWarning(lcHistory) << "recording usage history failed:" << why;
        emit warningRaised(tr("The usage history could not be saved: %1").arg(why));
    });
    connect(db.get(), &HistoryDb::snapshotRecorded, this, [this](const QDateTime& syncedAt, int) {
        m_lastWriteOk = true;
        if (!m_lastSynced.isValid() || syncedAt > m_lastSynced)
            m_lastSynced = syncedAt;
        if (!m_firstRecorded.isValid() && m_db)
            m_firstRecorded = m_db->firstRecordedDay();
        emit recorded(syncedAt);
    });
    if (!db->open(error, check))
        return false;
    m_db = std::move(db);
    m_lastSynced = m_db->lastSynced();
    m_firstRecorded = m_db->firstRecordedDay();
    // Data fetched before the history was opened (a refresh that raced the profile switch) is kept too.
    if (m_store->hasData() && !m_store->isStale())
        m_db->recordSnapshot(m_store->snapshot());
    return true;
}

void LocalHistory::close()
{
    m_db.reset(); // HistoryDb's destructor waits for its running write
    m_lastSynced = QDateTime();
    m_firstRecorded = QDate();
}

void LocalHistory::onRefreshFinished(bool ok)
{
    if (!ok || !isOpen())
        return;
    // After an incremental refresh only the days it fetched again can have changed (10 000 keys: ~2 000
    // rows instead of ~80 000). After a failed write everything is written again.
    // After a refresh that changed nothing, only the sync time is new.
    if (!m_store->lastRefreshChangedData() && m_lastWriteOk) {
        m_db->recordSync(m_store->lastSuccess());
        return;
    }
    const QDateTime from = m_store->lastUsageQueryStart();
    m_db->recordSnapshot(m_store->snapshot(), m_lastWriteOk && from.isValid() ? from.toUTC().date() : QDate());
}

QDate LocalHistory::firstDay() const
{
    QDate first = m_firstRecorded;
    if (m_store->hasData()) {
        const QDate storeFirst = m_store->currentPeriod().firstDay().addDays(-UsageIndex::kPreviousDays);
        if (!first.isValid() || storeFirst < first)
            first = storeFirst;
    }
    return first;
}

QDate LocalHistory::lastDay() const
{
    if (m_store->hasData())
        return m_store->asOf().toUTC().date();
    return m_lastSynced.isValid() ? m_lastSynced.toUTC().date() : QDate();
}

Money LocalHistory::Series::total() const
{
    Money sum;
    for (const Money& m : daily)
        sum += m;
    return sum;
}

LocalHistory::Series LocalHistory::dailySpend(const EntityRef& entity, QDate from) const
{
    Series s;
    const QDate last = lastDay();
    const QDate first = firstDay();
    if (!last.isValid())
        return s;
    if (!from.isValid() || (first.isValid() && from < first))
        from = first.isValid() ? first : last;
    if (from > last)
        from = last;
    s.from = from;
    const int days = int(from.daysTo(last)) + 1;
    if (isOpen())
        s.daily = m_db->dailySpend(entity, from, last);
    s.daily.resize(days);
    if (m_store->hasData()) {
        // The store's window (the week before the month and the month so far) overrides the history:
        // the history may be one write behind, and today's partial day grows with every refresh.
        const QList<Money> window = m_store->usageWindow(entity);
        const QDate windowFirst = m_store->currentPeriod().firstDay().addDays(-UsageIndex::kPreviousDays);
        for (int i = 0; i < window.size(); ++i) {
            const qint64 at = from.daysTo(windowFirst.addDays(i));
            if (at >= 0 && at < days)
                s.daily[at] = window[i];
        }
    }
    return s;
}
