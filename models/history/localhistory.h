#pragma once

#include "historydb.h"

#include "domain/money.h"
#include "store/entityref.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class OrgStore;

// The usage history of the profile in use, joined to the live store: it owns that profile's HistoryDb,
// records every successful refresh into it (on HistoryDb's worker thread, so the GUI thread never
// writes), and answers the series the views chart over any range. Days the store holds come from the
// store (they are the freshest); older days, and every day while the store has nothing (offline at
// start), come from the database.
class LocalHistory final : public QObject
{
    Q_OBJECT
public:
    explicit LocalHistory(OrgStore* store, QObject* parent = nullptr);
    ~LocalHistory() override; // waits for a running write
    Q_DISABLE_COPY_MOVE(LocalHistory)

    // Opens (or creates) the history at `path`, closing the one before. A damaged file is replaced
    // (warningRaised says so); false with a readable error when nothing could be opened, and the app
    // then works without history.
    bool open(const QString& path, QString* error = nullptr,
              HistoryDb::IntegrityCheck check = HistoryDb::IntegrityCheck::InBackground);
    void close();
    bool isOpen() const { return m_db && m_db->isOpen(); }
    HistoryDb* database() const { return m_db.get(); }

    // When the newest recorded data was fetched from the server (UTC); invalid when never.
    QDateTime lastSynced() const { return m_lastSynced; }
    // The first day any usage is known for (history or store); invalid when none.
    QDate firstDay() const;
    // The last day data describes: the store's "today", else the day of the last sync.
    QDate lastDay() const;
    bool hasData() const { return lastDay().isValid(); }

    // Spend of `entity` per UTC day from `from` to lastDay() inclusive (from is clamped to firstDay()).
    struct Series
    {
        QDate from;
        QList<Money> daily; // index 0 = from
        Money total() const;
    };
    Series dailySpend(const EntityRef& entity, QDate from) const;

signals:
    // A snapshot was written (syncedAt: when the server answered).
    void recorded(const QDateTime& syncedAt);
    // Something the user should know: a damaged history replaced, a write that failed.
    void warningRaised(const QString& text);

private:
    void onRefreshFinished(bool ok);

    OrgStore* m_store;
    std::unique_ptr<HistoryDb> m_db;
    QDateTime m_lastSynced;
    bool m_lastWriteOk = false; // the last write of this database succeeded: later ones may be partial
    QDate m_firstRecorded;
};
