#include "simjson.h"

#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

void SimJson::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.back())
            m_out->append(',');
        m_first.back() = false;
    }
}

SimJson& SimJson::beginObject()
{
    beforeValue();
    m_out->append('{');
    m_first.append(true);
    return *this;
}

SimJson& SimJson::endObject()
{
    m_out->append('}');
    m_first.removeLast();
    return *this;
}

SimJson& SimJson::beginArray()
{
    beforeValue();
    m_out->append('[');
    m_first.append(true);
    return *this;
}

SimJson& SimJson::endArray()
{
    m_out->append(']');
    m_first.removeLast();
    return *this;
}

SimJson& SimJson::key(const char* latin1)
{
    beforeValue();
    m_out->append('"').append(latin1).append("\":");
    m_afterKey = true;
    return *this;
}

SimJson& SimJson::key(const QString& name)
{
    beforeValue();
    appendString(*m_out, name);
    m_out->append(':');
    m_afterKey = true;
    return *this;
}

SimJson& SimJson::value(const QString& text)
{
    beforeValue();
    appendString(*m_out, text);
    return *this;
}

SimJson& SimJson::value(const char* latin1)
{
    return value(QString::fromLatin1(latin1));
}

SimJson& SimJson::value(qint64 number)
{
    beforeValue();
    m_out->append(QByteArray::number(number));
    return *this;
}

SimJson& SimJson::value(bool flag)
{
    beforeValue();
    m_out->append(flag ? "true" : "false");
    return *this;
}

SimJson& SimJson::null()
{
    beforeValue();
    m_out->append("null");
    return *this;
}

SimJson& SimJson::money(qint64 micros, bool asString)
{
    beforeValue();
    if (asString)
        m_out->append('"').append(moneyString(micros)).append('"');
    else
        m_out->append(moneyNumber(micros));
    return *this;
}

SimJson& SimJson::raw(const QByteArray& json)
{
    beforeValue();
    m_out->append(json);
    return *this;
}

void SimJson::appendString(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    qsizetype plain = 0; // start of the run of bytes that need no escaping
    const char* data = utf8.constData();
    const qsizetype size = utf8.size();
    for (qsizetype i = 0; i < size; ++i) {
        const auto u = static_cast<unsigned char>(data[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(data + plain, i - plain);
        plain = i + 1;
        if (u == '"' || u == '\\') {
            const char escaped[] = {'\\', char(u)};
            out.append(escaped, 2);
        } else {
            static const char kHex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', kHex[u >> 4], kHex[u & 0xf]};
            out.append(escaped, 6);
        }
    }
    out.append(data + plain, size - plain);
    out.append('"');
}

namespace {
QByteArray decimal(qint64 micros, int minDecimals)
{
    const bool negative = micros < 0;
    const quint64 magnitude = negative ? quint64(-(micros + 1)) + 1 : quint64(micros);
    QByteArray text = QByteArray::number(magnitude / 1000000);
    QByteArray fraction = QByteArray::number(magnitude % 1000000).rightJustified(6, '0');
    int keep = 6;
    while (keep > minDecimals && fraction[keep - 1] == '0')
        --keep;
    fraction.truncate(keep);
    if (!fraction.isEmpty())
        text += '.' + fraction;
    return negative ? '-' + text : text;
}
} // namespace

QByteArray SimJson::moneyNumber(qint64 micros)
{
    return decimal(micros, 0);
}

QByteArray SimJson::moneyString(qint64 micros)
{
    return decimal(micros, 2);
}

bool SimJson::parseMoney(const QJsonValue& value, qint64* micros)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::fabs(d) > 1e12)
            return false;
        *micros = qint64(std::llround(d * 1e6));
        return true;
    }
    if (!value.isString())
        return false;
    static const QRegularExpression kDecimal(QStringLiteral("^(-?)(\\d{1,12})(?:\\.(\\d{1,6}))?$"));
    const QRegularExpressionMatch m = kDecimal.match(value.toString().trimmed());
    if (!m.hasMatch())
        return false;
    qint64 result = m.captured(2).toLongLong() * 1000000;
    if (m.lastCapturedIndex() >= 3 && !m.captured(3).isEmpty())
        result += m.captured(3).leftJustified(6, QLatin1Char('0')).toLongLong();
    *micros = m.captured(1).isEmpty() ? result : -result;
    return true;
}

QByteArray SimJson::rfc3339(qint64 secs)
{
    // Qt 6.4 writes "+00:00" for a QTimeZone::utc() date-time; the API writes "Z".
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"))
        .toLatin1();
}

bool SimJson::parseRfc3339(const QString& text, qint64* secs)
{
    // RFC 3339 needs a date, a time and an offset (Z or +hh:mm); Qt's ISO parser alone would take a local
    // time without offset.
    static const QRegularExpression kShape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"));
    if (!kShape.match(text).hasMatch())
        return false;
    QString normalized = text;
    normalized[10] = QLatin1Char('T');
    if (normalized.endsWith(QLatin1Char('z')))
        normalized.back() = QLatin1Char('Z');
    const QDateTime dt = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!dt.isValid())
        return false;
    *secs = dt.toSecsSinceEpoch();
    return true;
}

QByteArray SimJson::error(const QString& message)
{
    QByteArray out;
    SimJson json(&out);
    json.beginObject().key("error").beginObject().key("message").value(message).endObject().endObject();
    return out;
}
