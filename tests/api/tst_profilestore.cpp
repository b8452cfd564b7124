#include "api/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_ProfileStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("spendboard.ini")); }

private slots:
    void init() { QFile::remove(path()); }

    void addListAndPersist()
    {
        {
            QSettings settings(path(), QSettings::IniFormat);
            ProfileStore store(&settings);
            QVERIFY(store.profiles().isEmpty());
            QSignalSpy current(&store, &ProfileStore::currentChanged);
            Profile work{QStringLiteral("Work"), QUrl(QStringLiteral("https://api-v2.requesty.ai")), 120};
            QString error;
            QVERIFY2(store.add(work, &error), qPrintable(error));
            QCOMPARE(store.currentName(), QStringLiteral("Work")); // the first profile becomes current
            QCOMPARE(current.size(), 1);
            QVERIFY(store.add({QStringLiteral("Demo"), QUrl(QStringLiteral("http://127.0.0.1:8080")), 60}));
            QVERIFY(store.setCurrent(QStringLiteral("Demo")));
        }
        QSettings settings(path(), QSettings::IniFormat);
        ProfileStore reloaded(&settings);
        QCOMPARE(reloaded.names(), (QStringList{QStringLiteral("Work"), QStringLiteral("Demo")}));
        QCOMPARE(reloaded.currentName(), QStringLiteral("Demo"));
        QCOMPARE(reloaded.profile(QStringLiteral("Work"))->refreshIntervalSecs, 120);
        QCOMPARE(reloaded.current()->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY(settings.childGroups().contains(QStringLiteral("profiles")));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("refresh");
        QTest::newRow("empty name") << QString() << QStringLiteral("https://x.example") << 300;
        QTest::newRow("blank name") << QStringLiteral("  ") << QStringLiteral("https://x.example") << 300;
        QTest::newRow("padded name") << QStringLiteral(" a") << QStringLiteral("https://x.example") << 300;
        QTest::newRow("control char") << QStringLiteral("a\nb") << QStringLiteral("https://x.example") << 300;
        QTest::newRow("long name") << QString(65, u'x') << QStringLiteral("https://x.example") << 300;
        QTest::newRow("plain http") << QStringLiteral("a") << QStringLiteral("http://x.example") << 300;
        QTest::newRow("no url") << QStringLiteral("a") << QString() << 300;
        QTest::newRow("password in url") << QStringLiteral("a") << QStringLiteral("https://u:pw@x.example") << 300;
        QTest::newRow("refresh too fast") << QStringLiteral("a") << QStringLiteral("https://x.example") << 5;
        QTest::newRow("duplicate") << QStringLiteral("Work") << QStringLiteral("https://x.example") << 300;
    }
    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(int, refresh);
        QSettings settings(path(), QSettings::IniFormat);
        ProfileStore store(&settings);
        QVERIFY(store.add({QStringLiteral("Work"), Profile::defaultBaseUrl(), 300}));
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QString error;
        QVERIFY(!store.add({name, QUrl(url), refresh}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(store.profiles().size(), 1);
    }

    void renameUpdateRemove()
    {
        QSettings settings(path(), QSettings::IniFormat);
        ProfileStore store(&settings);
        QVERIFY(store.add({QStringLiteral("A"), Profile::defaultBaseUrl(), 300}));
        QVERIFY(store.add({QStringLiteral("B"), Profile::defaultBaseUrl(), 300}));
        QString error;
        QVERIFY(!store.rename(QStringLiteral("A"), QStringLiteral("B"), &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QVERIFY(!store.rename(QStringLiteral("nope"), QStringLiteral("C"), &error));
        QSignalSpy current(&store, &ProfileStore::currentChanged);
        QVERIFY(store.rename(QStringLiteral("A"), QStringLiteral("Prod")));
        QCOMPARE(store.currentName(), QStringLiteral("Prod"));
        QCOMPARE(current.size(), 1);
        Profile p = *store.profile(QStringLiteral("Prod"));
        p.refreshIntervalSecs = 900;
        QVERIFY(store.update(p));
        QCOMPARE(store.profile(QStringLiteral("Prod"))->refreshIntervalSecs, 900);
        QVERIFY(store.remove(QStringLiteral("Prod")));
        QCOMPARE(store.currentName(), QStringLiteral("B")); // current falls back to what is left
        QVERIFY(!store.remove(QStringLiteral("Prod")));
        QVERIFY(!store.setCurrent(QStringLiteral("Prod")));
    }

    void junkInTheFileIsSkipped()
    {
        {
            QSettings settings(path(), QSettings::IniFormat);
            settings.beginGroup(QStringLiteral("profiles"));
            settings.beginWriteArray(QStringLiteral("list"), 3);
            settings.setArrayIndex(0);
            settings.setValue(QStringLiteral("name"), QString());
            settings.setArrayIndex(1);
            settings.setValue(QStringLiteral("name"), QStringLiteral("Ok"));
            settings.setValue(QStringLiteral("refreshIntervalSecs"), -7);
            settings.setArrayIndex(2);
            settings.setValue(QStringLiteral("name"), QStringLiteral("Ok"));
            settings.endArray();
            settings.setValue(QStringLiteral("current"), QStringLiteral("Gone"));
            settings.endGroup();
        }
        QSettings settings(path(), QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.names(), QStringList{QStringLiteral("Ok")});
        QCOMPARE(store.currentName(), QStringLiteral("Ok"));
        QCOMPARE(store.profile(QStringLiteral("Ok"))->refreshIntervalSecs, ProfileStore::kMinRefreshSecs);
    }
};

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
