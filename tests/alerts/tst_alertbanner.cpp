#include "alertfixtures.h"

#include "tray/alertbanner.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace fixtures;

namespace {

Alert alert(const QString& id, Alert::Severity severity, bool suppressed = false)
{
    Alert a;
    a.id = id;
    a.time = nov(10);
    a.entity = EntityRef::key(id);
    a.entityName = id;
    a.severity = severity;
    a.message = QStringLiteral("message ") + id;
    a.suppressed = suppressed;
    return a;
}

} // namespace

class tst_AlertBanner : public QObject
{
    Q_OBJECT
private slots:
    void showAndOpenOne()
    {
        QWidget window;
        auto* banner = new AlertBanner(&window);
        window.show();
        QVERIFY(banner->isHidden());
        QSignalSpy entity(banner, &AlertBanner::entityActivated);
        banner->showAlerts({alert(QStringLiteral("muted"), Alert::Severity::Critical, true)});
        QVERIFY(banner->isHidden());
        banner->showAlerts({alert(QStringLiteral("a"), Alert::Severity::Warning)});
        QVERIFY(!banner->isHidden());
        QCOMPARE(banner->text(), QStringLiteral("message a"));
        QCOMPARE(banner->property("severity").toString(), QStringLiteral("warning"));
        auto* show = banner->findChild<QPushButton*>(QStringLiteral("alertBannerShow"));
        QVERIFY(show);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(entity.count(), 1);
        QCOMPARE(entity.at(0).at(0).value<EntityRef>(), EntityRef::key(QStringLiteral("a")));
        QVERIFY(banner->isHidden());
        QVERIFY(banner->pending().isEmpty());
    }

    void severalPileUpUntilDismissed()
    {
        QWidget window;
        auto* banner = new AlertBanner(&window);
        window.show();
        QSignalSpy dismissed(banner, &AlertBanner::dismissed);
        QSignalSpy page(banner, &AlertBanner::alertsPageRequested);
        banner->showAlerts({alert(QStringLiteral("a"), Alert::Severity::Info)});
        banner->showAlerts(
            {alert(QStringLiteral("b"), Alert::Severity::Critical), alert(QStringLiteral("c"), Alert::Severity::Info)});
        QCOMPARE(banner->pending().size(), 3);
        QCOMPARE(banner->text(), QStringLiteral("3 new spending alerts. Latest: message c"));
        QCOMPARE(banner->property("severity").toString(), QStringLiteral("critical"));
        QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("alertBannerDismiss")), Qt::LeftButton);
        QCOMPARE(dismissed.count(), 1);
        QCOMPARE(page.count(), 0);
        QVERIFY(banner->isHidden());

        banner->showAlerts(
            {alert(QStringLiteral("d"), Alert::Severity::Info), alert(QStringLiteral("e"), Alert::Severity::Info)});
        QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("alertBannerShow")), Qt::LeftButton);
        QCOMPARE(page.count(), 1);
    }
};

QTEST_MAIN(tst_AlertBanner)
#include "tst_alertbanner.moc"
