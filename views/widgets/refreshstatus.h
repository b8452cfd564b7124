#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class LocalHistory;
class OrgStore;
class QLabel;
class QProgressBar;

// "updated 12 s ago" / "refreshing…" / "offline — showing data from 09:41 (last synced 14 min ago)", with a busy bar
// while a refresh runs. Its timer runs only while the widget is visible, and fires only when the shown
// age changes (each second under a minute, then each minute, each hour).
class RefreshStatus final : public QWidget
{
    Q_OBJECT
public:
    explicit RefreshStatus(OrgStore* store, QWidget* parent = nullptr);

    // With a history, "last synced 14 min ago" is shown even before the store has live data.
    void setHistory(LocalHistory* history);
    QString text() const;
    bool isBusy() const;
    bool isTicking() const { return m_tick.isActive(); }

    // "12 s", "3 min", "2 h" — how long ago, in words that fit a toolbar.
    static QString agoText(qint64 secs);
    // Milliseconds until agoText() of an age of `ageMs` changes; a long recheck when no age is shown (< 0).
    static int msUntilAgeTextChanges(qint64 ageMs);
    static constexpr int kNoAgeRecheckMs = 60'000;

public slots:
    void updateText();
    // The window says whether it can be seen (not minimized); the timer never runs while it cannot.
    void setTicking(bool on);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    OrgStore* m_store;
    QPointer<LocalHistory> m_history;
    QLabel* m_label;
    QProgressBar* m_busy;
    QTimer m_tick;
    bool m_ticking = false;       // visible and not minimized: updateText() re-arms m_tick
    QElapsedTimer m_sinceSuccess; // real time since the last refresh this session succeeded
};
