#pragma once

#include "domain/money.h"
#include "domain/period.h"
#include "store/entityref.h"

#include <QDate>
#include <QList>

#include <QWidget>

class DailyChart;
class HistoryChart;
class LocalHistory;
class OrgStore;
class QComboBox;
class QLabel;
class QStackedWidget;

// "Spend per day" of the Overview: this month as bars, or a longer range (90 days, 12 months, all of
// the local history) as a line, read through LocalHistory so it reaches back beyond the API's window
// and still shows the last known data while the server cannot be reached. A note under the chart
// says what the data covers and when it was last synced.
class DailySpendPanel final : public QWidget
{
    Q_OBJECT
public:
    enum Range { ThisMonth, Last90Days, Last12Months, AllHistory };
    DailySpendPanel(OrgStore* store, LocalHistory* history, QWidget* parent = nullptr);

    void setEntity(const EntityRef& entity);
    void setRange(Range range);
    Range range() const;

    QComboBox* rangeChooser() const { return m_range; }
    DailyChart* dailyChart() const { return m_daily; }
    HistoryChart* historyChart() const { return m_history; }
    QLabel* note() const { return m_note; }
    // The series the visible chart shows (for its table twin and summary).
    QDate shownFrom() const;
    QList<Money> shownAmounts() const;
    // True when the visible chart shows data (not a placeholder).
    bool isShowingData() const;

public slots:
    void reload();

signals:
    void reloaded(); // the visible chart shows new data

private:
    QString noteText() const;

    OrgStore* m_store;
    LocalHistory* m_localHistory;
    EntityRef m_entity = EntityRef::org();
    Period m_shownMonth; // the month the bar chart shows
    QComboBox* m_range;
    QStackedWidget* m_stack;
    DailyChart* m_daily;
    HistoryChart* m_history;
    QLabel* m_note;
};
