#include "dailyspendpanel.h"

#include "charts/dailychart.h"
#include "charts/historychart.h"
#include "history/localhistory.h"
#include "store/orgstore.h"
#include "widgets/refreshstatus.h"

#include <QComboBox>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

DailySpendPanel::DailySpendPanel(OrgStore* store, LocalHistory* history, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_localHistory(history)
    , m_range(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_daily(new DailyChart(this))
    , m_history(new HistoryChart(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("dailySpendPanel"));
    m_range->setObjectName(QStringLiteral("historyRange"));
    m_range->setAccessibleName(tr("Range of the spend per day chart"));
    m_range->addItem(tr("This month"), ThisMonth);
    m_range->addItem(tr("Last 90 days"), Last90Days);
    m_range->addItem(tr("Last 12 months"), Last12Months);
    m_range->addItem(tr("All history"), AllHistory);
    m_range->setEnabled(history != nullptr);
    m_range->setToolTip(history ? tr("Longer ranges come from the usage history kept on this computer")
                                : tr("No local usage history is kept"));
    m_stack->addWidget(m_daily);
    m_stack->addWidget(m_history);
    m_note->setObjectName(QStringLiteral("historyNote"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);

    connect(m_range, &QComboBox::currentIndexChanged, this, &DailySpendPanel::reload);
    if (history)
        connect(history, &LocalHistory::recorded, this, &DailySpendPanel::reload);
    reload();
}

void DailySpendPanel::setEntity(const EntityRef& entity)
{
    if (entity == m_entity)
        return;
    m_entity = entity;
    reload();
}

void DailySpendPanel::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(range));
}

DailySpendPanel::Range DailySpendPanel::range() const
{
    return Range(m_range->currentData().toInt());
}

QDate DailySpendPanel::shownFrom() const
{
    if (m_stack->currentWidget() == m_history)
        return m_history->from();
    return m_shownMonth.firstDay();
}

QList<Money> DailySpendPanel::shownAmounts() const
{
    return m_stack->currentWidget() == m_history ? m_history->amounts() : m_daily->amounts();
}

bool DailySpendPanel::isShowingData() const
{
    const auto* chart = static_cast<const ChartViewBase*>(m_stack->currentWidget());
    return !chart->isShowingPlaceholder();
}

void DailySpendPanel::reload()
{
    const Range r = range();
    const bool live = m_store->hasData();
    const bool recorded = m_localHistory && m_localHistory->hasData();
    if (r == ThisMonth && (live || !recorded)) {
        m_stack->setCurrentWidget(m_daily);
        m_shownMonth = m_store->currentPeriod();
        m_daily->setData(m_store->currentPeriod(), live ? m_store->dailySpend(m_entity) : QList<Money>());
        // The Overview sets the placeholder of the "no data" states; nothing to add here.
    } else if (r == ThisMonth) {
        // No live data (offline at start): the month of the last sync, from the history.
        m_stack->setCurrentWidget(m_daily);
        const Period month = Period::containing(m_localHistory->lastSynced());
        m_shownMonth = month;
        const LocalHistory::Series s = m_localHistory->dailySpend(m_entity, month.firstDay());
        m_daily->setData(month, s.from == month.firstDay() ? s.daily : QList<Money>());
        m_daily->setPlaceholderText(QString());
    } else {
        m_stack->setCurrentWidget(m_history);
        if (!recorded) {
            m_history->setData(QDate(), {});
            m_history->setPlaceholderText(m_localHistory ? tr("No usage history on this computer yet.")
                                                         : tr("No local usage history is kept."));
        } else {
            const QDate last = m_localHistory->lastDay();
            const QDate from = r == Last90Days     ? last.addDays(-89)
                               : r == Last12Months ? last.addMonths(-12).addDays(1)
                                                   : QDate();
            const LocalHistory::Series s = m_localHistory->dailySpend(m_entity, from);
            m_history->setData(s.from, s.daily);
            m_history->setPlaceholderText(QString());
        }
    }
    const QString note = noteText();
    if (m_note->text() != note)
        m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    emit reloaded();
}

QString DailySpendPanel::noteText() const
{
    if (!m_localHistory || !m_localHistory->hasData())
        return QString();
    const QLocale locale;
    const QDateTime synced =
        m_localHistory->lastSynced().isValid() ? m_localHistory->lastSynced() : m_store->lastSuccess();
    QString text = tr("History from %1").arg(locale.toString(m_localHistory->firstDay(), QLocale::ShortFormat));
    if (synced.isValid()) {
        const qint64 secs = std::max<qint64>(0, synced.secsTo(m_store->clock().nowUtc()));
        text += QStringLiteral(" · ") + tr("last synced %1 ago").arg(RefreshStatus::agoText(secs));
    }
    if (!m_store->hasData() || m_store->isStale())
        text += QStringLiteral(" · ") + tr("showing saved data");
    return text;
}
