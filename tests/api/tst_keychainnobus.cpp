#include "api/keychainstore.h"

#include <QTest>

#include <optional>

// Runs with no D-Bus session (DBUS_SESSION_BUS_ADDRESS and DISPLAY cleared by CMake): the keychain
// cannot be reached, and that must be a clear error, not a crash or a hang.
class tst_KeychainNoBus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qunsetenv("SPENDBOARD_API_KEY"); }

    void readFailsClearly()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("a D-Bus session is present");
        KeychainStore store;
        store.setRetryDelayMs(50);
        std::optional<Result<QString>> answer;
        store.readSecret(QStringLiteral("Work"), this, [&answer](Result<QString> r) { answer = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 45000);
        QVERIFY(!answer->ok());
        const ApiError& e = answer->error();
        QCOMPARE(e.kind(), ApiError::Kind::NoCredentials);
        QVERIFY2(e.userMessage().contains(QStringLiteral("keychain")), qPrintable(e.userMessage()));
        QVERIFY2(e.userMessage().contains(QStringLiteral("SPENDBOARD_API_KEY")), qPrintable(e.userMessage()));
        QVERIFY(!e.detail().isEmpty());
    }

    void writeFailsClearly()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("a D-Bus session is present");
        KeychainStore store;
        store.setRetryDelayMs(50);
        std::optional<Result<Done>> answer;
        store.writeSecret(QStringLiteral("Work"), QStringLiteral("sk-x"), this,
                          [&answer](Result<Done> r) { answer = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 45000);
        QVERIFY(!answer->ok());
        QVERIFY(!answer->error().userMessage().isEmpty());
        QVERIFY(!answer->error().technicalText().contains(QStringLiteral("sk-x")));
    }

    void environmentKeyWorksWithoutAKeychain()
    {
        qputenv("SPENDBOARD_API_KEY", "sk-headless");
        KeychainStore store;
        std::optional<Result<QString>> answer;
        store.readSecret(QStringLiteral("Any"), this, [&answer](Result<QString> r) { answer = std::move(r); });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->value(), QStringLiteral("sk-headless"));
        qunsetenv("SPENDBOARD_API_KEY");
    }

    void errorWords_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not found") << 1 << QStringLiteral("Entry not found") << QStringLiteral("No management key");
        QTest::newRow("denied") << 4 << QStringLiteral("denied") << QStringLiteral("refused access");
        QTest::newRow("no backend") << 5 << QStringLiteral("No keychain service available")
                                    << QStringLiteral("No system keychain is available");
        QTest::newRow("no bus") << 7 << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
                                << QStringLiteral("no D-Bus session");
        QTest::newRow("other") << 7 << QStringLiteral("boom") << QStringLiteral("The system keychain failed: boom");
    }
    void errorWords()
    {
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        // With a session bus present, the words depend on the error alone.
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        const ApiError e = KeychainStore::keychainError(code, text);
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        QCOMPARE(e.kind(), ApiError::Kind::NoCredentials);
        QVERIFY2(e.userMessage().contains(expected), qPrintable(e.userMessage()));
    }

    void missingBusIsNamedWhateverTheWords()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "");
        const ApiError e = KeychainStore::keychainError(7, QStringLiteral("The given address is empty"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        QVERIFY2(e.userMessage().contains(QStringLiteral("no D-Bus session")), qPrintable(e.userMessage()));
        QVERIFY(e.userMessage().contains(QStringLiteral("SPENDBOARD_API_KEY")));
    }
};

QTEST_GUILESS_MAIN(tst_KeychainNoBus)
#include "tst_keychainnobus.moc"
