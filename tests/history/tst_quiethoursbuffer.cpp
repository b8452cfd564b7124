#include "historyfixtures.h"

#include "alerts/alert.h"
#include "history/quiethoursbuffer.h"

#include <QTest>

using namespace fixtures;
using Event = QuietHoursBuffer::Event;

namespace {

Alert alert(const QString& id, const EntityRef& entity, Alert::Kind kind, int percent)
{
    Alert a;
    a.id = id;
    a.entity = entity;
    a.kind = kind;
    a.thresholdPercent = percent;
    return a;
}

} // namespace

class tst_QuietHoursBuffer : public QObject
{
    Q_OBJECT
private slots:
    void emptyHasNoSummary()
    {
        QuietHoursBuffer buffer;
        QVERIFY(buffer.isEmpty());
        QVERIFY(buffer.summary().isEmpty());
    }

    void summarizesAlerts()
    {
        QuietHoursBuffer buffer;
        buffer.add(alert(QStringLiteral("a1"), EntityRef::key(QStringLiteral("k1")), Alert::Kind::Threshold, 80));
        buffer.add(alert(QStringLiteral("a2"), EntityRef::key(QStringLiteral("k2")), Alert::Kind::Threshold, 80));
        buffer.add(alert(QStringLiteral("a3"), EntityRef::key(QStringLiteral("k3")), Alert::Kind::Threshold, 80));
        buffer.add(alert(QStringLiteral("a4"), EntityRef::key(QStringLiteral("k1")), Alert::Kind::Threshold, 100));
        QCOMPARE(buffer.count(), 4);
        QCOMPARE(buffer.alertIds(),
                 (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"), QStringLiteral("a4")}));
        QCOMPARE(buffer.summary(), QStringLiteral("While quiet hours were on: 3 keys crossed 80 %, 1 key reached its "
                                                  "limit."));
    }

    void countsEachEntityOnce_data()
    {
        QTest::addColumn<QList<QuietHoursBuffer::Item>>("items");
        QTest::addColumn<QString>("summary");
        using Item = QuietHoursBuffer::Item;
        const EntityRef k1 = EntityRef::key(QStringLiteral("k1"));
        const EntityRef k2 = EntityRef::key(QStringLiteral("k2"));
        const EntityRef p1 = EntityRef::project(QStringLiteral("p1"));
        QTest::newRow("same key twice") << QList<Item>{{{}, k1, Event::Threshold, 50}, {{}, k1, Event::Threshold, 50}}
                                        << QStringLiteral("While quiet hours were on: 1 key crossed 50 %.");
        QTest::newRow("thresholds by percent")
            << QList<Item>{{{}, k1, Event::Threshold, 90}, {{}, k2, Event::Threshold, 50}}
            << QStringLiteral("While quiet hours were on: 1 key crossed 50 %, 1 key crossed 90 %.");
        QTest::newRow("keys before projects")
            << QList<Item>{{{}, p1, Event::LimitReached, 100},
                           {{}, k1, Event::LimitReached, 100},
                           {{}, k2, Event::LimitReached, 100}}
            << QStringLiteral("While quiet hours were on: 2 keys reached their limit, 1 project reached its limit.");
        QTest::newRow("organization")
            << QList<Item>{{{}, EntityRef::org(), Event::Balance, 0}, {{}, k1, Event::Forecast, 100}}
            << QStringLiteral("While quiet hours were on: 1 key is on course to exceed its limit, the organization's "
                              "balance ran low.");
    }
    void countsEachEntityOnce()
    {
        QFETCH(QList<QuietHoursBuffer::Item>, items);
        QFETCH(QString, summary);
        QuietHoursBuffer buffer;
        for (const auto& item : items)
            buffer.add(item);
        QCOMPARE(buffer.summary(), summary);
    }

    void takeSummaryEmpties()
    {
        QuietHoursBuffer buffer;
        buffer.add(alert(QStringLiteral("a"), EntityRef::project(QStringLiteral("p")), Alert::Kind::Budget, 80));
        QCOMPARE(buffer.takeSummary(),
                 QStringLiteral("While quiet hours were on: 1 project crossed 80 % of its budget."));
        QVERIFY(buffer.isEmpty());
        QVERIFY(buffer.takeSummary().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_QuietHoursBuffer)
#include "tst_quiethoursbuffer.moc"
