#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

// The history database schema and its forward migrations. The version lives in PRAGMA user_version:
// 0 = empty file; 1 = first release (text entity ids and ISO days in every row, no token counts, no
// forecasts); 2 = current: an `entity` table (integer id, kind, external id) that usage_day, model_day,
// entity_state and forecast refer to, days as Julian day numbers (QDate::toJulianDay), token counts.
class HistorySchema
{
    Q_DECLARE_TR_FUNCTIONS(HistorySchema)
public:
    static constexpr int kCurrentVersion = 2;

    // The version stored in the database, or -1 when it cannot be read.
    static int version(QSqlDatabase& db, QString* error = nullptr);
    // Brings the database from its version to kCurrentVersion, one migration per step, each in its own
    // transaction. Refuses a database written by a newer Spendboard (its data is left untouched).
    static bool migrate(QSqlDatabase& db, QString* error);
    // Creates the version-1 layout (used by migration 0 -> 1, and by tests that need an old file).
    static bool createVersion1(QSqlDatabase& db, QString* error);

private:
    static bool migrateTo2(QSqlDatabase& db, QString* error);
    static bool run(QSqlDatabase& db, const QStringList& statements, QString* error);
};
