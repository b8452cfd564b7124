// Benchmarks 1, 2, 3 and 8 of BENCHMARKS.md: decoding 10 000 keys (floor: QJsonDocument::fromJson on the
// same bytes), merging a refresh with 1 % changed into the key model, sorting and filtering the proxy,
// and the longest stall of the event loop during a real refresh of 10 000 keys over loopback.
#include "benchutil.h"

#include "api/decoders.h"
#include "api/managementapi.h"
#include "itemmodels/apikeytablemodel.h"
#include "itemmodels/keyfilterproxy.h"
#include "simulator.h"
#include "store/orgstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTimer>

namespace {

QByteArray fetch(QNetworkAccessManager& nam, const Simulator& sim, const QString& path)
{
    QNetworkRequest req(sim.url().resolved(QUrl(path)));
    req.setRawHeader("Authorization", "Bearer " + sim.adminKey().toUtf8());
    QNetworkReply* reply = nam.get(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(30'000);
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Simulator::Options opt;
    opt.keys = 10'000;
    opt.money = Simulator::MoneyForm::Strings;
    Simulator sim(opt);
    if (!sim.start())
        return 2;
    QNetworkAccessManager nam;
    const QByteArray keysJson = fetch(nam, sim, QStringLiteral("/v1/manage/apikey"));
    std::printf("key list: %lld bytes\n", qint64(keysJson.size()));

    // 1. Decode vs parse-only floor.
    const double floor1 = medianMs(15, [&] { (void)QJsonDocument::fromJson(keysJson); });
    QList<ApiKey> keys;
    const double decode = medianMs(15, [&] { keys = decodeKeyList(keysJson).value(); });
    report("1. decode 10 000 keys", decode, "ms", floor1, "fromJson", "<= 2x floor");

    // 2. Merge a refresh with 1 % changed.
    ManagementApi api(&nam);
    FixedClock clock(sim.simulatedNow());
    OrgStore store(&api, clock);
    ApiKeyTableModel model(&store);
    OrgSnapshot snap;
    snap.organization = {QStringLiteral("Bench"), Money::fromDollars(1000)};
    snap.keys = keys;
    snap.fetchedAt = clock.nowUtc();
    store.setSnapshot(snap, false);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    int round = 0;
    const double merge = medianMs(11, [&] {
        ++round;
        for (int i = 0; i < keys.size(); i += 100)
            snap.keys[i].spend += Money::fromMicros(round);
        store.setSnapshot(snap, false);
    });
    qint64 rows = 0;
    for (const auto& args : changed)
        rows += args.at(1).toModelIndex().row() - args.at(0).toModelIndex().row() + 1;
    report("2. merge 10 000 keys, 1 % changed", merge, "ms", 0, "", "<= 5 ms");
    std::printf("   dataChanged signals per merge: %.1f, rows per merge: %.1f (changed rows: %lld), resets: %lld\n",
                double(changed.size()) / round, double(rows) / round, qint64((keys.size() + 99) / 100),
                qint64(resets.size()));

    // 3. Sort and filter the proxy.
    KeyFilterProxy proxy;
    proxy.setSourceModel(&model);
    bool desc = false;
    const double sortMs = medianMs(9, [&] {
        desc = !desc;
        proxy.sort(ApiKeyTableModel::SpendColumn, desc ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    report("3a. sort 10 000 rows by spend", sortMs, "ms", 0, "", "<= 20 ms");
    const QStringList needles{QStringLiteral("bot"), QStringLiteral("ci-"), QStringLiteral("prod"), QString()};
    int n = 0;
    const double filterMs = medianMs(9, [&] { proxy.setSearchText(needles[n++ % needles.size()]); });
    report("3b. text filter 10 000 rows", filterMs, "ms", 0, "", "<= 20 ms");

    // 8. Longest event-loop stall during a real refresh of 10 000 keys (timer probe every 1 ms); floor:
    // the same probe on an idle loop for the same time.
    auto probe = [&](const std::function<void()>& start, const std::function<bool()>& finished) {
        QElapsedTimer t;
        t.start();
        qint64 last = 0, worst = 0;
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = t.nsecsElapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
        tick.start();
        start();
        while (!finished())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return double(worst) / 1e6;
    };
    // The simulator runs out of process here, as a real server would: its JSON encoding must not count
    // against the client's event loop.
    QProcess server;
    server.start(QStringLiteral(SPENDBOARD_SIM_PATH), {QStringLiteral("--keys"), QStringLiteral("10000"),
                                                       QStringLiteral("--money"), QStringLiteral("strings")});
    QUrl url;
    QString adminKey;
    while ((url.isEmpty() || adminKey.isEmpty()) && server.waitForReadyRead(30'000)) {
        while (server.canReadLine()) {
            const QString line = QString::fromUtf8(server.readLine()).trimmed();
            if (line.startsWith(QStringLiteral("Listening on ")))
                url = QUrl(line.mid(13));
            else if (line.startsWith(QStringLiteral("Admin key: ")))
                adminKey = line.mid(11);
        }
    }
    OrgStore live(&api, Clock::system());
    api.setBaseUrl(url);
    api.setApiKey(adminKey);
    bool done = false;
    QObject::connect(&live, &OrgStore::refreshFinished, [&](bool) { done = true; });
    QElapsedTimer idleTime;
    double refreshStall = probe(
        [&] {
            idleTime.start();
            live.refresh();
        },
        [&] { return done; });
    const qint64 refreshMs = idleTime.elapsed();
    const double idleStall = probe([] {}, [&] { return idleTime.elapsed() >= 2 * refreshMs; });
    report("8. longest event-loop stall during refresh", refreshStall, "ms", idleStall, "idle loop", "<= 16 ms");
    std::printf("   refresh took %lld ms; keys loaded: %lld\n", refreshMs, qint64(live.keys().size()));
    server.terminate();
    server.waitForFinished(5000);
    return 0;
}
