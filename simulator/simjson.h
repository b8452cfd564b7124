#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

class QJsonValue;

// A small streaming JSON writer. The simulator writes its bodies itself rather than through
// QJsonDocument so money goes out exactly as decimal text (a JSON number such as 12.4 or a numeric string
// such as "12.40") and a 10 000-key list is built in one pass.
class SimJson final
{
public:
    explicit SimJson(QByteArray* out)
        : m_out(out)
    {}

    SimJson& beginObject();
    SimJson& endObject();
    SimJson& beginArray();
    SimJson& endArray();
    SimJson& key(const char* latin1);
    SimJson& key(const QString& name);
    SimJson& value(const QString& text);
    SimJson& value(const char* latin1);
    SimJson& value(qint64 number);
    SimJson& value(int number) { return value(qint64(number)); }
    SimJson& value(bool flag);
    SimJson& null();
    SimJson& money(qint64 micros, bool asString);
    SimJson& raw(const QByteArray& json); // an already encoded value

    static void appendString(QByteArray& out, const QString& text);
    static QByteArray moneyNumber(qint64 micros); // 12.4, 50, 0.000001
    static QByteArray moneyString(qint64 micros); // 12.40, 50.00, 0.000001 (no quotes)
    // Accepts a JSON number or a numeric string with at most 6 decimals; false when neither.
    static bool parseMoney(const QJsonValue& value, qint64* micros);
    static QByteArray rfc3339(qint64 secs); // 2026-11-07T00:00:00Z
    static bool parseRfc3339(const QString& text, qint64* secs);
    static QByteArray error(const QString& message); // {"error":{"message":...}}

private:
    void beforeValue();

    QByteArray* m_out;
    QVarLengthArray<bool, 16> m_first; // per open container: nothing written yet
    bool m_afterKey = false;
};
