#include "detailpanel.h"

#include "charts/charttwin.h"
#include "charts/dailychart.h"
#include "charts/modelchart.h"
#include "charts/spendchart.h"
#include "history/resetinfo.h"
#include "itemmodels/spendseries.h"
#include "itemmodels/spendstatus.h"
#include "pages/charttext.h"
#include "store/orgstore.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString limitText(Limit limit, const QLocale& locale)
{
    return limit.hasLimit() ? limit.amount().format(locale) : DetailPanel::tr("No limit");
}

QString accessText(Access a)
{
    switch (a) {
    case Access::Read:
        return DetailPanel::tr("read");
    case Access::Write:
        return DetailPanel::tr("write");
    case Access::None:
        break;
    }
    return DetailPanel::tr("none");
}

} // namespace

DetailPanel::DetailPanel(OrgStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_series(new SpendSeries(store, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_form(new QFormLayout)
    , m_tabs(new QTabWidget(this))
    , m_spend(new SpendChart(this))
    , m_daily(new DailyChart(this))
    , m_models(new ModelChart(this))
    , m_spendTwin(new ChartTwin(m_spend, tr("This month"), this))
    , m_dailyTwin(new ChartTwin(m_daily, tr("Per day"), this))
    , m_modelsTwin(new ChartTwin(m_models, tr("By model"), this))
{
    setObjectName(QStringLiteral("detailPanel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Select a row to see its chart and details."));

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    m_buttons->setSpacing(4);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    m_spend->setCompactLegend(true);
    // Each tab holds a chart and its table twin; the "Table" button of the tab shown sits in the corner.
    auto* toggles = new QStackedWidget(this);
    for (ChartTwin* twin : {m_spendTwin, m_dailyTwin, m_modelsTwin}) {
        m_tabs->addTab(twin, twin->chart()->accessibleName());
        toggles->addWidget(twin->toggle());
    }
    m_tabs->setCornerWidget(toggles, Qt::TopRightCorner);
    connect(m_tabs, &QTabWidget::currentChanged, toggles, &QStackedWidget::setCurrentIndex);
    m_tabs->setMinimumHeight(260);
    layout->addWidget(m_tabs, 3);
    auto* factsBox = new QWidget(content);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    factsBox->setLayout(m_form);
    auto* scroll = new QScrollArea(content);
    scroll->setWidget(factsBox);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long values wrap instead
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 2);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_series, &SpendSeries::changed, this, &DetailPanel::reload);
    reload();
}

void DetailPanel::setEntity(const EntityRef& entity)
{
    if (entity == m_entity)
        return;
    m_entity = entity;
    m_series->setEntity(entity); // emits changed() -> reload()
}

void DetailPanel::addActionButton(QAction* action, bool withText)
{
    auto* b = new QToolButton(this);
    b->setDefaultAction(action);
    b->setToolButtonStyle(withText ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
    b->setAccessibleName(QString(action->text()).remove(u'&').remove(QChar(0x2026)));
    m_buttons->insertWidget(m_buttons->count() - 1, b);
}

void DetailPanel::setEmptyText(const QString& text)
{
    m_empty->setText(text);
}

QString DetailPanel::title() const
{
    return m_title->text();
}

void DetailPanel::reload()
{
    if (!m_store || !hasEntity() || m_store->entityName(m_entity).isEmpty()) {
        m_stack->setCurrentWidget(m_empty);
        clearFacts();
        return;
    }
    m_stack->setCurrentIndex(1);
    const SpendSeries::Data& d = m_series->data();
    m_title->setText(d.name);
    m_spend->setData(d, m_store->hasData());
    m_daily->setData(d.period, d.dailyExact);
    m_models->setData(d.byModel);
    m_models->setPlaceholderText(d.byModel.isEmpty() ? tr("Spend by model is not available for a single key or "
                                                          "project yet; the Overview shows it for the organization.")
                                                     : QString());
    updateTwins();
    clearFacts();
    if (m_entity.kind == EntityRef::Kind::Key)
        fillKeyFacts(m_entity.id);
    else
        fillProjectFacts(m_entity.id);
}

void DetailPanel::updateTwins()
{
    const QLocale locale;
    const SpendSeries::Data& d = m_series->data();
    const ChartText::Table spend = ChartText::spendTable(d, locale);
    m_spendTwin->setSummary(ChartText::spendSummary(d, locale));
    m_spendTwin->setTable(spend.header, spend.rows);
    const QDate first = d.period.firstDay();
    const ChartText::Table daily = ChartText::dailyTable(first, d.dailyExact, locale);
    m_dailyTwin->setSummary(ChartText::dailySummary(first, d.dailyExact, locale));
    m_dailyTwin->setTable(daily.header, daily.rows);
    const ChartText::Table models = ChartText::modelsTable(d.byModel, locale);
    m_modelsTwin->setSummary(d.byModel.isEmpty() ? m_models->placeholderText()
                                                 : ChartText::modelsSummary(d.byModel, locale));
    m_modelsTwin->setTable(models.header, models.rows);
}

void DetailPanel::clearFacts()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_facts.clear();
}

void DetailPanel::addFact(const QString& label, const QString& value, const QString& toolTip)
{
    auto* v = new QLabel(value);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->setWordWrap(true);
    v->setToolTip(toolTip);
    m_form->addRow(label, v);
    m_facts.append({label, value});
}

void DetailPanel::addPeriodFacts(const Money& spend, const QLocale& locale)
{
    // Spend and limits are of the current UTC month: say which, and when the limit starts again.
    const ResetInfo reset(m_store->currentPeriod(), m_store->hasData() ? m_store->asOf() : m_store->clock().nowUtc(),
                          QTimeZone::systemTimeZone(), locale);
    // A short label keeps the form's label column narrow; the exact period is in the tooltip.
    addFact(tr("Spent this month"), spend.format(locale), reset.sinceLabel());
    addFact(tr("Limit resets"),
            tr("%1 — %2, %3").arg(reset.resetsInText(), reset.resetUtcText(), reset.resetLocalText()),
            reset.sentence());
}

void DetailPanel::addIdFact(const QString& label, const QString& id)
{
    auto* field = new QLineEdit(id);
    field->setReadOnly(true);
    field->setFrame(false);
    field->setCursorPosition(0);
    field->setMinimumWidth(60);
    field->setToolTip(id);
    field->setBackgroundRole(QPalette::Window);
    field->setAccessibleName(label);
    m_form->addRow(label, field);
    m_facts.append({label, id});
}

void DetailPanel::fillKeyFacts(const QString& id)
{
    const ApiKey* key = m_store->key(id);
    if (!key)
        return;
    const QLocale locale;
    const EntityRef e = EntityRef::key(id);
    const bool expired = key->isExpired(m_store->asOf());
    const SpendStatus::Value status = SpendStatus::of(key->limit, key->spend, expired);
    const qint64 progress = SpendStatus::progress(key->limit, key->spend);
    QString sub = SpendStatus::text(status);
    if (progress >= 0)
        sub = tr("%1 · %2 % of its monthly limit").arg(sub, locale.toString(double(progress) / 100.0, 'f', 1));
    m_subtitle->setText(sub);

    addFact(tr("Monthly limit"), limitText(key->limit, locale));
    addPeriodFacts(key->spend, locale);
    const Forecast f = m_store->forecast(e);
    addFact(tr("Forecast at month end"),
            tr("%1, likely %2 – %3").arg(f.endOfMonth.format(locale), f.low.format(locale), f.high.format(locale)),
            tr("At the recent pace of %1 per day").arg(f.dailyBurn.format(locale)));
    if (f.limitReachedAt && !f.alreadyOver)
        addFact(tr("Reaches its limit"), locale.toString(f.limitReachedAt->toLocalTime(), QLocale::ShortFormat));
    const std::optional<Money> headroom = m_store->effectiveHeadroom(*key);
    addFact(tr("Can still spend"), headroom ? headroom->format(locale) : tr("No cap"),
            tr("The smaller of the key's and its project's remaining limit"));
    if (!key->projectName.isEmpty())
        addFact(tr("Project"), key->projectName);
    QStringList labels;
    for (auto it = key->labels.cbegin(); it != key->labels.cend(); ++it)
        labels.append(it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value());
    addFact(tr("Labels"), labels.isEmpty() ? tr("none") : labels.join(QStringLiteral(", ")));
    addFact(tr("Created by"), key->creatorEmail.isEmpty() ? tr("unknown") : key->creatorEmail);
    const QString expiry = locale.toString(key->expiresAt.toLocalTime(), QLocale::ShortFormat);
    addFact(tr("Expires"), !key->expiresAt.isValid() ? tr("never") : expired ? tr("expired %1").arg(expiry) : expiry);
    addFact(tr("Permissions"), tr("management: %1 · completions: %2")
                                   .arg(accessText(key->permissions.manage), accessText(key->permissions.completions)));
    addIdFact(tr("Key id"), key->id);
}

void DetailPanel::fillProjectFacts(const QString& id)
{
    const Project* p = m_store->project(id);
    if (!p)
        return;
    const QLocale locale;
    const EntityRef e = EntityRef::project(id);
    const SpendStatus::Value status = SpendStatus::of(p->limit, p->spend);
    const qint64 progress = SpendStatus::progress(p->limit, p->spend);
    QString sub = SpendStatus::text(status);
    if (progress >= 0)
        sub = tr("%1 · %2 % of its monthly limit").arg(sub, locale.toString(double(progress) / 100.0, 'f', 1));
    m_subtitle->setText(sub);

    addFact(tr("Kind"),
            p->kind == Project::Kind::Private ? tr("Private project of %1").arg(p->ownerEmail) : tr("Shared project"));
    addFact(tr("Monthly limit"), limitText(p->limit, locale), tr("Binds every key in the project"));
    addPeriodFacts(p->spend, locale);
    const Forecast f = m_store->forecast(e);
    addFact(tr("Forecast at month end"),
            tr("%1, likely %2 – %3").arg(f.endOfMonth.format(locale), f.low.format(locale), f.high.format(locale)),
            tr("At the recent pace of %1 per day").arg(f.dailyBurn.format(locale)));
    if (f.limitReachedAt && !f.alreadyOver)
        addFact(tr("Reaches its limit"), locale.toString(f.limitReachedAt->toLocalTime(), QLocale::ShortFormat));
    const std::optional<Money> headroom = p->limit.headroom(p->spend);
    addFact(tr("Can still spend"), headroom ? headroom->format(locale) : tr("No cap"));
    addFact(tr("Keys"), tr("%n keys", nullptr, p->keyCount));
    addIdFact(tr("Project id"), p->id);
}
