#pragma once

#include "exportresult.h"

#include <QList>
#include <QString>

class QAbstractItemModel;
class QHeaderView;
class QModelIndex;

// A table to CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or line break
// quoted, quotes doubled), UTF-8. Amounts come out as exact plain decimals ("1234.50") from a raw role
// when the model offers one (a Money or Limit value, or micro-dollars in a money column); everything
// else as the display text. Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a
// leading apostrophe.
class CsvExport
{
public:
    struct Options
    {
        QList<int> columns;        // logical columns in output order; empty = all columns
        QList<int> rawRoles;       // roles to look for an exact value in, first match wins (e.g. SortRole)
        QList<int> moneyColumns;   // columns whose integer raw value is micro-dollars
        bool byteOrderMark = true; // lets spreadsheet programs detect UTF-8
        bool guardFormulas = true;
    };

    static QString toCsv(const QAbstractItemModel& model, const Options& options);
    static QString toCsv(const QAbstractItemModel& model);
    // Writes atomically (QSaveFile): the file is either complete or untouched.
    static ExportResult write(const QAbstractItemModel& model, const QString& path, const Options& options);
    static ExportResult write(const QAbstractItemModel& model, const QString& path);

    // The logical columns a header shows, in the order it shows them (hidden ones left out).
    static QList<int> visibleColumns(const QHeaderView* header);
    static QString quoteField(const QString& field);

private:
    static QString cellText(const QModelIndex& index, const Options& options);
};
