// Benchmark 4 of BENCHMARKS.md: the chart update for one refresh. The Overview's four charts (the real
// SpendChart, DailyChart, TopKeysChart and ModelChart, offscreen, at their size in a 1280x800 window)
// take the organization's month of daily points, limit, forecast, top keys and models from two
// snapshots fetched from the simulator an hour apart, alternately, as OverviewPage::reloadCharts does
// after a refresh. Timed: building the series from the store plus the four setData calls; reported
// beside it, the same update followed by painting the four charts (grab), and the paint alone.
#include "benchutil.h"

#include "api/managementapi.h"
#include "charts/dailychart.h"
#include "charts/modelchart.h"
#include "charts/spendchart.h"
#include "charts/topkeyschart.h"
#include "itemmodels/spendseries.h"
#include "simulator.h"
#include "store/orgstore.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>

namespace {

OrgSnapshot fetch(OrgStore& store)
{
    QSignalSpy done(&store, &OrgStore::refreshFinished);
    store.refresh();
    if (!done.wait(120'000) || !done.first().first().toBool()) {
        std::fprintf(stderr, "refresh failed: %s\n", qPrintable(store.lastError().technicalText()));
        std::exit(2);
    }
    return store.snapshot();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("spendboard.*.debug=false\nspendboard.*.info=false"));
    const int keys = argc > 1 ? std::atoi(argv[1]) : 10'000;
    Simulator::Options opt;
    opt.keys = keys;
    opt.money = Simulator::MoneyForm::Strings;
    opt.speed = 0; // the two snapshots differ by exactly one simulated hour
    Simulator sim(opt);
    if (!sim.start())
        return 2;
    QNetworkAccessManager nam;
    ManagementApi api(&nam);
    api.setBaseUrl(sim.url());
    api.setApiKey(sim.adminKey());
    FixedClock clock(sim.simulatedNow());
    OrgStore store(&api, clock);
    const OrgSnapshot first = fetch(store);
    sim.advance(3600);
    const OrgSnapshot second = fetch(store);
    std::printf("organization: %lld keys, %lld daily points\n", qint64(second.keys.size()),
                qint64(SpendSeries::build(store, EntityRef::org()).dailyExact.size()));

    SpendChart spend;
    DailyChart daily;
    TopKeysChart top;
    ModelChart models;
    spend.resize(740, 330);
    top.resize(490, 330);
    daily.resize(740, 220);
    models.resize(490, 220);
    for (QWidget* w : {static_cast<QWidget*>(&spend), static_cast<QWidget*>(&daily), static_cast<QWidget*>(&top),
                       static_cast<QWidget*>(&models)})
        w->show();

    auto update = [&] {
        const SpendSeries::Data d = SpendSeries::build(store, EntityRef::org());
        spend.setData(d, store.hasData());
        daily.setData(d.period, d.dailyExact);
        top.setEntries(SpendSeries::topKeys(store, 10));
        models.setData(store.spendByModel(EntityRef::org()));
    };
    auto paint = [&] {
        for (QWidget* w : {static_cast<QWidget*>(&spend), static_cast<QWidget*>(&daily), static_cast<QWidget*>(&top),
                           static_cast<QWidget*>(&models)})
            (void)w->grab();
    };
    // One refresh: the store takes the other snapshot (its usage index comes from the refresh, built
    // off the GUI thread, as RefreshJob does), then the charts follow.
    bool odd = false;
    auto nextSnapshot = [&] {
        odd = !odd;
        store.setSnapshot(odd ? first : second, false);
        (void)store.usageIndex();
        QCoreApplication::processEvents();
    };
    for (int i = 0; i < 4; ++i) { // warm up: axes, legends and fonts
        nextSnapshot();
        update();
        paint();
    }
    QList<Timing> updates, painted, paints;
    for (int i = 0; i < 21; ++i) {
        nextSnapshot();
        updates.append(timeOnce(update));
        paints.append(timeOnce(paint));
        nextSnapshot();
        painted.append(timeOnce([&] {
            update();
            paint();
        }));
    }
    reportTiming("4. chart update, one refresh (4 charts)", median(updates), {}, "", "<= 5 ms");
    std::printf("   update + paint of the 4 charts: %.2f ms cpu (%.2f wall); paint alone: %.2f ms cpu (%.2f wall); "
                "21 runs each, medians\n",
                median(painted).cpuMs, median(painted).wallMs, median(paints).cpuMs, median(paints).wallMs);
    return 0;
}
