// AuditLogModel: the activity table over an AuditLog, growing with appends.
#include "itemmodels/auditlogmodel.h"
#include "store/auditlog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class tst_AuditLogModel : public QObject
{
    Q_OBJECT

    static AuditEntry entry(const QString& action, bool ok, int minute)
    {
        AuditEntry e;
        e.time = QDateTime(QDate(2026, 11, 10), QTime(9, minute), QTimeZone::utc());
        e.profile = QStringLiteral("work");
        e.entityKind = QStringLiteral("key");
        e.entityId = QStringLiteral("id-1");
        e.entityName = QStringLiteral("ci-bot");
        e.action = action;
        e.oldValue = QStringLiteral("50.00");
        e.newValue = QStringLiteral("75.00");
        e.ok = ok;
        e.error = ok ? QString() : QStringLiteral("The server did not answer.");
        return e;
    }

private slots:
    void showsEntriesAndGrows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        {
            AuditLog log(path);
            QVERIFY(log.append(entry(QStringLiteral("set_limit"), true, 1)));
        }
        AuditLog log(path);
        AuditLogModel model(&log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
        QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Set limit"));
        QCOMPARE(model.index(0, AuditLogModel::ChangeColumn).data().toString(), QStringLiteral("50.00 → 75.00"));
        QCOMPARE(model.index(0, AuditLogModel::EntityColumn).data().toString(), QStringLiteral("Key ci-bot"));
        QCOMPARE(model.index(0, AuditLogModel::ResultColumn).data().toString(), QStringLiteral("OK"));
        QCOMPARE(model.index(0, AuditLogModel::TimeColumn).data(AuditLogModel::SortRole).toLongLong(),
                 QDateTime(QDate(2026, 11, 10), QTime(9, 1), QTimeZone::utc()).toMSecsSinceEpoch());

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(log.append(entry(QStringLiteral("delete"), false, 2)));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Delete key"));
        QVERIFY(
            model.index(1, AuditLogModel::ResultColumn).data().toString().contains(QStringLiteral("did not answer")));
        QCOMPARE(model.index(1, 0).data(AuditLogModel::OkRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(AuditLogModel::EntityIdRole).toString(), QStringLiteral("id-1"));
        QCOMPARE(model.headerData(AuditLogModel::ChangeColumn, Qt::Horizontal).toString(), QStringLiteral("Change"));
    }
};

QTEST_GUILESS_MAIN(tst_AuditLogModel)
#include "tst_auditlogmodel.moc"
