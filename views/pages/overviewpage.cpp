#include "overviewpage.h"

#include "charts/charttwin.h"
#include "charts/dailychart.h"
#include "charts/modelchart.h"
#include "charts/spendchart.h"
#include "charts/topkeyschart.h"
#include "charttext.h"
#include "dailyspendpanel.h"
#include "entitychoicemodel.h"
#include "history/currencyrates.h"
#include "history/localhistory.h"
#include "history/resetinfo.h"
#include "itemmodels/spendseries.h"
#include "itemmodels/spendstatus.h"
#include "store/orgstore.h"
#include "widgets/kpitile.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString encode(const EntityRef& e)
{
    return EntityChoiceModel::encode(e);
}

EntityRef decode(const QString& s)
{
    return EntityChoiceModel::decode(s);
}

// A titled box around a chart.
QWidget* section(const QString& title, QWidget* content, QWidget* parent, const QList<QWidget*>& extras = {})
{
    auto* box = new QFrame(parent);
    box->setFrameShape(QFrame::StyledPanel);
    box->setAutoFillBackground(true);
    box->setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(2);
    auto* head = new QHBoxLayout;
    auto* label = new QLabel(title, box);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    head->addWidget(label, 1);
    for (QWidget* extra : extras)
        head->addWidget(extra);
    layout->addLayout(head);
    layout->addWidget(content, 1);
    content->setAccessibleName(title);
    return box;
}

} // namespace

OverviewPage::OverviewPage(const ViewContext& context, QWidget* parent)
    : Page(context, parent)
    , m_series(new SpendSeries(context.store, this))
    , m_entityChooser(new QComboBox(this))
    , m_choices(new EntityChoiceModel(this))
    , m_spend(new SpendChart(this))
    , m_dailyPanel(new DailySpendPanel(context.store, context.history, this))
    , m_topKeys(new TopKeysChart(this))
    , m_models(new ModelChart(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    const QStringList titles{tr("Spent this month"),  tr("Forecast at month end"),  tr("Organization balance"),
                             tr("Sum of key limits"), tr("Near or over the limit"), tr("Days left")};
    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    for (const QString& t : titles) {
        auto* tile = new KpiTile(t, this);
        m_tiles.append(tile);
        tiles->addWidget(tile);
    }

    m_entityChooser->setObjectName(QStringLiteral("entityChooser"));
    m_entityChooser->setAccessibleName(tr("Chart of"));
    m_entityChooser->setToolTip(tr("Show the chart of the whole organization, a project or a key"));
    // Sized by a typical name, not by measuring every entry (10 000 keys: ~100 ms of text shaping per
    // change); long names are elided and shown whole in the popup.
    m_entityChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_entityChooser->setMinimumContentsLength(28);
    if (auto* list = qobject_cast<QListView*>(m_entityChooser->view()))
        list->setUniformItemSizes(true);
    m_entityChooser->setMaxVisibleItems(20);
    m_entityChooser->setModel(m_choices);

    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    // Each chart has a data-table twin (the "Table" button in its header) and a summary sentence.
    m_spendTwin = new ChartTwin(m_spend, tr("Month to date"), this);
    m_topKeysTwin = new ChartTwin(m_topKeys, tr("Top 10 keys by spend"), this);
    m_dailyTwin = new ChartTwin(m_dailyPanel, tr("Spend per day"), this);
    m_modelsTwin = new ChartTwin(m_models, tr("Spend by model"), this);
    grid->addWidget(section(tr("Month to date"), m_spendTwin, this, {m_entityChooser, m_spendTwin->toggle()}), 0, 0);
    grid->addWidget(section(tr("Top 10 keys by spend"), m_topKeysTwin, this, {m_topKeysTwin->toggle()}), 0, 1);
    grid->addWidget(
        section(tr("Spend per day"), m_dailyTwin, this, {m_dailyPanel->rangeChooser(), m_dailyTwin->toggle()}), 1, 0);
    grid->addWidget(section(tr("Spend by model"), m_modelsTwin, this, {m_modelsTwin->toggle()}), 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addLayout(tiles);
    layout->addLayout(grid, 1);

    connect(m_entityChooser, &QComboBox::currentIndexChanged, this, [this] {
        m_series->setEntity(decode(m_entityChooser->currentData().toString()));
        m_dailyPanel->setEntity(m_series->entity());
    });
    connect(m_series, &SpendSeries::changed, this, &OverviewPage::reloadCharts);
    connect(m_dailyPanel, &DailySpendPanel::reloaded, this, &OverviewPage::updateDailyTwin);
    connect(context.store, &OrgStore::snapshotChanged, this, &OverviewPage::reload);
    connect(context.store, &OrgStore::refreshFinished, this, &OverviewPage::updatePlaceholders);
    connect(context.store, &OrgStore::refreshStarted, this, &OverviewPage::updatePlaceholders);
    reload();
}

void OverviewPage::showEntity(const EntityRef& entity)
{
    reloadEntityChooser();
    const int i = m_entityChooser->findData(encode(entity));
    if (i >= 0)
        m_entityChooser->setCurrentIndex(i);
}

DailyChart* OverviewPage::dailyChart() const
{
    return m_dailyPanel->dailyChart();
}

EntityRef OverviewPage::shownEntity() const
{
    return m_series->entity();
}

void OverviewPage::reload()
{
    reloadEntityChooser();
    reloadTiles();
    reloadCharts();
}

void OverviewPage::reloadEntityChooser()
{
    const QString current = m_entityChooser->currentData().toString();
    {
        const QSignalBlocker block(m_entityChooser);
        if (!m_choices->reload(*context().store))
            return;
        m_entityChooser->setCurrentIndex(std::max(0, m_entityChooser->findData(current)));
    }
    // The chosen key may have been deleted: follow what the combo shows now.
    m_series->setEntity(decode(m_entityChooser->currentData().toString()));
    m_dailyPanel->setEntity(m_series->entity());
}

void OverviewPage::reloadCharts()
{
    const OrgStore* store = context().store;
    const SpendSeries::Data& d = m_series->data();
    m_spend->setData(d, store->hasData());
    m_dailyPanel->reload();
    const QList<SpendSeries::TopKey> top = SpendSeries::topKeys(*store, 10);
    m_topKeys->setEntries(top);
    const QList<QPair<QString, Money>> byModel = store->spendByModel(EntityRef::org());
    m_models->setData(byModel);
    updatePlaceholders();
    updateTwins(top, byModel);
}

namespace {

void fillTwin(ChartTwin* twin, const QString& summary, const ChartText::Table& table)
{
    twin->setSummary(summary);
    twin->setTable(table.header, table.rows);
}

} // namespace

void OverviewPage::updateTwins(const QList<SpendSeries::TopKey>& top, const QList<QPair<QString, Money>>& byModel)
{
    const QLocale locale;
    const SpendSeries::Data& d = m_series->data();
    if (context().store->hasData()) {
        fillTwin(m_spendTwin, ChartText::spendSummary(d, locale), ChartText::spendTable(d, locale));
        fillTwin(m_topKeysTwin, ChartText::topKeysSummary(top, locale), ChartText::topKeysTable(top, locale));
        fillTwin(m_modelsTwin, ChartText::modelsSummary(byModel, locale), ChartText::modelsTable(byModel, locale));
    } else {
        for (ChartTwin* twin : {m_spendTwin, m_topKeysTwin, m_modelsTwin})
            fillTwin(twin, tr("No data yet."), {});
        showOfflineSpendChart();
    }
    updateDailyTwin();
}

void OverviewPage::updateDailyTwin()
{
    const QLocale locale;
    const QList<Money> daily = m_dailyPanel->shownAmounts();
    fillTwin(m_dailyTwin, ChartText::dailySummary(m_dailyPanel->shownFrom(), daily, locale),
             ChartText::dailyTable(m_dailyPanel->shownFrom(), daily, locale));
}

void OverviewPage::updatePlaceholders()
{
    const OrgStore* store = context().store;
    QString text;
    if (!store->hasData()) {
        const ApiError error = store->lastError();
        if (store->isRefreshing())
            text = tr("No data yet — connecting…");
        else if (error.isError())
            text = tr("No data yet: %1").arg(error.userMessage());
        else
            text = tr("No data yet.");
    }
    for (ChartViewBase* c : {static_cast<ChartViewBase*>(m_spend), static_cast<ChartViewBase*>(m_topKeys),
                             static_cast<ChartViewBase*>(m_models)})
        c->setPlaceholderText(text);
    // Spend per day falls back on the local history when there is no live data.
    m_dailyPanel->reload();
    const bool fromHistory = context().history && context().history->hasData();
    m_dailyPanel->dailyChart()->setPlaceholderText(fromHistory ? QString() : text);
    showOfflineSpendChart();
    if (text.isEmpty()) {
        if (store->keys().isEmpty())
            m_topKeys->setPlaceholderText(tr("This organization has no keys yet."));
        if (store->spendByModel(EntityRef::org()).isEmpty())
            m_models->setPlaceholderText(tr("No spend by model this month yet."));
    }
}

void OverviewPage::reloadTiles()
{
    const OrgStore* store = context().store;
    const QLocale locale;
    if (!store->hasData()) {
        for (KpiTile* t : m_tiles) {
            t->setValue(QStringLiteral("—"));
            t->setSubtitle(tr("waiting for data…"));
            t->setState(KpiTile::State::Normal);
        }
        reloadOfflineTiles();
        return;
    }
    const EntityRef org = EntityRef::org();
    const Period period = store->currentPeriod();
    const QDateTime asOf = store->asOf();
    const QList<Money> daily = store->dailySpend(org);
    const Money mtd = store->monthToDate(org);
    const Forecast f = store->forecast(org);

    KpiTile* spend = m_tiles[SpendTile];
    spend->setValue(mtd.format(locale));
    spend->setSubtitle(daily.isEmpty() ? tr("since %1").arg(locale.toString(period.firstDay(), QLocale::ShortFormat))
                                       : tr("today so far: %1").arg(daily.last().format(locale)));
    spend->setDetails(tr("What every key of the organization spent since the month began on %1 (UTC).")
                          .arg(locale.toString(period.firstDay(), QLocale::LongFormat)));

    // A display currency converts the month's amounts at the month's dated rate; US dollars stay in sight.
    const CurrencyRates* rates = context().currency;
    const std::optional<CurrencyRates::Lookup> rate =
        rates && !rates->isUsd() ? rates->rateFor(period, rates->displayCurrency()) : std::nullopt;
    if (rate) {
        spend->setValue(rates->format(mtd, period, locale));
        spend->setSubtitle(tr("%1 in US dollars").arg(mtd.format(locale)));
        spend->setDetails(tr("Converted at the %1 rate dated %2 (%3 per US dollar); the API keeps US dollars.")
                              .arg(rates->displayCurrency(), locale.toString(rate->date, QLocale::ShortFormat),
                                   CurrencyRates::formatRate(rate->millionths)));
    }

    KpiTile* forecast = m_tiles[ForecastTile];
    forecast->setValue(f.endOfMonth.format(locale, 0));
    forecast->setSubtitle(tr("likely %1–%2").arg(f.low.formatCompact(locale), f.high.formatCompact(locale)));
    forecast->setDetails(tr("Expected spend on %1 at the recent pace of %2 per day.")
                             .arg(locale.toString(period.lastDay(), QLocale::LongFormat), f.dailyBurn.format(locale)));
    if (rate) {
        forecast->setValue(rates->format(f.endOfMonth, period, locale));
        forecast->setSubtitle(tr("%1 in US dollars").arg(f.endOfMonth.format(locale, 0)));
    }

    KpiTile* balance = m_tiles[BalanceTile];
    const Money credit = store->organization().balance;
    balance->setValue(credit.format(locale));
    KpiTile::State balanceState = KpiTile::State::Normal;
    if (credit <= Money()) {
        balance->setSubtitle(tr("no credit left: requests will fail"));
        balanceState = KpiTile::State::Critical;
    } else if (f.dailyBurn > Money()) {
        const qint64 days = credit.micros() / f.dailyBurn.micros();
        balance->setSubtitle(tr("lasts about %n days at this pace", nullptr, int(std::min<qint64>(days, 9999))));
        balanceState = days < 3 ? KpiTile::State::Critical : days < 14 ? KpiTile::State::Warning : balanceState;
    } else {
        balance->setSubtitle(tr("no recent spend"));
    }
    balance->setState(balanceState);
    balance->setDetails(tr("Prepaid credit left in the organization."));

    Money limits;
    int unlimited = 0;
    int keysNear = 0;
    int keysOver = 0;
    for (const ApiKey& k : store->keys()) {
        if (k.limit.hasLimit())
            limits += k.limit.amount();
        else
            ++unlimited;
        const SpendStatus::Value s = SpendStatus::of(k.limit, k.spend);
        keysNear += (s == SpendStatus::Warning || s == SpendStatus::Over) ? 1 : 0;
        keysOver += s == SpendStatus::Over ? 1 : 0;
    }
    KpiTile* sum = m_tiles[LimitsTile];
    sum->setValue(limits.format(locale, 0));
    sum->setSubtitle(unlimited == 0 ? tr("every key has a limit") : tr("%n keys without a limit", nullptr, unlimited));
    sum->setState(KpiTile::State::Normal);
    sum->setDetails(tr("The monthly limits of all keys added up. Not a cap on the organization: each key stops at "
                       "its own limit."));

    int projectsNear = 0;
    int projectsOver = 0;
    for (const Project& p : store->projects()) {
        const SpendStatus::Value s = SpendStatus::of(p.limit, p.spend);
        projectsNear += (s == SpendStatus::Warning || s == SpendStatus::Over) ? 1 : 0;
        projectsOver += s == SpendStatus::Over ? 1 : 0;
    }
    KpiTile* near = m_tiles[NearLimitTile];
    near->setValue(tr("%n keys ≥ 80 %", nullptr, keysNear));
    QString nearSub = tr("%n over the limit", nullptr, keysOver);
    if (store->hasProjects())
        nearSub += QStringLiteral(" · ") + tr("%n projects ≥ 80 %", nullptr, projectsNear) +
                   (projectsOver > 0 ? QStringLiteral(" (") + tr("%n over", nullptr, projectsOver) + u')' : QString());
    near->setSubtitle(nearSub);
    near->setState(keysOver + projectsOver > 0   ? KpiTile::State::Critical
                   : keysNear + projectsNear > 0 ? KpiTile::State::Warning
                                                 : KpiTile::State::Normal);
    near->setDetails(tr("Keys and projects that used at least 80 % of their monthly limit. See the Keys page, "
                        "quick filter “≥ 80 %”."));

    KpiTile* left = m_tiles[DaysLeftTile];
    const qint64 secsLeft = std::max<qint64>(0, asOf.secsTo(period.endUtc()));
    left->setValue(secsLeft >= 86400 ? tr("%n days left", nullptr, int(secsLeft / 86400))
                                     : tr("%n hours left", nullptr, int(secsLeft / 3600)));
    const ResetInfo reset(period, asOf, QTimeZone::systemTimeZone(), locale);
    left->setSubtitle(reset.localIsUtc() ? tr("resets %1").arg(reset.resetUtcText())
                                         : tr("resets %1, %2").arg(reset.resetUtcText(), reset.resetLocalText()));
    left->setDetails(reset.sentence() + u' ' + tr("Monthly limits and spend start again at 00:00 UTC on the 1st."));
}
