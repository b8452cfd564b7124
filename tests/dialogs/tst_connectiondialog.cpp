// ConnectionDialog: https-only (http for loopback), Test Connection against the simulator with an admin
// and a read key, profiles saved with the key in the secret store only, renamed and removed.
#include "dialogtestrig.h"

#include "dialogs/connectiondialog.h"
#include "dialogs/errorpanel.h"

#include "api/memorysecretstore.h"
#include "api/profilestore.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

namespace {

struct Profiles
{
    Profiles()
        : settings(dir.filePath(QStringLiteral("spendboard.ini")), QSettings::IniFormat)
    {}
    QTemporaryDir dir;
    QSettings settings;
    ProfileStore profiles{&settings};
    MemorySecretStore secrets;
    QNetworkAccessManager nam;
};

QString stored(MemorySecretStore& secrets, const QString& profile)
{
    QString value;
    bool done = false;
    QObject context;
    secrets.readSecret(profile, &context, [&](const Result<QString>& r) {
        value = r ? r.value() : QString();
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, 5'000))
        return QStringLiteral("<no answer>");
    return value;
}

} // namespace

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void urlRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("problemPart"); // empty = accepted
        QTest::newRow("default") << QStringLiteral("https://api-v2.requesty.ai") << QString();
        QTest::newRow("no scheme means https") << QStringLiteral("api-v2.staging.requesty.ai") << QString();
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << QString();
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << QString();
        QTest::newRow("http remote") << QStringLiteral("http://api-v2.requesty.ai") << QStringLiteral("unencrypted");
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.20") << QStringLiteral("unencrypted");
        QTest::newRow("garbage") << QStringLiteral("https://") << QStringLiteral("not a server address");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << QStringLiteral("not a server address");
    }

    void urlRules()
    {
        QFETCH(QString, url);
        QFETCH(QString, problemPart);
        Profiles p;
        ConnectionDialog dlg(&p.profiles, &p.secrets, &p.nam);
        dlg.show();
        dlg.nameEdit()->setText(QStringLiteral("Test"));
        dlg.keyEdit()->setText(QStringLiteral("secret-key"));
        dlg.urlEdit()->setText(url);
        if (problemPart.isEmpty()) {
            QVERIFY2(dlg.urlProblem().isEmpty(), qPrintable(dlg.urlProblem()));
            QVERIFY(!dlg.urlProblemLabel()->isVisible());
            QVERIFY(dlg.saveButton()->isEnabled());
            QVERIFY(dlg.testButton()->isEnabled());
        } else {
            QVERIFY2(dlg.urlProblem().contains(problemPart), qPrintable(dlg.urlProblem()));
            QVERIFY(dlg.urlProblemLabel()->isVisible());
            QVERIFY(!dlg.saveButton()->isEnabled());
            QVERIFY(!dlg.testButton()->isEnabled());
        }
    }

    void keyFieldIsMasked()
    {
        Profiles p;
        ConnectionDialog dlg(&p.profiles, &p.secrets, &p.nam);
        QCOMPARE(dlg.keyEdit()->echoMode(), QLineEdit::Password);
    }

    void testConnection_data()
    {
        QTest::addColumn<bool>("admin");
        QTest::addColumn<QString>("expected");
        QTest::newRow("admin key") << true << QStringLiteral("can edit");
        QTest::newRow("read key") << false << QStringLiteral("read only");
    }

    void testConnection()
    {
        QFETCH(bool, admin);
        QFETCH(QString, expected);
        Simulator sim(smallOrg());
        QVERIFY(sim.start());
        Profiles p;
        ConnectionDialog dlg(&p.profiles, &p.secrets, &p.nam);
        dlg.show();
        QSignalSpy tested(&dlg, &ConnectionDialog::connectionTested);
        dlg.nameEdit()->setText(QStringLiteral("Local"));
        dlg.urlEdit()->setText(sim.url().toString());
        dlg.keyEdit()->setText(admin ? sim.adminKey() : sim.readKey());
        QTest::mouseClick(dlg.testButton(), Qt::LeftButton);
        QVERIFY(dlg.isBusy());
        QVERIFY(tested.wait(15'000));
        QCOMPARE(tested.first().at(0).toBool(), true);
        const QString text = dlg.testResult();
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Connected to “")), qPrintable(text));
        QVERIFY(!dlg.errorPanel()->isVisible());
        // Testing saves nothing.
        QVERIFY(p.profiles.names().isEmpty());
    }

    void testConnectionWrongKey()
    {
        Simulator sim(smallOrg());
        QVERIFY(sim.start());
        Profiles p;
        ConnectionDialog dlg(&p.profiles, &p.secrets, &p.nam);
        dlg.show();
        QSignalSpy tested(&dlg, &ConnectionDialog::connectionTested);
        dlg.nameEdit()->setText(QStringLiteral("Local"));
        dlg.urlEdit()->setText(sim.url().toString());
        dlg.keyEdit()->setText(QStringLiteral("not-a-key"));
        dlg.testConnection();
        QVERIFY(tested.wait(15'000));
        QCOMPARE(tested.first().at(0).toBool(), false);
        QVERIFY(dlg.errorPanel()->isVisible());
        QVERIFY(!dlg.errorPanel()->message().isEmpty());
        QVERIFY(!dlg.errorPanel()->message().contains(QStringLiteral("not-a-key")));
        QCOMPARE(dlg.keyEdit()->text(), QStringLiteral("not-a-key")); // kept for correction
    }

    void savesProfileKeyOnlyInSecretStore()
    {
        Simulator sim(smallOrg());
        QVERIFY(sim.start());
        Profiles p;
        ConnectionDialog dlg(&p.profiles, &p.secrets, &p.nam);
        dlg.show();
        QSignalSpy saved(&dlg, &ConnectionDialog::profileSaved);
        dlg.nameEdit()->setText(QStringLiteral("Simulator"));
        dlg.urlEdit()->setText(sim.url().toString());
        dlg.keyEdit()->setText(sim.adminKey());
        QTest::mouseClick(dlg.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(5'000));
        QCOMPARE(saved.first().first().toString(), QStringLiteral("Simulator"));
        QVERIFY(p.profiles.contains(QStringLiteral("Simulator")));
        QCOMPARE(p.profiles.profile(QStringLiteral("Simulator"))->baseUrl, sim.url());
        QCOMPARE(stored(p.secrets, QStringLiteral("Simulator")), sim.adminKey());
        QVERIFY(dlg.keyEdit()->text().isEmpty()); // cleared after saving
        QCOMPARE(dlg.editingProfile(), QStringLiteral("Simulator"));
        p.settings.sync();
        QFile ini(p.settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray content = ini.readAll();
        QVERIFY(content.contains("Simulator"));
        QVERIFY(!content.contains(sim.adminKey().toUtf8()));

        // A stored profile tests with its stored key.
        QSignalSpy tested(&dlg, &ConnectionDialog::connectionTested);
        dlg.testConnection();
        QVERIFY(tested.wait(15'000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(dlg.errorPanel()->message()));
    }

    void renamesAndRemoves()
    {
        Profiles p;
        ConnectionDialog dlg(&p.profiles, &p.secrets, &p.nam);
        QSignalSpy saved(&dlg, &ConnectionDialog::profileSaved);
        dlg.nameEdit()->setText(QStringLiteral("Prod"));
        dlg.keyEdit()->setText(QStringLiteral("k-prod"));
        dlg.saveProfile();
        QVERIFY(saved.wait(5'000));

        dlg.nameEdit()->setText(QStringLiteral("Production"));
        dlg.saveProfile();
        QVERIFY(saved.wait(5'000));
        QCOMPARE(p.profiles.names(), QStringList{QStringLiteral("Production")});
        QCOMPARE(stored(p.secrets, QStringLiteral("Production")), QStringLiteral("k-prod"));
        QCOMPARE(stored(p.secrets, QStringLiteral("Prod")), QString());

        // A second profile under an existing name is refused in plain words.
        dlg.selectProfile(QString());
        dlg.nameEdit()->setText(QStringLiteral("Production"));
        dlg.keyEdit()->setText(QStringLiteral("other"));
        dlg.saveProfile();
        QVERIFY(dlg.errorPanel()->message().contains(QStringLiteral("already exists")));

        FakeConfirmer confirmer;
        confirmer.answer = false;
        dlg.setConfirmer(&confirmer);
        dlg.selectProfile(QStringLiteral("Production"));
        QSignalSpy removed(&dlg, &ConnectionDialog::profileRemoved);
        dlg.removeProfile();
        QCOMPARE(confirmer.questions.size(), 1);
        QVERIFY(p.profiles.contains(QStringLiteral("Production")));
        confirmer.answer = true;
        dlg.removeProfile();
        QCOMPARE(removed.count(), 1);
        QVERIFY(p.profiles.names().isEmpty());
        QTRY_COMPARE(stored(p.secrets, QStringLiteral("Production")), QString());
        QCOMPARE(dlg.profileList()->count(), 0);
    }
};

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
