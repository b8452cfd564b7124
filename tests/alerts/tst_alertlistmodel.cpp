#include "alertfixtures.h"

#include "alerts/alertlistmodel.h"
#include "alerts/thresholdmonitor.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fixtures;

namespace {

Alert alert(const QString& id, const QString& name, const char* spend, const char* limit, int threshold = 80)
{
    Alert a;
    a.id = id;
    a.time = nov(10, 9);
    a.entity = EntityRef::key(id);
    a.entityName = name;
    a.thresholdPercent = threshold;
    a.spend = usd(spend);
    a.limit = usd(limit);
    a.severity = Alert::severityFor(Alert::Kind::Threshold, threshold);
    a.message = QStringLiteral("msg ") + id;
    return a;
}

// Minimal RFC 4180 reader: quoted fields with "" escapes, CRLF records.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class tst_AlertListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void newestFirstAndTester()
    {
        AlertListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlerts({alert(QStringLiteral("1"), QStringLiteral("one"), "80", "100"),
                         alert(QStringLiteral("2"), QStringLiteral("two"), "90", "100", 90)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(AlertListModel::ColumnCount));
        QCOMPARE(model.data(model.index(0, AlertListModel::EntityColumn)).toString(), QStringLiteral("two"));
        QCOMPARE(model.data(model.index(0, AlertListModel::ThresholdColumn)).toString(), QStringLiteral("90 %"));
        QCOMPARE(model.data(model.index(0, AlertListModel::SpendColumn)).toString(), QStringLiteral("$90.00"));
        QCOMPARE(model.data(model.index(0, AlertListModel::SpendColumn), AlertListModel::SortRole).toLongLong(),
                 90'000'000LL);
        QCOMPARE(model.data(model.index(0, 0), AlertListModel::SeverityRole).toInt(), int(Alert::Severity::Warning));
        QCOMPARE(model.data(model.index(1, 0), AlertListModel::EntityIdRole).toString(), QStringLiteral("key:1"));
        QCOMPARE(model.data(model.index(1, 0), AlertListModel::AlertIdRole).toString(), QStringLiteral("1"));
        QCOMPARE(model.headerData(AlertListModel::MessageColumn, Qt::Horizontal).toString(), QStringLiteral("Message"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addAlerts({alert(QStringLiteral("3"), QStringLiteral("three"), "100", "100", 100)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.alertAt(0).id, QStringLiteral("3"));
    }

    void acknowledge()
    {
        AlertListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlerts({alert(QStringLiteral("1"), QStringLiteral("one"), "80", "100"),
                         alert(QStringLiteral("2"), QStringLiteral("two"), "90", "100"),
                         alert(QStringLiteral("3"), QStringLiteral("three"), "95", "100")});
        QSignalSpy acked(&model, &AlertListModel::alertsAcknowledged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy count(&model, &AlertListModel::unacknowledgedCountChanged);
        QCOMPARE(model.unacknowledgedCount(), 3);
        QVERIFY(model.acknowledge(1));
        QVERIFY(!model.acknowledge(1)); // already
        QVERIFY(!model.acknowledge(7)); // out of range
        QCOMPARE(acked.count(), 1);
        QCOMPARE(acked.at(0).at(0).toStringList(), QStringList{QStringLiteral("2")});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QVERIFY(model.data(model.index(1, 0), AlertListModel::AcknowledgedRole).toBool());
        QCOMPARE(model.data(model.index(1, AlertListModel::AcknowledgedColumn)).toString(), QStringLiteral("Yes"));
        QCOMPARE(model.unacknowledgedCount(), 2);
        QCOMPARE(count.last().at(0).toInt(), 2);

        model.acknowledgeAll();
        QCOMPARE(acked.count(), 2);
        QStringList ids = acked.at(1).at(0).toStringList();
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
        QCOMPARE(model.unacknowledgedCount(), 0);
        model.acknowledgeAll();
        QCOMPARE(acked.count(), 2); // nothing left
    }

    void attachedToMonitor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.json"));
        {
            ThresholdMonitor m;
            m.setStatePath(path);
            m.evaluate(snapshot({key("a", "100", "85")}), nov(10));
        }
        ThresholdMonitor m;
        m.setStatePath(path);
        AlertListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.attach(&m);
        QCOMPARE(model.rowCount(), 1); // history from the file
        m.evaluate(snapshot({key("a", "100", "95"), key("b", "10", "10")}), nov(11));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.acknowledge(0));
        const QString id = model.alertAt(0).id;
        bool found = false;
        for (const Alert& a : m.state().history())
            found = found || (a.id == id && a.acknowledged);
        QVERIFY(found);
        // The acknowledgement reached the file too.
        AlertState reread;
        reread.setPath(path);
        QVERIFY(reread.load());
        int acknowledged = 0;
        for (const Alert& a : reread.history())
            acknowledged += a.acknowledged ? 1 : 0;
        QCOMPARE(acknowledged, 1);
    }

    void deferredStateIsReadOnceAndNeverRepeatsAnAlert_data()
    {
        QTest::addColumn<bool>("explicitLoad");
        QTest::newRow("loadState() after the first paint") << true;
        QTest::newRow("first evaluation reads it") << false;
    }
    void deferredStateIsReadOnceAndNeverRepeatsAnAlert()
    {
        QFETCH(bool, explicitLoad);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.json"));
        {
            ThresholdMonitor m;
            m.setStatePath(path);
            QCOMPARE(m.evaluate(snapshot({key("a", "100", "85")}), nov(10)).size(), 1);
        }
        ThresholdMonitor m;
        AlertListModel model;
        model.attach(&m);
        QSignalSpy loaded(&m, &ThresholdMonitor::stateLoaded);
        m.setStatePathDeferred(path);
        QCOMPARE(loaded.count(), 0); // not read yet
        QCOMPARE(model.rowCount(), 0);
        if (explicitLoad) {
            m.loadState();
            QCOMPARE(loaded.count(), 1);
            QCOMPARE(model.rowCount(), 1); // the history from the file
        }
        // The same spend as before the restart: the fired set came from the file, nothing repeats.
        QCOMPARE(m.evaluate(snapshot({key("a", "100", "85")}), nov(11)).size(), 0);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        m.loadState(); // nothing pending any more
        QCOMPARE(loaded.count(), 1);
        // And a new crossing is raised once, added to the history read from the file.
        QCOMPARE(m.evaluate(snapshot({key("a", "100", "95")}), nov(12)).size(), 1);
        QCOMPARE(model.rowCount(), 2);
    }

    void rowsAreCapped()
    {
        AlertListModel model;
        QList<Alert> many;
        for (int i = 0; i < AlertState::kHistoryCap; ++i)
            many << alert(QString::number(i), QStringLiteral("k"), "1", "1", 100);
        model.setAlerts(many);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.addAlerts({alert(QStringLiteral("new"), QStringLiteral("k"), "1", "1", 100)});
        QCOMPARE(model.rowCount(), AlertState::kHistoryCap);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.alertAt(0).id, QStringLiteral("new"));
        QCOMPARE(model.alertAt(model.rowCount() - 1).id, QStringLiteral("1")); // "0", the oldest, went
    }

    void exportCsv()
    {
        AlertListModel model;
        Alert tricky =
            alert(QStringLiteral("id-1"), QStringLiteral("bot, \"prod\"\nline ✓"), "402.100001", "1234567.89");
        tricky.message = QStringLiteral("=HYPERLINK(\"x\")");
        tricky.forecastDate = QDate(2026, 11, 27);
        tricky.acknowledged = true;
        Alert negative = alert(QStringLiteral("id-2"), QStringLiteral("plain"), "-3.5", "0.000001", 100);
        negative.kind = Alert::Kind::Balance;
        model.setAlerts({negative, tricky});

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(model.exportCsv(&buffer));
        const QString text = QString::fromUtf8(buffer.data());
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));
        const QList<QStringList> rows = parseCsv(text);
        QCOMPARE(rows.size(), 3);
        const QStringList header = rows[0];
        QCOMPARE(header.size(), 12);
        QCOMPARE(header.at(6), QStringLiteral("spend_usd"));
        const QStringList first = rows[1]; // newest first, as displayed: tricky
        QCOMPARE(first.size(), 12);
        QCOMPARE(first.at(0), QStringLiteral("2026-11-10T09:00:00Z"));
        QCOMPARE(first.at(1), QStringLiteral("key"));
        QCOMPARE(first.at(2), QStringLiteral("id-1"));
        QCOMPARE(first.at(3), QStringLiteral("bot, \"prod\"\nline ✓"));
        QCOMPARE(first.at(4), QStringLiteral("threshold"));
        QCOMPARE(first.at(5), QStringLiteral("80"));
        QCOMPARE(first.at(6), QStringLiteral("402.100001"));
        QCOMPARE(*Money::parse(first.at(6)), usd("402.100001"));
        QCOMPARE(first.at(7), QStringLiteral("1234567.89"));
        QCOMPARE(first.at(8), QStringLiteral("2026-11-27"));
        QCOMPARE(first.at(9), QStringLiteral("warning"));
        QCOMPARE(first.at(10), QStringLiteral("'=HYPERLINK(\"x\")")); // not a live formula
        QCOMPARE(first.at(11), QStringLiteral("true"));
        const QStringList second = rows[2];
        QCOMPARE(second.at(4), QStringLiteral("balance"));
        QCOMPARE(second.at(6), QStringLiteral("-3.50"));
        QCOMPARE(second.at(7), QStringLiteral("0.000001"));
        QCOMPARE(second.at(8), QString());
        QCOMPARE(second.at(11), QStringLiteral("false"));
    }

    void exportToAClosedDeviceFails()
    {
        AlertListModel model;
        QBuffer closed;
        QVERIFY(!model.exportCsv(&closed));
        QVERIFY(!model.exportCsv(nullptr));
    }
};

QTEST_GUILESS_MAIN(tst_AlertListModel)
#include "tst_alertlistmodel.moc"
