#pragma once

#include "historyrows.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// Writes the rows of one snapshot into an open history database: every table upserted with prepared
// statements inside one transaction (all or nothing). Unchanged rows are matched but not rewritten.
// Runs on whichever thread owns the connection (HistoryDb uses a worker with its own connection).
class HistoryWriter
{
public:
    explicit HistoryWriter(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    bool write(const HistoryRows& rows, QString* error);
    // The error of the last failed write (its native code tells corruption from other failures).
    QSqlError lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    QSqlError m_lastError;
};
