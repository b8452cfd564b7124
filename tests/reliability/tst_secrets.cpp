// Secrets end to end. Runs inside tests/tools/with-keyring.sh (a private D-Bus session with a throwaway,
// unlocked gnome-keyring) under the test's private HOME/XDG tree. The management key is a unique marker;
// the app's flows run with every log category at debug level captured, then every file under HOME and
// every log line is searched for it. Also: the key is never offered to a plain-http remote host, to
// another host through a redirect, or over a TLS connection whose certificate is not trusted.
#include "reliabilitysupport.h"

#include "alerts/thresholdmonitor.h"
#include "api/keychainstore.h"
#include "api/profilestore.h"
#include "settings/appsettings.h"
#include "store/auditlog.h"
#include "store/diskcache.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using Kind = ApiError::Kind;

namespace {

const QString kMarker = QStringLiteral("sk-spendboard-test-SECRET-1234567890");

// Every form the key could take in a file or a log line: text in common encodings, base64 (as QSettings
// writes byte arrays), the HTTP header, and a tail that survives truncation.
QList<QPair<QString, QByteArray>> leakForms()
{
    const QByteArray utf8 = kMarker.toUtf8();
    QByteArray utf16le;
    QByteArray utf16be;
    for (QChar c : kMarker) {
        utf16le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    auto b64 = [](const QByteArray& b) {
        return b.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
    };
    return {
        {QStringLiteral("utf-8"), utf8},
        {QStringLiteral("utf-16le"), utf16le},
        {QStringLiteral("utf-16be"), utf16be},
        {QStringLiteral("base64"), b64(utf8)},
        {QStringLiteral("base64url"), utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
        {QStringLiteral("Bearer header"), QByteArrayLiteral("Bearer ") + utf8},
        {QStringLiteral("tail"), QByteArrayLiteral("SECRET-1234567890")}};
}

// The name of the form of the key found in `data`, or empty.
QString leakIn(const QByteArray& data)
{
    for (const auto& form : leakForms()) {
        if (data.contains(form.second))
            return form.first;
    }
    return {};
}

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureAll(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "?") + QStringLiteral(": ") + message;
    }
    // Only what a reader of the test log needs goes on; the debug flood stays captured.
    const bool ours = context.category && qstrcmp(context.category, "default") == 0;
    if (g_previous && (type != QtDebugMsg && (type != QtInfoMsg || ours)))
        g_previous(type, context, message);
}

template <typename T>
std::optional<Result<T>> await(const std::function<void(std::function<void(Result<T>)>)>& call, int timeoutMs = 20'000)
{
    std::optional<Result<T>> result;
    call([&](Result<T> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return std::nullopt;
    return result;
}

// A tiny HTTP/1.1 endpoint: records every request's raw bytes and answers each with `reply`.
class RecordingServer final : public QTcpServer
{
public:
    QByteArray reply;
    QList<QByteArray> requests;

    RecordingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray& buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    if (!buffer.contains("\r\n\r\n"))
                        return;
                    requests << buffer;
                    buffer.clear();
                    socket->write(reply);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://%1:%2").arg(serverAddress().toString()).arg(serverPort())); }

private:
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace

class tst_Secrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs the with-keyring.sh wrapper (a D-Bus session with gnome-keyring)");
        QVERIFY2(QDir::homePath().contains(QStringLiteral("test-home")), "not the test's private HOME");
        qunsetenv("SPENDBOARD_API_KEY");
        QCoreApplication::setOrganizationName(QStringLiteral("Spendboard"));
        QCoreApplication::setApplicationName(QStringLiteral("Spendboard"));
        // Start from nothing of an earlier run (the keyring itself stays: it is only ever written to).
        for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                              QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation}) {
            const QString path = QStandardPaths::writableLocation(location);
            if (location == QStandardPaths::GenericConfigLocation)
                QFile::remove(path + QStringLiteral("/Spendboard/Spendboard.conf"));
            else
                QDir(path).removeRecursively();
        }
        g_previous = qInstallMessageHandler(captureAll);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    }

    void cleanupTestCase()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(g_previous);
    }

    void scannerFindsEveryForm()
    {
        // Expectation (control): the search used below finds the marker in each form it looks for, so a
        // clean result means something.
        for (const auto& form : leakForms())
            QVERIFY2(!leakIn(QByteArrayLiteral("prefix ") + form.second + QByteArrayLiteral(" suffix")).isEmpty(),
                     qPrintable(form.first));
        QVERIFY(leakIn(QByteArrayLiteral("sk-spendboard-test-nothing-here")).isEmpty());
    }

    void keyNeverLandsInFilesOrLogs()
    {
        // Expectation: with the management key = a unique marker, the app's flows (keychain store and
        // read, profile and settings saved, connect and refresh, a limit write and a refused one in the
        // audit log, alerts evaluated into the state file, the disk cache written and read back, a rejected
        // key) leave the marker in no file under HOME/XDG (in any of the searched forms), not in plain text
        // in the keyring's own files (gnome-keyring encrypts them), and in no log line although every
        // category logged at debug level.
        Simulator::Options options = frozenOrg(30, 4, 5);
        options.adminKey = kMarker;
        options.startTime = QDateTime(QDate(2026, 3, 20), QTime(10, 0), QTimeZone::utc());
        Simulator sim(options);
        QVERIFY(sim.start());

        // Settings and profile (QSettings, the app's organization and application names).
        QSettings settings;
        ProfileStore profiles(&settings);
        Profile profile;
        profile.name = QStringLiteral("Work");
        profile.baseUrl = sim.url();
        QString problem;
        QVERIFY2(profiles.add(profile, &problem), qPrintable(problem));
        QVERIFY(profiles.setCurrent(profile.name));
        settings.sync();
        {
            AppSettings app;
            app.setCurrentProfile(profile.name);
            app.setAlertThresholds({50, 80, 100});
            app.setWindowState(QByteArrayLiteral("opaque-window-state"));
            app.sync();
        }

        // The key goes into the keychain and comes back from it.
        KeychainStore keychain;
        keychain.setEnvironmentOverride(false);
        const auto stored = await<Done>([&](auto done) { keychain.writeSecret(profile.name, kMarker, this, done); });
        QVERIFY(stored.has_value());
        QVERIFY2(stored->ok(), qPrintable(stored->error().technicalText()));
        const auto read = await<QString>([&](auto done) { keychain.readSecret(profile.name, this, done); });
        QVERIFY(read.has_value() && read->ok());
        QCOMPARE(read->value(), kMarker);

        // Connect and refresh with it; writes, alerts, cache.
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString cachePath =
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/work.json");
        const QString auditPath = dataDir + QStringLiteral("/audit-work.jsonl");
        const QString statePath = dataDir + QStringLiteral("/alerts-work.json");
        {
            QNetworkAccessManager nam;
            ManagementApi api(&nam);
            api.setBaseUrl(profiles.current()->baseUrl);
            api.setApiKey(read->value());
            SimulatorClock clock(&sim);
            OrgStore store(&api, clock);
            store.setProfileName(profile.name);
            store.setCachePath(cachePath);
            AuditLog audit(auditPath);
            store.setAuditLog(&audit);
            ThresholdMonitor monitor;
            monitor.setStatePath(statePath);
            connect(&store, &OrgStore::snapshotChanged, &monitor,
                    [&] { monitor.evaluate(store.snapshot(), store.asOf()); });
            QSignalSpy raised(&monitor, &ThresholdMonitor::alertsRaised);

            QVERIFY(runRefresh(store).value_or(false));
            const QString id = sim.keyIds().at(5);
            const Limit seen = store.key(id)->limit;
            const auto ok = await<ApiKey>(
                [&](auto done) { store.setKeyLimit(id, Limit::of(Money::fromDollars(4321)), seen, this, done); });
            QVERIFY(ok.has_value() && ok->ok());
            const auto conflict = await<ApiKey>([&](auto done) {
                store.setKeyLimit(id, Limit::of(Money::fromDollars(99)), seen, this, done); // stale "seen"
            });
            QVERIFY(conflict.has_value());
            QCOMPARE(conflict->error().kind(), Kind::Conflict);
            QCOMPARE(audit.count(), 2);
            sim.advance(6 * 3600);
            QVERIFY(runRefresh(store).value_or(false));
            QVERIFY(!raised.isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(!store.cache()->isSaving(), 10'000);

            // The key is revoked: the failure is reported and logged without the key.
            sim.revokeKey(kMarker);
            const std::optional<bool> refused = runRefresh(store);
            QVERIFY(refused.has_value() && !*refused);
            QVERIFY(!store.lastError().technicalText().contains(kMarker));
            QVERIFY(!store.lastError().userMessage().contains(kMarker));
        }
        {
            // The next start reads the cache back.
            QNetworkAccessManager nam;
            ManagementApi api(&nam);
            SimulatorClock clock(&sim);
            OrgStore store(&api, clock);
            store.setCachePath(cachePath);
            QVERIFY(store.loadCache());
            QCOMPARE(store.keys().size(), sim.keyCount());
        }

        // Every file under the private HOME (the XDG dirs are inside it).
        const QString keyrings =
            QDir::cleanPath(qEnvironmentVariable("XDG_DATA_HOME", QDir::homePath() + QStringLiteral("/.local/share")) +
                            QStringLiteral("/keyrings"));
        QStringList scanned;
        int keyringFiles = 0;
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString leak = leakIn(f.readAll());
            QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("%1 holds the key (%2)").arg(path, leak)));
            scanned << path;
            if (path.startsWith(keyrings + u'/'))
                ++keyringFiles;
        }
        qInfo("scanned %lld files under %s (%d of the keyring)", qint64(scanned.size()), qPrintable(QDir::homePath()),
              keyringFiles);
        // The scan covered what the flows wrote (else a clean result proves nothing).
        for (const QString& expected : {cachePath, auditPath, statePath, settings.fileName()})
            QVERIFY2(scanned.contains(QDir::cleanPath(expected)),
                     qPrintable(expected + QStringLiteral(" not scanned")));
        QVERIFY2(keyringFiles > 0, "the keyring's file was not found: was the key stored at all?");
        QVERIFY(QFileInfo(auditPath).size() > 0 && QFileInfo(statePath).size() > 0);

        // Every log line, debug included.
        QMutexLocker lock(&g_logMutex);
        const QStringList log = g_log;
        lock.unlock();
        int apiDebug = 0;
        int serverSide = 0;
        for (const QString& line : log) {
            // The in-process simulator is the server: QHttpServer's own debug output prints the request
            // headers it received. That is the server's log, not the client's (the app runs a server only for
            // --demo, which never sees the user's key), so it is counted and reported, not failed.
            if (line.startsWith(QLatin1String("qt.httpserver")) || line.startsWith(QLatin1String("spendboard.sim"))) {
                serverSide += leakIn(line.toUtf8()).isEmpty() ? 0 : 1;
                continue;
            }
            QVERIFY2(leakIn(line.toUtf8()).isEmpty(), qPrintable(line));
            if (line.startsWith(QLatin1String("spendboard.api: ")) && line.contains(QLatin1String("->")))
                ++apiDebug;
        }
        qInfo("searched %lld log lines (%d request lines of spendboard.api at debug level); %d lines of the "
              "in-process server's own debug output (qt.httpserver) show the request headers",
              qint64(log.size()), apiDebug, serverSide);
        QVERIFY2(apiDebug > 0, "debug logging was not captured");
    }

    void plainHttpToRemoteHostIsRefused()
    {
        // Expectation: a base URL with plain http:// to a host that is not loopback is refused before any
        // request is made (Kind::Insecure, no request created), with a message saying to use https; a
        // profile with such an address is refused too.
        CountingNam nam;
        ManagementApi api(&nam);
        api.setBaseUrl(QUrl(QStringLiteral("http://spendboard.example:8080")));
        api.setApiKey(kMarker);
        FixedClock clock(QDateTime(QDate(2026, 3, 20), QTime(10, 0), QTimeZone::utc()));
        OrgStore store(&api, clock);
        const std::optional<bool> ok = runRefresh(store);
        QVERIFY(ok.has_value());
        QVERIFY(!*ok);
        QCOMPARE(store.lastError().kind(), Kind::Insecure);
        QCOMPARE(nam.created, 0);
        QVERIFY2(store.lastError().userMessage().contains(QStringLiteral("https://")),
                 qPrintable(store.lastError().userMessage()));
        QVERIFY(!store.lastError().technicalText().contains(kMarker));

        Profile remote;
        remote.name = QStringLiteral("Remote");
        remote.baseUrl = QUrl(QStringLiteral("http://spendboard.example"));
        QVERIFY(!ProfileStore::validate(remote).isEmpty());
    }

    void redirectToAnotherHostDoesNotCarryTheKey()
    {
        // Expectation: the server answers 302 to another host (127.0.0.2): the refresh fails with
        // Kind::Insecure (HTTP 302) and the other host never receives the Authorization header or the key;
        // the first host did receive it (the control).
        RecordingServer other;
        if (!other.listen(QHostAddress(QStringLiteral("127.0.0.2"))))
            QSKIP("127.0.0.2 is not available as a second loopback host");
        other.reply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                      "Connection: close\r\n\r\n{}";
        RecordingServer redirector;
        QVERIFY(redirector.listen(QHostAddress::LocalHost));
        redirector.reply = "HTTP/1.1 302 Found\r\nLocation: " + other.url().toString().toLatin1() +
                           "/v1/manage/apikey/self\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

        QNetworkAccessManager nam;
        ManagementApi api(&nam);
        api.setBaseUrl(redirector.url());
        api.setApiKey(kMarker);
        api.setOptions(fastApiOptions(1));
        FixedClock clock(QDateTime(QDate(2026, 3, 20), QTime(10, 0), QTimeZone::utc()));
        OrgStore store(&api, clock);
        const std::optional<bool> ok = runRefresh(store);
        QVERIFY(ok.has_value());
        QVERIFY(!*ok);
        QCOMPARE(store.lastError().kind(), Kind::Insecure);
        QCOMPARE(store.lastError().httpStatus(), 302);
        QVERIFY(!redirector.requests.isEmpty());
        QVERIFY(redirector.requests.first().contains(QByteArray(QByteArrayLiteral("Bearer ") + kMarker.toUtf8())));
        for (const QByteArray& request : std::as_const(other.requests)) {
            QVERIFY2(leakIn(request).isEmpty(), request.constData());
            QVERIFY(!request.toLower().contains("authorization:"));
        }
        qInfo("redirect: %lld request(s) at the first host, %lld at the other", qint64(redirector.requests.size()),
              qint64(other.requests.size()));
    }

    void untrustedCertificateIsRefused()
    {
        // Expectation: https to a loopback server with a self-signed certificate fails with Kind::Tls and a
        // message about the certificate; the handshake is refused, so no HTTP request (and no key) reaches
        // the server.
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                       QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0)
            QSKIP("openssl could not make a test certificate");
        QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
        QVERIFY(!config.localCertificate().isNull() && !config.privateKey().isNull());

        QSslServer server;
        server.setSslConfiguration(config);
        int connections = 0;
        QByteArray received;
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [&, socket] { received += socket->readAll(); });
            }
        });
        QSignalSpy handshakes(&server, &QSslServer::startedEncryptionHandshake);
        QVERIFY(server.listen(QHostAddress::LocalHost));

        QNetworkAccessManager nam;
        ManagementApi api(&nam);
        api.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
        api.setApiKey(kMarker);
        api.setOptions(fastApiOptions(1));
        FixedClock clock(QDateTime(QDate(2026, 3, 20), QTime(10, 0), QTimeZone::utc()));
        OrgStore store(&api, clock);
        const std::optional<bool> ok = runRefresh(store);
        QVERIFY(ok.has_value());
        QVERIFY(!*ok);
        QCOMPARE(store.lastError().kind(), Kind::Tls);
        QVERIFY2(store.lastError().userMessage().contains(QStringLiteral("certificate")),
                 qPrintable(store.lastError().userMessage()));
        QVERIFY(handshakes.size() >= 1); // the client did reach the server
        QVERIFY(received.isEmpty());
        QCOMPARE(connections, 0); // no handshake completed
        qInfo() << "TLS refusal:" << store.lastError().technicalText();
    }
};

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
