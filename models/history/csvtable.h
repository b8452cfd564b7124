#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A small table written as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote
// or line break quoted, quotes doubled), UTF-8 with a byte order mark so spreadsheets detect it.
// Text cells that a spreadsheet would run as a formula (=, +, -, @ first) get a leading apostrophe;
// numeric cells (exact decimals from Money::toDecimalString) are written as they are.
class CsvTable
{
public:
    explicit CsvTable(const QStringList& header)
        : m_header(header)
    {}

    // Cells are raw; wrap user text in text() to guard it against formula injection.
    void addRow(const QStringList& cells) { m_rows.append(cells); }
    static QString text(const QString& value);

    const QStringList& header() const { return m_header; }
    const QList<QStringList>& rows() const { return m_rows; }

    QByteArray toUtf8() const;
    // Atomic (QSaveFile): the file is complete or untouched.
    bool write(const QString& path, QString* error = nullptr) const;

    static QString quote(const QString& field);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};
