#include "simusage.h"

#include "simjson.h"
#include "simnames.h"

#include <QDate>
#include <QHash>
#include <QUrlQuery>

#include <vector>

namespace {
constexpr qint64 kDay = SimDemand::kSecondsPerDay;

struct Counters
{
    qint64 requests = 0;
    qint64 input = 0;
    qint64 output = 0;
    qint64 spend = 0;

    void add(const SimOrganization::Key& key, qint64 s, qint64 r)
    {
        spend += s;
        requests += r;
        input += r * key.inputTokensPerRequest;
        output += r * key.outputTokensPerRequest;
    }
};

struct Bucket
{
    qint64 start = 0;
    Counters total;
    QHash<QByteArray, int> groupIndex;
    std::vector<std::pair<QByteArray, Counters>> groups;

    Counters& group(const QByteArray& key)
    {
        auto it = groupIndex.constFind(key);
        if (it != groupIndex.constEnd())
            return groups[size_t(*it)].second;
        groupIndex.insert(key, int(groups.size()));
        groups.emplace_back(key, Counters{});
        return groups.back().second;
    }
};

qint64 monthStart(qint64 secs)
{
    const QDate d = QDate::fromJulianDay(2440588 + SimDemand::dayOf(secs));
    return (QDate(d.year(), d.month(), 1).toJulianDay() - 2440588) * kDay;
}

qint64 nextMonth(qint64 monthStartSecs)
{
    const QDate d = QDate::fromJulianDay(2440588 + SimDemand::dayOf(monthStartSecs)).addMonths(1);
    return (d.toJulianDay() - 2440588) * kDay;
}

// Splits (spend, requests) into parts by integer weights, the parts adding up exactly.
void splitByWeights(qint64 total, const qint64* cumulative, int count, qint64 weightSum, qint64* out)
{
    qint64 previous = 0;
    for (int i = 0; i < count; ++i) {
        const qint64 upTo =
            weightSum > 0 ? total / weightSum * cumulative[i + 1] + total % weightSum * cumulative[i + 1] / weightSum
                          : (i == count - 1 ? total : 0);
        out[i] = upTo - previous;
        previous = upTo;
    }
}
} // namespace

bool SimUsage::parse(const QUrlQuery& query, Query* out, QString* error) const
{
    const QString start = query.queryItemValue(QStringLiteral("start"), QUrl::FullyDecoded);
    if (start.isEmpty()) {
        *error = QStringLiteral("start is required (an RFC 3339 date-time)");
        return false;
    }
    if (!SimJson::parseRfc3339(start, &out->start)) {
        *error = QStringLiteral("start must be an RFC 3339 date-time, e.g. 2026-11-01T00:00:00Z");
        return false;
    }
    const QString end = query.queryItemValue(QStringLiteral("end"), QUrl::FullyDecoded);
    if (end.isEmpty()) {
        out->end = out->start + kDay;
    } else if (!SimJson::parseRfc3339(end, &out->end)) {
        *error = QStringLiteral("end must be an RFC 3339 date-time, e.g. 2026-11-02T00:00:00Z");
        return false;
    }
    if (out->end <= out->start) {
        *error = QStringLiteral("end must be after start");
        return false;
    }
    if (out->end - out->start > kMaxRangeSecs) {
        *error = QStringLiteral("the range from start to end must not exceed 100 days");
        return false;
    }
    const QString resolution = query.queryItemValue(QStringLiteral("resolution"), QUrl::FullyDecoded);
    if (resolution.isEmpty() || resolution == QLatin1String("day")) {
        out->resolution = Resolution::Day;
    } else if (resolution == QLatin1String("hour")) {
        out->resolution = Resolution::Hour;
    } else if (resolution == QLatin1String("month")) {
        out->resolution = Resolution::Month;
    } else {
        *error = QStringLiteral("resolution must be one of hour, day, month");
        return false;
    }
    static const QStringList kFields = {
        QStringLiteral("api_key_id"),    QStringLiteral("model_used"), QStringLiteral("model_requested"),
        QStringLiteral("provider_used"), QStringLiteral("user_id"),    QStringLiteral("group_id"),
        QStringLiteral("group_name"),    QStringLiteral("is_byok"),    QStringLiteral("origin_title")};
    out->groupBy.clear();
    const QStringList values = query.allQueryItemValues(QStringLiteral("group_by"), QUrl::FullyDecoded);
    for (const QString& value : values) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString field = part.trimmed();
            const bool known = kFields.contains(field) ||
                               (field == QLatin1String("project_id") && m_org.projectsEnabled()) ||
                               (field.startsWith(QLatin1String("extra.")) && field.size() > 6);
            if (!known) {
                *error = QStringLiteral("unsupported group_by field: ") + field;
                return false;
            }
            if (!out->groupBy.contains(field))
                out->groupBy.append(field);
        }
    }
    return true;
}

QByteArray SimUsage::groupKey(const QStringList& groupBy, int keyIndex, int modelIndex) const
{
    const SimOrganization::Key& key = m_org.key(keyIndex);
    QByteArray out;
    SimJson json(&out);
    json.beginObject();
    for (const QString& field : groupBy) {
        json.key(field);
        if (field == QLatin1String("api_key_id")) {
            json.value(key.id);
        } else if (field == QLatin1String("model_used") || field == QLatin1String("model_requested")) {
            json.value(SimNames::model(modelIndex).id);
        } else if (field == QLatin1String("provider_used")) {
            json.value(SimNames::provider(modelIndex));
        } else if (field == QLatin1String("user_id")) {
            json.value(m_org.users()[size_t(key.creator)].id);
        } else if (field == QLatin1String("project_id") && key.project >= 0) {
            json.value(m_org.projects()[size_t(key.project)].id);
        } else if (field == QLatin1String("group_id") && key.group >= 0) {
            json.value(m_org.groups()[size_t(key.group)].id);
        } else if (field == QLatin1String("group_name") && key.group >= 0) {
            json.value(m_org.groups()[size_t(key.group)].name);
        } else if (field == QLatin1String("is_byok")) {
            json.value(false);
        } else {
            json.null();
        }
    }
    json.endObject();
    return out;
}

QByteArray SimUsage::compute(const Query& query, int keyIndex) const
{
    std::vector<Bucket> buckets;
    const qint64 step = query.resolution == Resolution::Hour ? 3600 : kDay;
    qint64 first =
        query.resolution == Resolution::Hour ? query.start / 3600 * 3600 : SimDemand::dayOf(query.start) * kDay;
    if (query.resolution == Resolution::Month) {
        for (qint64 b = monthStart(query.start); b < query.end; b = nextMonth(b))
            buckets.push_back(Bucket{b, {}, {}, {}});
    } else {
        for (qint64 b = first; b < query.end; b += step)
            buckets.push_back(Bucket{b, {}, {}, {}});
    }
    auto bucketOf = [&](qint64 t) -> Bucket& {
        if (query.resolution != Resolution::Month)
            return buckets[size_t((t - first) / step)];
        size_t i = 0;
        while (i + 1 < buckets.size() && buckets[i + 1].start <= t)
            ++i;
        return buckets[i];
    };

    const bool grouped = !query.groupBy.isEmpty();
    const bool byModel = query.groupBy.contains(QLatin1String("model_used")) ||
                         query.groupBy.contains(QLatin1String("model_requested")) ||
                         query.groupBy.contains(QLatin1String("provider_used"));
    const qint64 firstDay = SimDemand::dayOf(query.start);
    const qint64 lastDay = SimDemand::dayOf(query.end - 1);
    const SimLedger& ledger = m_org.ledger();
    const int keyCount = int(m_org.keys().size());

    for (int k = keyIndex < 0 ? 0 : keyIndex; k < (keyIndex < 0 ? keyCount : keyIndex + 1); ++k) {
        const SimOrganization::Key& key = m_org.key(k);
        std::vector<QByteArray> groupKeys;
        qint64 cumWeights[4] = {0, 0, 0, 0};
        const int parts = byModel ? key.modelCount : 1;
        for (int m = 0; m < key.modelCount; ++m)
            cumWeights[m + 1] = cumWeights[m] + key.models[size_t(m)].weight;
        auto add = [&](Bucket& bucket, qint64 spend, qint64 requests) {
            bucket.total.add(key, spend, requests);
            if (!grouped)
                return;
            if (groupKeys.empty()) {
                for (int m = 0; m < parts; ++m)
                    groupKeys.push_back(groupKey(query.groupBy, k, key.models[size_t(m)].model));
            }
            if (!byModel) {
                bucket.group(groupKeys[0]).add(key, spend, requests);
                return;
            }
            qint64 spendParts[3];
            qint64 requestParts[3];
            splitByWeights(spend, cumWeights, parts, cumWeights[parts], spendParts);
            splitByWeights(requests, cumWeights, parts, cumWeights[parts], requestParts);
            for (int m = 0; m < parts; ++m) {
                if (spendParts[m] != 0 || requestParts[m] != 0)
                    bucket.group(groupKeys[size_t(m)]).add(key, spendParts[m], requestParts[m]);
            }
        };
        for (qint64 day = firstDay; day <= lastDay; ++day) {
            const qint64 spend = ledger.daySpend(k, day);
            const qint64 requests = ledger.dayRequests(k, day);
            if (spend == 0 && requests == 0)
                continue;
            const qint64 dayStart = day * kDay;
            if (query.resolution != Resolution::Hour) {
                add(bucketOf(dayStart < first ? first : dayStart), spend, requests);
                continue;
            }
            // Hours of the day: the demand shape filled in order until the day's spend is used up, starting
            // at the hour the key was created if that was this day.
            const auto demand = SimDemand::hourly(SimDemand::dayDemand(key.demand, day), day);
            std::array<qint64, SimDemand::kHours> hourSpend{};
            const int firstHour = key.createdAt > dayStart ? int((key.createdAt - dayStart) / 3600) : 0;
            qint64 left = spend;
            for (int h = firstHour; h < SimDemand::kHours && left > 0; ++h) {
                hourSpend[size_t(h)] = qMin(left, demand[size_t(h)]);
                left -= hourSpend[size_t(h)];
            }
            hourSpend[SimDemand::kHours - 1] += left;
            qint64 cumulative = 0;
            qint64 previousRequests = 0;
            for (int h = 0; h < SimDemand::kHours; ++h) {
                cumulative += hourSpend[size_t(h)];
                const qint64 upTo = spend > 0 ? requests / spend * cumulative + requests % spend * cumulative / spend
                                              : (h == SimDemand::kHours - 1 ? requests : 0);
                const qint64 hourRequests = upTo - previousRequests;
                previousRequests = upTo;
                const qint64 t = dayStart + h * 3600;
                if (t + 3600 <= query.start || t >= query.end || (hourSpend[size_t(h)] == 0 && hourRequests == 0))
                    continue;
                add(bucketOf(t), hourSpend[size_t(h)], hourRequests);
            }
        }
    }

    QByteArray out;
    out.reserve(int(buckets.size()) * 160);
    SimJson json(&out);
    auto writeCounters = [&](const Counters& c, quint64 salt) {
        json.key("total_requests").value(c.requests).key("completions_requests").value(c.requests);
        json.key("input_tokens").value(c.input).key("output_tokens").value(c.output);
        json.key("total_tokens").value(c.input + c.output);
        json.key("spend").money(c.spend, m_encoder.moneyAsString(SimEncoder::Field::UsageSpend, salt));
    };
    json.beginObject().key("usage").beginObject();
    for (const Bucket& bucket : buckets) {
        json.key(QString::fromLatin1(SimJson::rfc3339(bucket.start))).beginObject();
        writeCounters(bucket.total, quint64(bucket.start));
        if (grouped) {
            json.key("grouped_data").beginArray();
            quint64 n = 0;
            for (const auto& [key, counters] : bucket.groups) {
                json.beginObject().key("group_by_values").raw(key);
                writeCounters(counters, SimRandom::hash(quint64(bucket.start), ++n));
                json.endObject();
            }
            json.endArray();
        }
        json.endObject();
    }
    json.endObject().endObject();
    return out;
}
