// The disk cache at 10 000 keys (behind benchmark 5): file size and decode time of the binary version 3
// against the JSON version 2 it replaced, on the snapshot of a real refresh from the simulator. Decoding
// is what a cold start waits for on its worker before the cached organization can be shown.
// Usage: bench_cache [RUNS=11]
#include "benchutil.h"

#include "api/managementapi.h"
#include "simulator.h"
#include "store/orgstore.h"
#include "store/snapshotcodec.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <cstdlib>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("spendboard.*.debug=false\nspendboard.*.info=false"));
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 11;
    Simulator::Options opt;
    opt.keys = 10'000;
    opt.money = Simulator::MoneyForm::Strings;
    Simulator sim(opt);
    if (!sim.start())
        return 2;
    QNetworkAccessManager nam;
    ManagementApi api(&nam);
    api.setBaseUrl(sim.url());
    api.setApiKey(sim.adminKey());
    OrgStore store(&api, Clock::system());
    QSignalSpy finished(&store, &OrgStore::refreshFinished);
    store.refresh();
    if (!finished.wait(300'000) || !finished.first().first().toBool()) {
        std::fprintf(stderr, "the refresh of 10 000 keys failed\n");
        return 2;
    }
    const OrgSnapshot snapshot = store.snapshot();
    qint64 rows = 0;
    for (const UsageBucket& b : snapshot.dailyByKey)
        rows += b.groups.size();
    std::printf("snapshot: %lld keys, %lld projects, %lld key usage rows in %lld days\n", qint64(snapshot.keys.size()),
                qint64(snapshot.projects.size()), rows, qint64(snapshot.dailyByKey.size()));

    const QByteArray json = SnapshotCodec::encodeVersion2(snapshot);
    const QByteArray binary = SnapshotCodec::encode(snapshot);
    std::printf("cache file: version 2 (JSON) %lld bytes, version 3 (binary) %lld bytes (%.1f %%)\n",
                qint64(json.size()), qint64(binary.size()), 100.0 * double(binary.size()) / double(json.size()));
    const auto check = SnapshotCodec::decode(binary);
    if (!check || !check->sameDataAs(snapshot) || check->fetchedAt != snapshot.fetchedAt) {
        std::fprintf(stderr, "version 3 does not read back to the same snapshot\n");
        return 3;
    }

    // Alternated run by run so both see the same load of a shared machine.
    QList<Timing> v2, v3;
    for (int i = 0; i < runs; ++i) {
        v2.append(timeOnce([&] { (void)SnapshotCodec::decode(json); }));
        v3.append(timeOnce([&] { (void)SnapshotCodec::decode(binary); }));
    }
    reportTiming("cache decode, version 3 (binary)", median(v3), median(v2), "version 2 JSON", "-");
    const Timing encodeV3 = medianTiming(runs, [&] { (void)SnapshotCodec::encode(snapshot); });
    const Timing encodeV2 = medianTiming(runs, [&] { (void)SnapshotCodec::encodeVersion2(snapshot); });
    reportTiming("cache encode, version 3 (binary)", encodeV3, encodeV2, "version 2 JSON", "-");
    return 0;
}
