#pragma once

#include "runwayinput.h"

#include "domain/money.h"
#include "store/entityref.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// How long each key and project can keep spending at its current burn before a cap stops it. Pure.
//
// The burn is computeForecast's weighted recent daily burn; the cap is the effective headroom: for a
// key the smaller of (key limit - spend) and its project's headroom, where a 0 limit is no cap.
class RunwayCalculator
{
    Q_DECLARE_TR_FUNCTIONS(RunwayCalculator)
public:
    enum class Status {
        Over,     // at or over the cap now
        Critical, // reached within 3 days, before the reset
        Warning,  // reached within 7 days, before the reset
        Ok,       // reached later this month
        Safe,     // the month resets before the cap is reached at this burn
        Idle,     // capped, but nothing is being spent
        NoCap,    // neither the entity nor its project has a limit
    };
    static constexpr int kSparkDays = 14;
    static constexpr int kCriticalDays = 3;
    static constexpr int kWarningDays = 7;

    struct Result
    {
        EntityRef entity;
        QString name;
        QString projectId;
        QString projectName;
        std::optional<Money> headroom; // effective; nullopt = no cap; negative when over
        bool cappedByProject = false;  // the project's headroom is the smaller one
        Money burnPerDay;
        std::optional<qint64> daysLeftTenths; // nullopt = no cap or no burn; 0 when over
        QDateTime limitReachedAt;             // UTC; invalid = no cap or no burn; now when over
        Status status = Status::NoCap;
        QList<Money> spark; // the last 14 days, oldest first
        // Orders "what breaks first" ascending: over (the most over first) < by time to the cap <
        // idle < no cap.
        qint64 rank = 0;

        bool operator==(const Result& o) const;
        bool operator!=(const Result& o) const { return !(*this == o); }
    };

    static Result compute(const RunwayInput& input, const QDateTime& nowUtc);
    static QList<Result> computeAll(const QList<RunwayInput>& inputs, const QDateTime& nowUtc);
    // Ranks ascending, ties by name then id: a stable "what breaks first" order.
    static void sortByRunway(QList<Result>& results);
    static QString statusText(Status status);
};
