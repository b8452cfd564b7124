#pragma once

#include "page.h"

#include "itemmodels/spendseries.h"
#include "store/entityref.h"

class ChartTwin;
class DailyChart;
class DailySpendPanel;
class EntityChoiceModel;
class KpiTile;
class ModelChart;
class QComboBox;
class QLabel;
class SpendChart;
class SpendSeries;
class TopKeysChart;

// The dashboard: key figures (spend so far, forecast, balance, limits, keys near their limit, days
// left), the month-to-date chart of the organization or a chosen key/project against its limit, spend
// per day, the top keys and spend by model. Everything updates in place on each refresh.
class OverviewPage final : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(const ViewContext& context, QWidget* parent = nullptr);

    enum Tile { SpendTile, ForecastTile, BalanceTile, LimitsTile, NearLimitTile, DaysLeftTile, TileCount };
    KpiTile* tile(Tile which) const { return m_tiles.at(which); }
    SpendChart* spendChart() const { return m_spend; }
    DailyChart* dailyChart() const;
    DailySpendPanel* dailySpendPanel() const { return m_dailyPanel; }
    TopKeysChart* topKeysChart() const { return m_topKeys; }
    ModelChart* modelChart() const { return m_models; }
    ChartTwin* spendTwin() const { return m_spendTwin; }
    ChartTwin* topKeysTwin() const { return m_topKeysTwin; }
    ChartTwin* dailyTwin() const { return m_dailyTwin; }
    ChartTwin* modelsTwin() const { return m_modelsTwin; }
    QComboBox* entityChooser() const { return m_entityChooser; }

    // Shows the main chart for `entity` (as choosing it in the combo box would).
    void showEntity(const EntityRef& entity);
    EntityRef shownEntity() const;
    void displayCurrencyChanged() override { reload(); }

public slots:
    void reload();

private:
    void reloadTiles();
    // Offline with nothing live: spend and forecast from the local history (overviewoffline.cpp).
    void reloadOfflineTiles();
    // The month-to-date chart and its twin from the local history (with its forecast line); false when
    // live data or no history is there to show.
    bool showOfflineSpendChart();
    void reloadCharts();
    void reloadEntityChooser();
    void updatePlaceholders();
    void updateTwins(const QList<SpendSeries::TopKey>& top, const QList<QPair<QString, Money>>& byModel);
    void updateDailyTwin();

    SpendSeries* m_series;
    QList<KpiTile*> m_tiles;
    QComboBox* m_entityChooser;
    EntityChoiceModel* m_choices;
    SpendChart* m_spend;
    DailySpendPanel* m_dailyPanel;
    TopKeysChart* m_topKeys;
    ModelChart* m_models;
    ChartTwin* m_spendTwin = nullptr;
    ChartTwin* m_topKeysTwin = nullptr;
    ChartTwin* m_dailyTwin = nullptr;
    ChartTwin* m_modelsTwin = nullptr;
};
