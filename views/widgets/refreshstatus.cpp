#include "refreshstatus.h"

#include "history/localhistory.h"
#include "store/orgstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

RefreshStatus::RefreshStatus(OrgStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_label(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("refreshStatus"));
    m_label->setObjectName(QStringLiteral("refreshStatusText"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(60);
    m_busy->setMaximumHeight(10);
    m_busy->setAccessibleName(tr("Refreshing"));
    m_busy->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_label);

    // Single-shot, re-armed by updateText() for when the shown age next changes ("12 s" every second,
    // "3 min" every minute, "2 h" every hour): an idle window does not wake up every second.
    m_tick.setSingleShot(true);
    m_tick.setInterval(kNoAgeRecheckMs);
    connect(&m_tick, &QTimer::timeout, this, &RefreshStatus::updateText);
    connect(m_store, &OrgStore::refreshStarted, this, &RefreshStatus::updateText);
    connect(m_store, &OrgStore::refreshFinished, this, [this](bool ok) {
        if (ok)
            m_sinceSuccess.start();
        updateText();
    });
    connect(m_store, &OrgStore::staleChanged, this, &RefreshStatus::updateText);
    updateText();
}

void RefreshStatus::setHistory(LocalHistory* history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (m_history)
        connect(m_history, &LocalHistory::recorded, this, &RefreshStatus::updateText);
    updateText();
}

QString RefreshStatus::agoText(qint64 secs)
{
    if (secs < 60)
        return tr("%n s", nullptr, int(std::max<qint64>(secs, 0)));
    if (secs < 3600)
        return tr("%n min", nullptr, int(secs / 60));
    if (secs < 48 * 3600)
        return tr("%n h", nullptr, int(secs / 3600));
    return tr("%n days", nullptr, int(secs / 86400));
}

int RefreshStatus::msUntilAgeTextChanges(qint64 ageMs)
{
    if (ageMs < 0)
        return kNoAgeRecheckMs;
    const qint64 secs = ageMs / 1000;
    const qint64 unitMs = secs < 60 ? 1000 : secs < 3600 ? 60'000 : secs < 48 * 3600 ? 3'600'000 : 86'400'000;
    return int(unitMs - ageMs % unitMs);
}

void RefreshStatus::updateText()
{
    qint64 ageMs = -1; // the age the text shows, if any
    const bool refreshing = m_store->isRefreshing();
    m_busy->setVisible(refreshing);
    QString text;
    const QLocale locale;
    const QDateTime last = m_store->lastSuccess();
    const QDateTime recorded = m_history ? m_history->lastSynced() : QDateTime();
    if (!m_store->hasData() && recorded.isValid()) {
        // Nothing live yet, but the local history holds what was last fetched (the charts show it).
        ageMs = std::max<qint64>(0, recorded.msecsTo(m_store->clock().nowUtc()));
        const QString ago = agoText(ageMs / 1000);
        text =
            refreshing ? tr("connecting… — last synced %1 ago").arg(ago) : tr("offline — last synced %1 ago").arg(ago);
    } else if (!m_store->hasData()) {
        text = refreshing ? tr("connecting…") : tr("no data yet");
    } else if (refreshing) {
        text = tr("refreshing…");
    } else if (m_store->isStale()) {
        const QDateTime local = last.toLocalTime();
        const QString when = local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                                  : locale.toString(local, QLocale::ShortFormat);
        const ApiError::Kind kind = m_store->lastError().kind();
        if (kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout || kind == ApiError::Kind::Tls)
            text = tr("offline — showing data from %1").arg(when);
        else if (m_store->lastError().isError() && kind != ApiError::Kind::Cancelled)
            text = tr("not updated — showing data from %1").arg(when);
        else
            text = tr("showing saved data from %1").arg(when);
        ageMs = std::max<qint64>(0, last.msecsTo(m_store->clock().nowUtc()));
        text += QStringLiteral(" ") + tr("(last synced %1 ago)").arg(agoText(ageMs / 1000));
    } else {
        ageMs = m_sinceSuccess.isValid() ? m_sinceSuccess.elapsed() : last.msecsTo(m_store->clock().nowUtc());
        text = tr("updated %1 ago").arg(agoText(ageMs / 1000));
    }
    if (m_label->text() != text)
        m_label->setText(text);
    setAccessibleName(text);
    if (m_ticking)
        m_tick.start(msUntilAgeTextChanges(ageMs));
}

QString RefreshStatus::text() const
{
    return m_label->text();
}

bool RefreshStatus::isBusy() const
{
    return !m_busy->isHidden();
}

void RefreshStatus::setTicking(bool on)
{
    m_ticking = on && isVisible() && !window()->isMinimized();
    if (m_ticking)
        updateText(); // arms the timer
    else
        m_tick.stop();
}

void RefreshStatus::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    setTicking(true);
}

void RefreshStatus::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_ticking = false;
    m_tick.stop();
}
