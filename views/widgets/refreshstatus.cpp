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

    m_tick.setInterval(1000);
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

void RefreshStatus::updateText()
{
    const bool refreshing = m_store->isRefreshing();
    m_busy->setVisible(refreshing);
    QString text;
    const QLocale locale;
    const QDateTime last = m_store->lastSuccess();
    const QDateTime recorded = m_history ? m_history->lastSynced() : QDateTime();
    if (!m_store->hasData() && recorded.isValid()) {
        // Nothing live yet, but the local history holds what was last fetched (the charts show it).
        const QString ago = agoText(std::max<qint64>(0, recorded.secsTo(m_store->clock().nowUtc())));
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
        text += QStringLiteral(" ") +
                tr("(last synced %1 ago)").arg(agoText(std::max<qint64>(0, last.secsTo(m_store->clock().nowUtc()))));
    } else {
        const qint64 secs =
            m_sinceSuccess.isValid() ? m_sinceSuccess.elapsed() / 1000 : last.secsTo(m_store->clock().nowUtc());
        text = tr("updated %1 ago").arg(agoText(secs));
    }
    if (m_label->text() != text)
        m_label->setText(text);
    setAccessibleName(text);
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
    if (on && isVisible() && !window()->isMinimized()) {
        updateText();
        if (!m_tick.isActive())
            m_tick.start();
    } else {
        m_tick.stop();
    }
}

void RefreshStatus::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    setTicking(true);
}

void RefreshStatus::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_tick.stop();
}
