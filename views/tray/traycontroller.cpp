#include "traycontroller.h"

#include "trayicons.h"
#include "traylogging.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QTimer>

#include <algorithm>

namespace {

constexpr int kNamesInBurst = 5;

QString percentText(int percent)
{
    return QLocale().toString(percent);
}

QSystemTrayIcon::MessageIcon iconFor(Alert::Severity severity)
{
    switch (severity) {
    case Alert::Severity::Info:
        return QSystemTrayIcon::Information;
    case Alert::Severity::Warning:
        return QSystemTrayIcon::Warning;
    case Alert::Severity::Critical:
        return QSystemTrayIcon::Critical;
    }
    return QSystemTrayIcon::Information;
}

Alert::Severity worst(const QList<Alert>& alerts)
{
    Alert::Severity s = Alert::Severity::Info;
    for (const Alert& a : alerts)
        s = std::max(s, a.severity);
    return s;
}

// Alerts of one kind about one kind of entity at one threshold: "7 keys crossed 80 %".
struct Group
{
    EntityRef::Kind entityKind;
    Alert::Kind kind;
    int threshold;
    QList<Alert> alerts;
};

QList<Group> groupsOf(const QList<Alert>& alerts)
{
    QList<Group> groups;
    for (const Alert& a : alerts) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
            return g.entityKind == a.entity.kind && g.kind == a.kind && g.threshold == a.thresholdPercent;
        });
        if (it == groups.end())
            groups.append(Group{a.entity.kind, a.kind, a.thresholdPercent, {a}});
        else
            it->alerts.append(a);
    }
    // Worst first: highest severity, then highest threshold.
    std::stable_sort(groups.begin(), groups.end(), [](const Group& l, const Group& r) {
        const auto ls = l.alerts.first().severity;
        const auto rs = r.alerts.first().severity;
        return ls != rs ? ls > rs : l.threshold > r.threshold;
    });
    return groups;
}

} // namespace

TrayController::TrayController(QObject* parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(std::make_unique<QMenu>())
    , m_retry(new QTimer(this))
{
    m_open = m_menu->addAction(tr("&Open Spendboard"), this, &TrayController::openRequested);
    m_refresh = m_menu->addAction(tr("&Refresh Now"), this, &TrayController::refreshRequested);
    m_pause = m_menu->addAction(tr("&Pause Alerts for 1 Hour"), this, [this] { emit pauseRequested(kPauseSeconds); });
    m_snoozeTomorrow = m_menu->addAction(tr("Snooze Alerts Until &Tomorrow"), this,
                                         [this] { emit snoozeRequested(SnoozeUntil::Tomorrow); });
    m_snoozeReset = m_menu->addAction(tr("Snooze Alerts Until the Limits &Reset"), this,
                                      [this] { emit snoozeRequested(SnoozeUntil::Reset); });
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);
    m_tray->setContextMenu(m_menu.get());
    m_tray->setIcon(TrayIcons::icon(m_level));
    m_tray->setToolTip(toolTip());
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayController::onMessageClicked);
    connect(m_tray, &QSystemTrayIcon::activated, this, &TrayController::onActivated);
    m_retry->setInterval(500);
    connect(m_retry, &QTimer::timeout, this, &TrayController::attempt);
}

TrayController::~TrayController()
{
    // The icon refers to the menu: let it go first.
    delete m_tray;
    m_tray = nullptr;
}

void TrayController::setRetryPolicy(int attempts, int intervalMs)
{
    m_maxAttempts = std::max(1, attempts);
    m_retry->setInterval(std::max(1, intervalMs));
}

bool TrayController::isRetrying() const
{
    return m_retry->isActive();
}

bool TrayController::trayAvailable() const
{
    return m_probe ? m_probe() : QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::start()
{
    if (m_active)
        return;
    m_attemptsLeft = m_maxAttempts;
    attempt();
    if (!m_active && m_attemptsLeft > 0)
        m_retry->start();
}

void TrayController::attempt()
{
    if (trayAvailable()) {
        m_retry->stop();
        setActive(true);
        return;
    }
    if (--m_attemptsLeft <= 0) {
        m_retry->stop();
        qCInfo(lcTray) << "no system tray available; alerts go to the in-window banner";
    }
}

void TrayController::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    m_tray->setVisible(active);
    qCInfo(lcTray) << (active ? "tray icon shown" : "tray lost; alerts go to the in-window banner");
    emit trayAvailabilityChanged(active);
}

void TrayController::setSummary(const AlertSummary& summary)
{
    if (summary.level != m_level) {
        m_level = summary.level;
        m_tray->setIcon(TrayIcons::icon(m_level));
    }
    m_summaryText = summary.toolTip();
    m_tray->setToolTip(toolTip());
}

QString TrayController::toolTip() const
{
    const QString name = tr("Spendboard");
    return m_summaryText.isEmpty() ? name : name + u'\n' + m_summaryText;
}

QList<TrayController::Message> TrayController::messagesFor(const QList<Alert>& all)
{
    QList<Alert> alerts;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(alerts), [](const Alert& a) { return !a.suppressed; });
    QList<Message> out;
    if (alerts.size() <= kBurstThreshold) {
        for (const Alert& a : alerts) {
            Message m;
            switch (a.kind) {
            case Alert::Kind::Threshold:
                m.title = tr("%1 at %2 % of its limit").arg(a.entityName, percentText(a.thresholdPercent));
                break;
            case Alert::Kind::Budget:
                m.title = tr("Budget at %1 %").arg(percentText(a.thresholdPercent));
                break;
            case Alert::Kind::Forecast:
                m.title = tr("%1 projected to reach its limit").arg(a.entityName);
                break;
            case Alert::Kind::Balance:
                m.title = tr("Low balance");
                break;
            }
            m.text = a.message;
            m.icon = iconFor(a.severity);
            m.alerts = {a};
            out.append(m);
        }
        return out;
    }

    const QList<Group> groups = groupsOf(alerts);
    auto label = [](const Group& g) {
        const int n = int(g.alerts.size());
        const bool keys = g.entityKind == EntityRef::Kind::Key;
        switch (g.kind) {
        case Alert::Kind::Threshold:
            return keys ? tr("%n keys crossed %1 %", nullptr, n).arg(percentText(g.threshold))
                        : tr("%n projects crossed %1 %", nullptr, n).arg(percentText(g.threshold));
        case Alert::Kind::Forecast:
            if (g.entityKind == EntityRef::Kind::Organization)
                return tr("Budget projected to be reached");
            return keys ? tr("%n keys projected to reach their limit", nullptr, n)
                        : tr("%n projects projected to reach their limit", nullptr, n);
        case Alert::Kind::Budget:
            return tr("Budget crossed %1 %").arg(percentText(g.threshold));
        case Alert::Kind::Balance:
            return tr("Balance below the floor");
        }
        return QString();
    };
    Message m;
    m.alerts = alerts;
    m.icon = iconFor(worst(alerts));
    if (groups.size() == 1) {
        m.title = label(groups.first());
        QStringList names;
        for (const Alert& a : groups.first().alerts.mid(0, kNamesInBurst))
            names << a.entityName;
        m.text = names.join(QStringLiteral(", "));
        const int rest = int(groups.first().alerts.size()) - kNamesInBurst;
        if (rest > 0)
            m.text += u' ' + tr("and %n more", nullptr, rest);
    } else {
        m.title = tr("%n spending alerts", nullptr, int(alerts.size()));
        QStringList lines;
        for (const Group& g : groups)
            lines << label(g);
        m.text = lines.join(u'\n');
    }
    out.append(m);
    return out;
}

void TrayController::showAlerts(const QList<Alert>& alerts)
{
    const QList<Message> messages = messagesFor(alerts);
    if (messages.isEmpty())
        return;
    if (m_active && !trayAvailable()) {
        setActive(false);
        start();
    }
    if (!m_active) {
        QList<Alert> visible;
        for (const Message& m : messages)
            visible += m.alerts;
        emit fallbackAlerts(visible);
        return;
    }
    for (const Message& m : messages)
        deliver(m);
}

bool TrayController::showNotice(const QString& title, const QString& text)
{
    if (!m_active || !trayAvailable())
        return false;
    deliver(Message{title, text, QSystemTrayIcon::Information, {}});
    return true;
}

void TrayController::deliver(const Message& message)
{
    m_tray->showMessage(message.title, message.text, message.icon, kMessageMs);
    m_lastWasBurst = message.alerts.size() > 1;
    m_lastEntity = message.alerts.size() == 1 ? std::optional<EntityRef>(message.alerts.first().entity) : std::nullopt;
    qCDebug(lcTray) << "message:" << message.title;
    if (m_notifier)
        m_notifier(message);
}

void TrayController::onMessageClicked()
{
    if (m_lastWasBurst)
        emit alertsPageRequested();
    else if (m_lastEntity)
        emit entityActivated(*m_lastEntity);
}

void TrayController::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
        emit openRequested();
}
