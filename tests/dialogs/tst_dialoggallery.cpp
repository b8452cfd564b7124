// Renders every dialog in its main states offscreen, saves PNGs under <build>/dialog-shots for a human
// to look at, and checks what a screenshot review would catch: nothing clipped (every visible button,
// check box and single-line label gets at least its minimum size) and nothing outside the dialog.
#include "dialogtestrig.h"
#include "offlinestore.h"

#include "dialogs/connectiondialog.h"
#include "dialogs/createkeydialog.h"
#include "dialogs/deletekeydialog.h"
#include "dialogs/errorpanel.h"
#include "dialogs/expirydialog.h"
#include "dialogs/labelsdialog.h"
#include "dialogs/labelseditor.h"
#include "dialogs/limitdialog.h"
#include "dialogs/moneyedit.h"
#include "dialogs/settingsdialog.h"

#include "api/memorysecretstore.h"
#include "api/profilestore.h"
#include "settings/appsettings.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>

namespace {

QString shotDir()
{
    const QString base = qEnvironmentVariable("SPENDBOARD_TEST_BINARY_DIR", QDir::tempPath());
    const QString dir = base + QStringLiteral("/dialog-shots");
    QDir().mkpath(dir);
    return dir;
}

// Shows, lays out and grabs `w`; fails the test on clipped controls.
void shoot(QWidget& w, const QString& name)
{
    w.show();
    w.adjustSize();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCoreApplication::processEvents();
    const QImage image = w.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(shotDir() + u'/' + name + QStringLiteral(".png")));
    for (const QAbstractButton* b : w.findChildren<QAbstractButton*>()) {
        if (!b->isVisibleTo(&w) || b->text().isEmpty())
            continue;
        QVERIFY2(b->width() >= b->minimumSizeHint().width(),
                 qPrintable(name + QStringLiteral(": button clipped: ") + b->text()));
        QVERIFY2(w.rect().contains(QRect(b->mapTo(&w, QPoint()), b->size())),
                 qPrintable(name + QStringLiteral(": outside: ") + b->text()));
    }
    for (const QLabel* l : w.findChildren<QLabel*>()) {
        if (!l->isVisibleTo(&w) || l->text().isEmpty() || l->wordWrap())
            continue;
        QVERIFY2(l->width() >= l->minimumSizeHint().width(),
                 qPrintable(name + QStringLiteral(": label clipped: ") + l->text()));
    }
}

} // namespace

class tst_DialogGallery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void limitDialog()
    {
        OfflineStore offline;
        LimitDialog dlg(&offline.store, EntityRef::key(QStringLiteral("k1")));
        shoot(dlg, QStringLiteral("limit"));
        dlg.moneyEdit()->setText(QStringLiteral("12.345"));
        shoot(dlg, QStringLiteral("limit-invalid"));
        dlg.moneyEdit()->setText(QStringLiteral("300"));
        dlg.errorPanel()->showError(ApiError(ApiError::Kind::Server, 503, QStringLiteral("upstream unavailable")));
        shoot(dlg, QStringLiteral("limit-error"));
        LimitDialog project(&offline.store, EntityRef::project(QStringLiteral("p2")));
        shoot(project, QStringLiteral("limit-project-nolimit"));
        OfflineStore readOnly(false);
        LimitDialog ro(&readOnly.store, EntityRef::key(QStringLiteral("k1")));
        shoot(ro, QStringLiteral("limit-readonly"));
    }

    void limitConflict()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        const ApiKey* key = rig.findKey([](const ApiKey& k) { return k.limit.hasLimit(); });
        QVERIFY(key);
        const QString id = key->id;
        LimitDialog dlg(&rig.store, EntityRef::key(id));
        FakeConfirmer confirmer;
        dlg.setConfirmer(&confirmer);
        dlg.moneyEdit()->setText(QStringLiteral("500"));
        QNetworkAccessManager nam;
        ManagementApi other(&nam);
        other.setBaseUrl(rig.sim.url());
        other.setApiKey(rig.sim.adminKey());
        bool done = false;
        other.setKeyLimit(id, Limit::of(Money::fromDollars(600)), &other, [&](const Result<Done>&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
        dlg.show();
        dlg.save();
        QTRY_VERIFY_WITH_TIMEOUT(dlg.isInConflict(), 10'000);
        shoot(dlg, QStringLiteral("limit-conflict"));
    }

    void createKey()
    {
        DialogTestRig rig;
        QVERIFY(rig.load());
        CreateKeyDialog dlg(&rig.store);
        QTest::keyClicks(dlg.nameEdit(), QStringLiteral("nightly-batch"));
        QTest::keyClicks(dlg.limitEdit()->lineEdit(), QStringLiteral("250"));
        dlg.labelsEditor()->addRow(QStringLiteral("team"), QStringLiteral("data"));
        shoot(dlg, QStringLiteral("createkey"));
        QSignalSpy created(&dlg, &CreateKeyDialog::created);
        dlg.trySubmit();
        QVERIFY(created.wait(10'000));
        dlg.copySecret();
        shoot(dlg, QStringLiteral("createkey-secret"));
        dlg.done(QDialog::Accepted);
    }

    void keyDialogs()
    {
        OfflineStore offline;
        DeleteKeyDialog del(&offline.store, QStringLiteral("k1"));
        QTest::keyClicks(del.confirmEdit(), QStringLiteral("ci-b"));
        shoot(del, QStringLiteral("deletekey"));
        LabelsDialog labels(&offline.store, QStringLiteral("k4"));
        shoot(labels, QStringLiteral("labels"));
        ExpiryDialog expiry(&offline.store, QStringLiteral("k4"));
        shoot(expiry, QStringLiteral("expiry"));
        ExpiryDialog expired(&offline.store, QStringLiteral("k3"));
        shoot(expired, QStringLiteral("expiry-expired"));
    }

    void connectionAndSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        Profile prod;
        prod.name = QStringLiteral("Production");
        QVERIFY(profiles.add(prod));
        Profile staging;
        staging.name = QStringLiteral("Staging");
        staging.baseUrl = QUrl(QStringLiteral("https://api-v2.staging.requesty.ai"));
        QVERIFY(profiles.add(staging));
        MemorySecretStore secrets;
        ConnectionDialog conn(&profiles, &secrets, nullptr);
        conn.selectProfile(QStringLiteral("Production"));
        shoot(conn, QStringLiteral("connection"));
        conn.urlEdit()->setText(QStringLiteral("http://spend.example.com"));
        shoot(conn, QStringLiteral("connection-http-refused"));

        AppSettings app(dir.filePath(QStringLiteral("s.ini")));
        SettingsDialog prefs(&app);
        shoot(prefs, QStringLiteral("settings"));
    }
};

QTEST_MAIN(tst_DialogGallery)
#include "tst_dialoggallery.moc"
