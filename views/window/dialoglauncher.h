#pragma once

#include "store/entityref.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

class Confirmer;
class CurrencyRates;
class OrgStore;
class QWidget;

// Opens the admin forms (limit, new key, delete, labels, expiry) for the pages' requests, window-
// modal with open() so nothing blocks, and reports what they did in one sentence for the status bar.
class DialogLauncher final : public QObject
{
    Q_OBJECT
public:
    DialogLauncher(OrgStore* store, QWidget* parent);

    // The confirmation seam handed to the limit form (tests answer it); not owned.
    void setConfirmer(Confirmer* confirmer) { m_confirmer = confirmer; }
    // The form opened last (closed forms delete themselves, so this may be null).
    QDialog* currentDialog() const { return m_current; }
    // The display currency for the limit form's "shown as" line (not owned; may be null).
    void setCurrencyRates(const CurrencyRates* rates) { m_rates = rates; }

public slots:
    void editLimit(const EntityRef& entity);
    void createKey();
    void deleteKey(const QString& keyId);
    void editLabels(const QString& keyId);
    void editExpiry(const QString& keyId);

signals:
    // "The limit of ci-bot is now $50.00." — for the status bar.
    void reported(const QString& message);
    void keyCreated(const QString& keyId);
    void dialogOpened(QDialog* dialog);

private:
    void show(QDialog* dialog);

    OrgStore* m_store;
    const CurrencyRates* m_rates = nullptr;
    QWidget* m_parent;
    Confirmer* m_confirmer = nullptr;
    QPointer<QDialog> m_current;
};
