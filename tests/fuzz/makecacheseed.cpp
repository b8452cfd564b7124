// Writes a valid disk-cache file (SnapshotCodec) to stdout: the seeds of the cache fuzzer's corpus.
// Not a test; run by hand when the cache format version changes:
//   build/dev/tests/fuzz/make_cache_seed > tests/fuzz/corpus/cache/valid_v3.bin
//   build/dev/tests/fuzz/make_cache_seed --json > tests/fuzz/corpus/cache/valid_v2.json
// (valid_v1.json was written by version 1 and is kept: the reader still takes it.)
#include "store/snapshotcodec.h"

#include <QTimeZone>

#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    OrgSnapshot s;
    s.organization = {QStringLiteral("Acme AI"), Money::fromMicros(1'834'270'000)};
    Project p;
    p.id = QStringLiteral("p1");
    p.name = QStringLiteral("Research");
    p.limit = Limit::of(Money::fromDollars(1000));
    p.spend = Money::fromMicros(12'500'001);
    p.keyCount = 1;
    s.projects = {p};
    ApiKey k;
    k.id = QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    k.name = QStringLiteral("ci-bot");
    k.permissions = {Access::None, Access::Write};
    k.limit = Limit::of(Money::fromDollars(50));
    k.spend = Money::fromMicros(12'400'000);
    k.labels = {{QStringLiteral("env"), QStringLiteral("prod")}};
    k.creatorEmail = QStringLiteral("ana@example.com");
    k.projectId = p.id;
    k.projectName = p.name;
    k.expiresAt = QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), QTimeZone::utc());
    s.keys = {k, ApiKey{QStringLiteral("k2"),
                        QStringLiteral("no-limit"),
                        {},
                        Limit::none(),
                        Money(),
                        {},
                        {},
                        {},
                        {},
                        {},
                        {},
                        {},
                        std::nullopt}};
    UsageBucket b;
    b.start = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());
    b.totals.spend = Money::fromMicros(12'400'000);
    b.totals.requests = 7;
    b.groups = {UsageGroup{{{QStringLiteral("api_key_id"), k.id}}, b.totals}};
    s.dailyByKey = {b};
    b.groups = {UsageGroup{{{QStringLiteral("model_used"), QStringLiteral("openai/gpt-5")}}, b.totals}};
    s.dailyByModel = {b};
    s.capabilities.projects = true;
    s.capabilities.manage = Access::Write;
    s.fetchedAt = QDateTime(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc());
    const bool json = argc > 1 && std::strcmp(argv[1], "--json") == 0;
    const QByteArray out = json ? SnapshotCodec::encodeVersion2(s) : SnapshotCodec::encode(s);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}
