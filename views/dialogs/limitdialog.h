#pragma once

#include "confirmer.h"

class CurrencyRates;
#include "domain/money.h"
#include "store/orgstore.h"

#include <QDialog>
#include <QTimeZone>

#include <optional>

class ErrorPanel;
class MoneyEdit;
class QCheckBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;

// "Edit limit" for a key or a project: the amount (or "No limit"), what it means at the current burn,
// confirmation for risky changes, and a save through OrgStore that never blocks. Open it with open()
// or show(); it reports through saved() and closes itself on success. On a failure it stays open with
// the user's value; on a conflict it offers to keep the user's value or take the server's.
class LimitDialog final : public QDialog
{
    Q_OBJECT
public:
    LimitDialog(OrgStore* store, const EntityRef& entity, QWidget* parent = nullptr);
    ~LimitDialog() override;

    void setConfirmer(Confirmer* confirmer); // not owned; default: a message box
    void setLocale(const QLocale& locale);   // for money and dates (default: QLocale())
    void setTimeZone(const QTimeZone& zone); // "your time" of the reset (default: the system's)
    // "resets in 6 d 4 h — 1 Dec 00:00 UTC, 01:00 your time"
    QString resetText() const;
    QString spendLabelText() const; // "Spend this month (since 1 Nov 00:00 UTC):"
    // With a display currency the form still says the US dollar amount that is sent (not owned).
    void setCurrencyRates(const CurrencyRates* rates);
    QString sentText() const; // "Sent to the API: $1,000.00 (US dollars). Shown as €921.30 at the Nov 2026 rate."

    EntityRef entity() const { return m_entity; }
    Limit seenLimit() const { return m_seen; }
    // The limit the form holds; nullopt while the amount is invalid.
    std::optional<Limit> enteredLimit() const;
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    bool isBusy() const { return m_busy; }
    bool isInConflict() const { return m_inConflict; }
    QString consequenceText() const;
    QString conflictText() const;

    MoneyEdit* moneyEdit() const { return m_money; }
    QCheckBox* noLimitBox() const { return m_noLimit; }
    QPushButton* saveButton() const { return m_save; }
    ErrorPanel* errorPanel() const { return m_errors; }
    QFrame* conflictPanel() const { return m_conflict; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* takeServerButton() const { return m_takeServer; }

public slots:
    void save(); // what the Save button does: validate, confirm, write

signals:
    void saved(const EntityRef& entity, const Limit& limit);

private:
    void buildUi();
    void refreshInfo();
    void updateState();
    void askThenSave(QList<Confirmer::Question> questions, Limit limit);
    void write(Limit limit);
    void finished(const ApiError& error, Limit limit);
    void showConflict(Limit server, Limit mine);
    void setBusy(bool busy);
    QString limitText(Limit limit) const;
    QString entityName() const;
    Money currentSpend() const;
    Limit currentLimit() const;

    OrgStore* m_store;
    EntityRef m_entity;
    Confirmer* m_confirmer;
    QLocale m_locale;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    Limit m_seen;
    Limit m_serverLimit; // the server's value reported by the last conflict
    QString m_readOnlyReason;
    bool m_busy = false;
    bool m_inConflict = false;

    QLabel* m_title = nullptr;
    QLabel* m_spend = nullptr;
    QLabel* m_current = nullptr;
    QLabel* m_forecast = nullptr;
    QLabel* m_resets = nullptr;
    QLabel* m_sent = nullptr;
    const CurrencyRates* m_rates = nullptr;
    QLabel* m_spendLabel = nullptr;
    MoneyEdit* m_money = nullptr;
    QCheckBox* m_noLimit = nullptr;
    QLabel* m_consequence = nullptr;
    QLabel* m_readOnly = nullptr;
    QFrame* m_conflict = nullptr;
    QLabel* m_conflictText = nullptr;
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_takeServer = nullptr;
    ErrorPanel* m_errors = nullptr;
    QProgressBar* m_progress = nullptr;
    QWidget* m_form = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
};
