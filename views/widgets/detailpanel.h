#pragma once

#include "domain/money.h"
#include "store/entityref.h"

#include <QPointer>
#include <QWidget>

class ChartTwin;
class DailyChart;
class ModelChart;
class OrgStore;
class QAction;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class SpendChart;
class SpendSeries;

// The right side of the Keys and Projects pages: the selected entity's charts (cumulative against
// its limit, per day, by model), its facts (limit, spend, forecast, headroom, labels, creator,
// expiry) and the page's action buttons. Updates in place when the store refreshes.
class DetailPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPanel(OrgStore* store, QWidget* parent = nullptr);

    void setEntity(const EntityRef& entity); // Organization = nothing selected
    EntityRef entity() const { return m_entity; }
    bool hasEntity() const { return !m_entity.isOrganization(); }
    // A button for each action, in order (the actions stay owned by the page). Secondary actions show
    // only their icon (their text is the tooltip and accessible name) so the row fits beside the table.
    void addActionButton(QAction* action, bool withText = true);
    void setEmptyText(const QString& text);

    SpendChart* spendChart() const { return m_spend; }
    DailyChart* dailyChart() const { return m_daily; }
    ModelChart* modelChart() const { return m_models; }
    // Each chart's data-table twin (a "Table" button beside the tabs) with its summary sentence.
    ChartTwin* spendTwin() const { return m_spendTwin; }
    ChartTwin* dailyTwin() const { return m_dailyTwin; }
    ChartTwin* modelsTwin() const { return m_modelsTwin; }
    QTabWidget* chartTabs() const { return m_tabs; }
    // Fact label -> value, as shown (for tests and the accessible description).
    QList<QPair<QString, QString>> facts() const { return m_facts; }
    QString title() const;

public slots:
    void reload();

private:
    void fillKeyFacts(const QString& id);
    void fillProjectFacts(const QString& id);
    void addFact(const QString& label, const QString& value, const QString& toolTip = QString());
    // An id: one long word that must not widen the panel; shown in a read-only field to select and copy.
    void addPeriodFacts(const Money& spend, const QLocale& locale);
    void addIdFact(const QString& label, const QString& id);
    void clearFacts();
    void updateTwins();

    QPointer<OrgStore> m_store;
    EntityRef m_entity;
    SpendSeries* m_series;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_title;
    QLabel* m_subtitle;
    QHBoxLayout* m_buttons;
    QFormLayout* m_form;
    QTabWidget* m_tabs;
    SpendChart* m_spend;
    DailyChart* m_daily;
    ModelChart* m_models;
    ChartTwin* m_spendTwin;
    ChartTwin* m_dailyTwin;
    ChartTwin* m_modelsTwin;
    QList<QPair<QString, QString>> m_facts;
};
