// The Overview while the server has not answered (offline at start, no cache): the spend and forecast
// tiles from the usage history kept on this computer, as of the last sync, and said to be so.
#include "overviewpage.h"

#include "charts/charttwin.h"
#include "charts/spendchart.h"
#include "charttext.h"
#include "history/historyforecast.h"
#include "history/localhistory.h"
#include "store/orgstore.h"
#include "widgets/kpitile.h"

void OverviewPage::reloadOfflineTiles()
{
    const LocalHistory* history = context().history;
    if (!history || !history->hasData() || !history->lastSynced().isValid())
        return;
    const QLocale locale;
    const HistoryForecast h = HistoryForecast::compute(*history, EntityRef::org());
    const QString synced = locale.toString(h.asOf.toLocalTime(), QLocale::ShortFormat);

    KpiTile* spend = m_tiles[SpendTile];
    spend->setValue(h.monthToDate.format(locale));
    spend->setSubtitle(tr("at the last sync, %1").arg(synced));
    spend->setDetails(tr("From the usage history kept on this computer: the server cannot be reached now."));

    const Forecast& f = h.forecast;
    KpiTile* forecast = m_tiles[ForecastTile];
    forecast->setValue(f.endOfMonth.format(locale, 0));
    forecast->setSubtitle(
        tr("from local history, likely %1–%2").arg(f.low.formatCompact(locale), f.high.formatCompact(locale)));
    forecast->setDetails(
        tr("Expected spend on %1 at the pace of %2 per day recorded in the usage history on this "
           "computer up to the last sync, %3: the server cannot be reached now.")
            .arg(locale.toString(h.period.lastDay(), QLocale::LongFormat), f.dailyBurn.format(locale), synced));
}

bool OverviewPage::showOfflineSpendChart()
{
    const LocalHistory* history = context().history;
    if (context().store->hasData() || !history || !history->hasData() || !history->lastSynced().isValid())
        return false;
    const QLocale locale;
    const EntityRef org = EntityRef::org();
    const HistoryForecast h = HistoryForecast::compute(*history, org);
    const SpendSeries::Data d =
        SpendSeries::fromDays(org, tr("Organization"), h.period, h.asOf, h.dailySpend, Limit::none(), h.forecast);
    m_spend->setData(d, true);
    m_spend->setPlaceholderText(QString());
    const ChartText::Table table = ChartText::spendTable(d, locale);
    m_spendTwin->setTable(table.header, table.rows);
    m_spendTwin->setSummary(
        tr("%1 From the usage history on this computer, last synced %2.")
            .arg(ChartText::spendSummary(d, locale), locale.toString(h.asOf.toLocalTime(), QLocale::ShortFormat)));
    return true;
}
