#include "api/keychainstore.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <optional>

namespace {

template <typename T>
struct Answer
{
    std::optional<Result<T>> result;
    std::function<void(Result<T>)> callback()
    {
        return [this](Result<T> r) { result = std::move(r); };
    }
};

} // namespace

// Runs inside tests/tools/with-keyring.sh: a private D-Bus session with a throwaway unlocked
// gnome-keyring, under the test's private HOME.
class tst_Keychain : public QObject
{
    Q_OBJECT

    KeychainStore m_store;

    Result<QString> read(const QString& profile)
    {
        Answer<QString> a;
        m_store.readSecret(profile, this, a.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(a.result.has_value(), 20000); }();
        return a.result.value_or(Result<QString>(ApiError(ApiError::Kind::Timeout)));
    }
    Result<Done> write(const QString& profile, const QString& secret)
    {
        Answer<Done> a;
        m_store.writeSecret(profile, secret, this, a.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(a.result.has_value(), 20000); }();
        return a.result.value_or(Result<Done>(ApiError(ApiError::Kind::Timeout)));
    }
    Result<Done> remove(const QString& profile)
    {
        Answer<Done> a;
        m_store.deleteSecret(profile, this, a.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(a.result.has_value(), 20000); }();
        return a.result.value_or(Result<Done>(ApiError(ApiError::Kind::Timeout)));
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs the with-keyring.sh wrapper (a D-Bus session with gnome-keyring)");
        qunsetenv("SPENDBOARD_API_KEY");
    }

    void roundTrip()
    {
        const QString secret = QStringLiteral("sk-roundtrip-4f1c9a7e");
        const Result<Done> written = write(QStringLiteral("Work"), secret);
        QVERIFY2(written.ok(), qPrintable(written.error().technicalText()));
        const Result<QString> back = read(QStringLiteral("Work"));
        QVERIFY2(back.ok(), qPrintable(back.error().technicalText()));
        QCOMPARE(back.value(), secret);

        QVERIFY(write(QStringLiteral("Work"), QStringLiteral("sk-replaced")).ok());
        QCOMPARE(read(QStringLiteral("Work")).value(), QStringLiteral("sk-replaced"));

        QVERIFY(remove(QStringLiteral("Work")).ok());
        const Result<QString> gone = read(QStringLiteral("Work"));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind(), ApiError::Kind::NoCredentials);
        QCOMPARE(gone.error().userMessage(), QStringLiteral("No management key is stored for this profile."));
        QVERIFY(remove(QStringLiteral("Work")).ok()); // deleting nothing is fine
    }

    void profilesAreSeparate()
    {
        QVERIFY(write(QStringLiteral("A"), QStringLiteral("sk-a")).ok());
        QVERIFY(write(QStringLiteral("B"), QStringLiteral("sk-b")).ok());
        QCOMPARE(read(QStringLiteral("A")).value(), QStringLiteral("sk-a"));
        QCOMPARE(read(QStringLiteral("B")).value(), QStringLiteral("sk-b"));
        QVERIFY(remove(QStringLiteral("A")).ok());
        QVERIFY(remove(QStringLiteral("B")).ok());
    }

    void moveForARenamedProfile()
    {
        QVERIFY(write(QStringLiteral("Old"), QStringLiteral("sk-moving")).ok());
        Answer<Done> moved;
        m_store.moveSecret(QStringLiteral("Old"), QStringLiteral("New"), this, moved.callback());
        QTRY_VERIFY_WITH_TIMEOUT(moved.result.has_value(), 20000);
        QVERIFY2(moved.result->ok(), qPrintable(moved.result->error().technicalText()));
        QCOMPARE(read(QStringLiteral("New")).value(), QStringLiteral("sk-moving"));
        QCOMPARE(read(QStringLiteral("Old")).error().kind(), ApiError::Kind::NoCredentials);
        QVERIFY(remove(QStringLiteral("New")).ok());
    }

    void emptySecretIsRefused()
    {
        const Result<Done> r = write(QStringLiteral("Work"), QStringLiteral("  "));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::BadRequest);
    }

    void environmentOverride()
    {
        QVERIFY(write(QStringLiteral("Work"), QStringLiteral("sk-from-keychain")).ok());
        qputenv("SPENDBOARD_API_KEY", " sk-from-env \n");
        QCOMPARE(read(QStringLiteral("Work")).value(), QStringLiteral("sk-from-env"));
        QCOMPARE(read(QStringLiteral("Unknown")).value(), QStringLiteral("sk-from-env"));
        m_store.setEnvironmentOverride(false);
        QCOMPARE(read(QStringLiteral("Work")).value(), QStringLiteral("sk-from-keychain"));
        m_store.setEnvironmentOverride(true);
        qunsetenv("SPENDBOARD_API_KEY");
        QCOMPARE(read(QStringLiteral("Work")).value(), QStringLiteral("sk-from-keychain"));
        QVERIFY(remove(QStringLiteral("Work")).ok());
    }

    void secretNeverLandsInPlainFiles()
    {
        const QByteArray secret = "sk-plaintext-probe-93b1";
        QVERIFY(write(QStringLiteral("Probe"), QString::fromLatin1(secret)).ok());
        QCOMPARE(read(QStringLiteral("Probe")).value(), QString::fromLatin1(secret));
        // Everything under the private HOME (settings, caches, the keyring's own encrypted file).
        int files = 0;
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() > 16 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
        }
        QVERIFY(files > 0); // the keyring file at least
        QVERIFY(remove(QStringLiteral("Probe")).ok());
    }
};

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
