#pragma once

#include "alerts/alert.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

// An in-window notice of the latest alert(s): for systems without a tray (TrayController's
// fallbackAlerts) and for alerts raised while the window is in front. Alerts pile up until dismissed,
// so nothing shown here is lost between refreshes. Hidden while empty.
class AlertBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit AlertBanner(QWidget* parent = nullptr);

    // Adds alerts (suppressed ones are skipped) and shows the banner.
    void showAlerts(const QList<Alert>& alerts);
    void clear();
    const QList<Alert>& pending() const { return m_pending; }
    QString text() const;

signals:
    // "Show": one pending alert opens its entity, several open the Alerts page.
    void entityActivated(const EntityRef& entity);
    void alertsPageRequested();
    void dismissed();

private:
    void refresh();
    void onShow();
    void onDismiss();

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_dismiss = nullptr;
    QList<Alert> m_pending;
};
