// File → Month-close pack against a store loaded from the simulator: the folder comes through the
// FileChooser seam, the pack is written on a worker, its numbers are the store's, the message says
// whether the change log verifies, and a folder that cannot be created is reported in plain words.
#include "simsession.h"

#include "history/localhistory.h"
#include "history/monthclose.h"
#include "store/auditlog.h"
#include "window/filechooser.h"
#include "window/monthclosecontroller.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace {

class AnsweringChooser final : public FileChooser
{
public:
    QString answer;
    int asked = 0;
    void chooseSaveFile(QWidget*, const QString&, const QString&, const QString&, Answer a) override { a(answer); }
    void chooseDirectory(QWidget*, const QString&, Answer a) override
    {
        ++asked;
        a(answer);
    }
};

QHash<QString, QString> keySpend(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QStringList header = lines.takeFirst().split(u',');
    const int spend = int(header.indexOf(QStringLiteral("spend")));
    QHash<QString, QString> out;
    for (const QString& line : lines) {
        const QStringList cells = line.split(u',');
        out.insert(cells.first(), cells.value(spend));
    }
    return out;
}

} // namespace

class TestMonthCloseController : public QObject
{
    Q_OBJECT

private slots:
    void writesThePackOfTheStoresMonth()
    {
        QTemporaryDir dir;
        SimSession s;
        LocalHistory history(&s.store);
        QVERIFY(history.open(dir.filePath(QStringLiteral("history.sqlite"))));
        QSignalSpy recorded(&history, &LocalHistory::recorded);
        QVERIFY(s.start());
        QVERIFY(recorded.wait(20000));
        AuditLog audit(dir.filePath(QStringLiteral("audit.jsonl")));
        AuditEntry change;
        change.time = s.store.asOf().addSecs(-3600);
        change.entityKind = QStringLiteral("key");
        change.entityId = s.store.keys().first().id;
        change.action = QStringLiteral("set_limit");
        change.oldValue = QStringLiteral("10");
        change.newValue = QStringLiteral("20");
        QVERIFY(audit.append(change));

        ViewContext context;
        context.store = &s.store;
        context.history = &history;
        context.auditLog = &audit;
        QWidget window;
        MonthCloseController controller(context, &window);
        AnsweringChooser chooser;
        chooser.answer = dir.filePath(QStringLiteral("packs"));
        controller.setFileChooser(&chooser);
        QCOMPARE(controller.offeredMonths(),
                 (QList<Period>{s.store.currentPeriod().previous(), s.store.currentPeriod()}));

        QSignalSpy written(&controller, &MonthCloseController::written);
        QSignalSpy failed(&controller, &MonthCloseController::failed);
        controller.writePack(s.store.currentPeriod());
        QCOMPARE(chooser.asked, 1);
        QVERIFY(controller.isBusy()); // written on a worker
        QVERIFY(written.wait(30000));
        QCOMPARE(failed.count(), 0);
        const QString message = written.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("The change log verifies")), qPrintable(message));

        const QDir pack(dir.filePath(QStringLiteral("packs/month-close-2026-11")));
        QVERIFY(QFile::exists(pack.filePath(QStringLiteral("month-close-2026-11.pdf"))));
        for (const QString& name : MonthClose::fileNames())
            QVERIFY2(QFile::exists(pack.filePath(name)), qPrintable(name));
        const QHash<QString, QString> spend = keySpend(pack.filePath(QStringLiteral("keys.csv")));
        QCOMPARE(spend.size(), s.store.keys().size());
        for (const ApiKey& k : s.store.keys())
            QCOMPARE(spend.value(k.id), k.spend.toDecimalString());
    }

    void aFolderThatCannotBeMadeIsReported()
    {
        QTemporaryDir dir;
        SimSession s;
        LocalHistory history(&s.store);
        QVERIFY(history.open(dir.filePath(QStringLiteral("history.sqlite"))));
        QVERIFY(s.start());
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ViewContext context;
        context.store = &s.store;
        context.history = &history;
        MonthCloseController controller(context, nullptr);
        QSignalSpy failed(&controller, &MonthCloseController::failed);
        controller.writePackTo(s.store.currentPeriod(), blocker.fileName()); // a file, not a folder
        QVERIFY(failed.wait(30000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.startsWith(QStringLiteral("The month-close pack could not be written.")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("cannot be created")), qPrintable(message));
    }

    void withoutHistoryItSaysSo()
    {
        SimSession s;
        ViewContext context;
        context.store = &s.store;
        MonthCloseController controller(context, nullptr);
        QSignalSpy failed(&controller, &MonthCloseController::failed);
        controller.writePackTo(Period::ofMonth(2026, 11), QDir::tempPath());
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("usage history")));
    }
};

QTEST_MAIN(TestMonthCloseController)
#include "tst_monthclosecontroller.moc"
