#pragma once

// The primitives of the cache's binary version 3 (varints, zig-zag, money, times, the string table) for
// snapshotcodecbinary.cpp, which holds the layout; internal to it, kept apart to keep each file short.
#include "orgsnapshot.h"
#include "snapshotstringtable.h"

#include <QHash>
#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <limits>

namespace SnapshotBinary {

constexpr qint64 kInvalidTime = std::numeric_limits<qint64>::min();
// ±100 million days around the epoch (±273 000 years): beyond anything the JSON versions can hold (a year
// 1 time with a negative offset lands in year -1), well inside what QDateTime holds exactly.
constexpr qint64 kMaxTimeMagnitude = 8'640'000'000'000'000LL;
// The JSON reader's bound for counters (exact in a double); kept so both versions accept the same data.
constexpr quint64 kMaxCounter = 9'000'000'000'000'000ULL;

inline quint8 accessCode(Access a)
{
    switch (a) {
    case Access::Read:
        return 1;
    case Access::Write:
        return 2;
    case Access::None:
        break;
    }
    return 0;
}

using StringTable = SnapshotStringTable;

class Writer
{
public:
    QByteArray out;
    StringTable table;

    void byte(quint8 b) { out.append(char(b)); }
    void varint(quint64 v)
    {
        char buf[10];
        int n = 0;
        while (v >= 0x80) {
            buf[n++] = char(v | 0x80);
            v >>= 7;
        }
        buf[n++] = char(v);
        out.append(buf, n);
    }
    void sint(qint64 v) { varint((quint64(v) << 1) ^ quint64(v >> 63)); }
    void money(Money m) { sint(m.micros()); }
    void time(const QDateTime& t) { sint(t.isValid() ? t.toMSecsSinceEpoch() : kInvalidTime); }
    void str(const QString& s) { varint(table.indexOf(s)); }
    void counters(const UsageCounters& c)
    {
        money(c.spend);
        varint(quint64(c.requests));
        varint(quint64(c.inputTokens));
        varint(quint64(c.outputTokens));
        varint(quint64(c.totalTokens));
    }
};

// A strict reader over the bytes: the first problem stops it (every later read fails at once) and is
// kept with where it happened ("keys[12].limit: amount out of range").
class Reader
{
public:
    explicit Reader(const QByteArray& data)
        : m_begin(data.constData())
        , m_p(data.constData())
        , m_end(data.constData() + data.size())
    {}

    QString error;
    // Where the reader is, for the message; set by the caller (cheap: no string is built unless it fails).
    const char* section = "header";
    qsizetype item = -1;
    qsizetype row = -1;

    bool failed() const { return m_failed; }
    qsizetype left() const { return m_end - m_p; }
    qsizetype offset() const { return m_p - m_begin; }

    void fail(const char* field, const QString& problem)
    {
        if (m_failed)
            return;
        m_failed = true;
        QString where = QString::fromLatin1(section);
        if (item >= 0)
            where += QStringLiteral("[%1]").arg(item);
        if (field && *field)
            where += QLatin1Char('.') + QString::fromLatin1(field);
        if (row >= 0)
            where += QStringLiteral("[%1]").arg(row);
        error = where + QStringLiteral(": ") + problem;
        m_p = m_end;
    }
    void failTruncated(const char* field)
    {
        fail(field, QStringLiteral("truncated (the file ends at byte %1)").arg(m_end - m_begin));
    }

    const char* take(qsizetype n, const char* field)
    {
        if (n > left()) {
            failTruncated(field);
            return nullptr;
        }
        const char* p = m_p;
        m_p += n;
        return p;
    }
    quint8 byte(const char* field)
    {
        const char* p = take(1, field);
        return p ? quint8(*p) : 0;
    }
    quint64 varint(const char* field)
    {
        if (m_p != m_end && quint8(*m_p) < 0x80) // most values are one byte
            return quint8(*m_p++);
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p == m_end) {
                failTruncated(field);
                return 0;
            }
            const quint8 b = quint8(*m_p++);
            if (shift == 63 && b > 1)
                break; // more than 64 bits
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        fail(field, QStringLiteral("malformed number"));
        return 0;
    }
    qint64 sint(const char* field)
    {
        const quint64 u = varint(field);
        return qint64(u >> 1) ^ -qint64(u & 1);
    }
    // A count of elements of at least `minBytes` each: refused when the rest of the file cannot hold it,
    // so a damaged count never reserves memory (a "negative" 64-bit count is just a huge one here).
    qsizetype count(const char* field, qsizetype minBytes)
    {
        const quint64 n = varint(field);
        if (failed())
            return 0;
        if (n > quint64(left() / std::max<qsizetype>(minBytes, 1))) {
            fail(field, QStringLiteral("count %1 larger than the %2 bytes left can hold").arg(n).arg(left()));
            return 0;
        }
        return qsizetype(n);
    }
    void readStrings()
    {
        section = "strings";
        const qsizetype n = count("", 1); // a length byte each
        m_strings.reserve(n);
        for (qsizetype i = 0; i < n && !failed(); ++i) {
            item = i;
            const quint64 header = varint("length");
            const bool utf16 = header & 1;
            const quint64 length = header >> 1;
            if (length > quint64(left()) / (utf16 ? 2 : 1)) {
                failTruncated("length");
                break;
            }
            if (!utf16) {
                m_strings.append(QString::fromUtf8(take(qsizetype(length), "length"), qsizetype(length)));
            } else {
                QString text(qsizetype(length), Qt::Uninitialized);
                qFromLittleEndian<quint16>(take(qsizetype(length) * 2, "length"), qsizetype(length), text.data());
                m_strings.append(text);
            }
        }
        item = -1;
    }
    QString str(const char* field)
    {
        const quint64 i = varint(field);
        if (i < quint64(m_strings.size()))
            return m_strings.at(qsizetype(i));
        fail(field, QStringLiteral("string index %1 out of the table (%2 strings)").arg(i).arg(m_strings.size()));
        return {};
    }
    Money money(const char* field)
    {
        const qint64 m = sint(field);
        if (m > Money::kMaxMicros || m < -Money::kMaxMicros) {
            fail(field, QStringLiteral("amount out of range"));
            return {};
        }
        return Money::fromMicros(m);
    }
    qint64 counter(const char* field)
    {
        const quint64 v = varint(field);
        if (v > kMaxCounter) {
            fail(field, QStringLiteral("counter out of range"));
            return 0;
        }
        return qint64(v);
    }
    QDateTime time(const char* field)
    {
        const qint64 ms = sint(field);
        if (ms == kInvalidTime || failed())
            return {};
        if (ms < -kMaxTimeMagnitude || ms > kMaxTimeMagnitude) {
            fail(field, QStringLiteral("time out of range"));
            return {};
        }
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    Access access(const char* field)
    {
        switch (byte(field)) {
        case 0:
            return Access::None;
        case 1:
            return Access::Read;
        case 2:
            return Access::Write;
        default:
            fail(field, QStringLiteral("unknown access"));
            return Access::None;
        }
    }
    UsageCounters counters(const char* field)
    {
        UsageCounters c;
        c.spend = money(field);
        c.requests = counter(field);
        c.inputTokens = counter(field);
        c.outputTokens = counter(field);
        c.totalTokens = counter(field);
        return c;
    }

    qsizetype stringCount() const { return m_strings.size(); }
    const QString& stringAt(qsizetype i) const { return m_strings.at(i); }

private:
    const char* m_begin;
    const char* m_p;
    const char* m_end;
    bool m_failed = false;
    QList<QString> m_strings;
};

} // namespace SnapshotBinary
