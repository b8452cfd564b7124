#include "historyfixtures.h"

#include "history/runwaymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace fixtures;

namespace {

const QDateTime kNow = utc(2026, 11, 16, 12, 0);

RunwayInput input(const QString& id, Limit limit, Money spend, Money perDay,
                  EntityRef::Kind kind = EntityRef::Kind::Key)
{
    RunwayInput in;
    in.entity = EntityRef{kind, id};
    in.name = QStringLiteral("name-") + id;
    in.limit = limit;
    in.spend = spend;
    in.dailyThisMonth = QList<Money>(16, perDay);
    in.last14Days = QList<Money>(14, perDay);
    return in;
}

QList<RunwayInput> sample()
{
    RunwayInput keyInProject = input(QStringLiteral("k3"), Limit::none(), dollars("0"), dollars("10"));
    keyInProject.projectId = QStringLiteral("p1");
    keyInProject.projectName = QStringLiteral("Research");
    keyInProject.projectHeadroom = dollars("25");
    return {input(QStringLiteral("k1"), Limit::of(dollars("100")), dollars("80"), dollars("10")), // 2.0 days
            input(QStringLiteral("k2"), Limit::none(), dollars("50"), dollars("10")),             // no cap
            keyInProject,                                                                         // 2.5 days
            input(QStringLiteral("k4"), Limit::of(dollars("50")), dollars("60"), dollars("1")),   // over
            input(QStringLiteral("p1"), Limit::of(dollars("500")), dollars("475"), dollars("10"),
                  EntityRef::Kind::Project)}; // 2.5 days
}

QString text(const RunwayModel& m, const QString& id, int column, EntityRef::Kind kind = EntityRef::Kind::Key)
{
    return m.data(m.index(m.rowOf(EntityRef{kind, id}), column)).toString();
}

} // namespace

class tst_RunwayModel : public QObject
{
    Q_OBJECT
private slots:
    void firstFillSharesTheResults()
    {
        // 10 000 rows when the Runway page first opens: taken as they came, not copied row by row (the
        // GUI thread spent 27 ms on that fill, 9-14 ms now).
        RunwayModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QList<RunwayCalculator::Result> fresh = RunwayCalculator::computeAll(sample(), kNow);
        model.setResults(fresh);
        QCOMPARE(model.rowCount(), int(fresh.size()));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.result(fresh.last().entity), &fresh.last());
        QCOMPARE(model.rowOf(fresh.first().entity), 0);
    }

    void displaysRunway()
    {
        RunwayModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        model.setTimeZone(QTimeZone("America/New_York"));
        model.setInputs(sample(), kNow);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(RunwayModel::ColumnCount));

        QCOMPARE(text(model, QStringLiteral("k1"), RunwayModel::DaysLeft), QStringLiteral("2.0"));
        QCOMPARE(text(model, QStringLiteral("k2"), RunwayModel::DaysLeft), QStringLiteral("\u2014"));
        QCOMPARE(text(model, QStringLiteral("k3"), RunwayModel::DaysLeft), QStringLiteral("2.5"));
        QCOMPARE(text(model, QStringLiteral("k4"), RunwayModel::DaysLeft), QStringLiteral("over"));
        QCOMPARE(text(model, QStringLiteral("k1"), RunwayModel::Headroom), QStringLiteral("$20.00"));
        QCOMPARE(text(model, QStringLiteral("k4"), RunwayModel::Headroom),
                 dollars("-10").format(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(text(model, QStringLiteral("k2"), RunwayModel::Headroom), QStringLiteral("\u2014"));
        QCOMPARE(text(model, QStringLiteral("k1"), RunwayModel::BurnPerDay), QStringLiteral("$10.00"));
        QCOMPARE(text(model, QStringLiteral("k3"), RunwayModel::Project), QStringLiteral("Research"));
        QCOMPARE(text(model, QStringLiteral("p1"), RunwayModel::Entity, EntityRef::Kind::Project),
                 QStringLiteral("Project"));
        QCOMPARE(text(model, QStringLiteral("k1"), RunwayModel::Entity), QStringLiteral("Key"));
        // k3 reaches the project's cap on 19 Nov 00:00 UTC: still the 18th in New York.
        QCOMPARE(text(model, QStringLiteral("k3"), RunwayModel::LimitReachedOn),
                 QLocale(QLocale::English, QLocale::UnitedStates).toString(QDate(2026, 11, 18), QLocale::ShortFormat));
        QVERIFY(model
                    .data(model.index(model.rowOf(EntityRef::key(QStringLiteral("k3"))), RunwayModel::DaysLeft),
                          Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("project")));

        const QVariantList spark = model.data(model.index(0, RunwayModel::Spark), RunwayModel::SparkRole).toList();
        QCOMPARE(spark.size(), 14);
        QCOMPARE(spark.first().toLongLong(), dollars("10").micros());
        QCOMPARE(model.data(model.index(model.rowOf(EntityRef::key(QStringLiteral("k4"))), 0), RunwayModel::StatusRole)
                     .toInt(),
                 int(RunwayCalculator::Status::Over));
    }

    void sortsByWhatBreaksFirst()
    {
        RunwayModel model;
        model.setInputs(sample(), kNow);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RunwayModel::SortRole);
        proxy.sort(RunwayModel::DaysLeft);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.data(proxy.index(row, RunwayModel::Name)).toString());
        // Over first, then by time to the cap (k1 2.0 days before the 2.5-day pair), no cap last.
        QCOMPARE(order.first(), QStringLiteral("name-k4"));
        QCOMPARE(order.at(1), QStringLiteral("name-k1"));
        QCOMPARE(order.last(), QStringLiteral("name-k2"));
        // Headroom sorts numerically, no cap last as well.
        proxy.sort(RunwayModel::Headroom);
        QCOMPARE(proxy.data(proxy.index(0, RunwayModel::Name)).toString(), QStringLiteral("name-k4"));
        QCOMPARE(proxy.data(proxy.index(4, RunwayModel::Name)).toString(), QStringLiteral("name-k2"));
    }

    void mergesInsteadOfResetting()
    {
        RunwayModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInputs(sample(), kNow);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // The same inputs: nothing to report.
        model.setInputs(sample(), kNow);
        QCOMPARE(changed.count(), 0);

        // k1 spends more, k2 leaves, k5 arrives; the rest is unchanged.
        QList<RunwayInput> next = sample();
        next[0].spend = dollars("90");
        next.removeAt(1);
        next.append(input(QStringLiteral("k5"), Limit::of(dollars("10")), dollars("1"), dollars("1")));
        const int k3Row = model.rowOf(EntityRef::key(QStringLiteral("k3")));
        model.setInputs(next, kNow);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        const QModelIndex top = changed.first().at(0).toModelIndex();
        const QModelIndex bottom = changed.first().at(1).toModelIndex();
        QCOMPARE(top.row(), model.rowOf(EntityRef::key(QStringLiteral("k1"))));
        QCOMPARE(bottom.row(), top.row());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOf(EntityRef::key(QStringLiteral("k2"))), -1);
        QVERIFY(model.rowOf(EntityRef::key(QStringLiteral("k5"))) >= 0);
        QCOMPARE(model.rowOf(EntityRef::key(QStringLiteral("k3"))), k3Row - 1); // moved up by the removal
        QCOMPARE(text(model, QStringLiteral("k1"), RunwayModel::DaysLeft), QStringLiteral("1.0"));
    }

    void tenThousandKeys()
    {
        QList<RunwayInput> inputs;
        inputs.reserve(10000);
        for (int i = 0; i < 10000; ++i)
            inputs.append(input(QStringLiteral("key-%1").arg(i), Limit::of(Money::fromDollars(100 + i)), dollars("50"),
                                Money::fromCents(100 + i % 500)));
        RunwayModel model;
        model.setInputs(inputs, kNow);
        QCOMPARE(model.rowCount(), 10000);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        inputs[4711].spend = dollars("60");
        model.setInputs(inputs, kNow);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 4711);
        // Everything changes (a new day): one range, not 10 000 signals.
        changed.clear();
        model.setInputs(inputs, kNow.addSecs(3600));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 9999);
    }
};

QTEST_GUILESS_MAIN(tst_RunwayModel)
#include "tst_runwaymodel.moc"
