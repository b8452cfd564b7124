// spendboard-sim: the management-API simulator as a standalone server.
#include "simjson.h"
#include "simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimeZone>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

// SIGINT/SIGTERM end the event loop cleanly: the handler only writes a byte, the loop does the rest.
void quitOnSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[1], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
} // namespace
#else
namespace {
void quitOnSignals(QCoreApplication&)
{
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
}
} // namespace
#endif

namespace {
int fail(const QString& message)
{
    std::fprintf(stderr, "spendboard-sim: %s\n", qPrintable(message));
    return 2;
}

bool readRate(const QCommandLineParser& parser, const QString& name, double* out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *out = parser.value(name).toDouble(&ok);
    return ok && *out >= 0.0 && *out <= 1.0;
}

bool readInt(const QCommandLineParser& parser, const QString& name, int min, int max, int* out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *out = parser.value(name).toInt(&ok);
    return ok && *out >= min && *out <= max;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spendboard-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPENDBOARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local stand-in for the Requesty management API (Gen 2) with Spendboard's project endpoints."));
    parser.addHelpOption();
    parser.addVersionOption();
    auto opt = [&parser](const char* name, const char* description, const char* valueName = nullptr) {
        QCommandLineOption option(QString::fromLatin1(name), QString::fromLatin1(description));
        if (valueName)
            option.setValueName(QString::fromLatin1(valueName));
        parser.addOption(option);
    };
    opt("port", "Port on 127.0.0.1 (0 = any free port).", "N");
    opt("admin-key", "Secret of the key with manage: write (generated when absent).", "KEY");
    opt("read-key", "Secret of the key with manage: read (generated when absent).", "KEY");
    opt("keys", "Number of API keys in the organization (default 40).", "N");
    opt("projects", "Number of projects (default 8).", "M");
    opt("seed", "Seed of the synthetic organization (default 1).", "S");
    opt("speed", "Simulated seconds per real second (default 1).", "X");
    opt("money", "Money encoding: numbers, strings or mixed (default mixed).", "FORM");
    opt("no-projects", "Serve no project endpoints (404), like the real API today.");
    opt("latency-ms", "Delay every reply by this many milliseconds.", "MS");
    opt("error-rate", "Share of requests answered 500/502/503 (0..1).", "R");
    opt("malformed-rate", "Share of replies with broken or truncated JSON (0..1).", "R");
    opt("drop-rate", "Share of replies cut off mid-body (0..1).", "R");
    opt("rate-limit", "Requests per minute before 429 with Retry-After (0 = none).", "N");
    opt("start-time", "Simulated now at start, RFC 3339 (default: the real time).", "TIME");
    parser.process(app);

    Simulator::Options options;
    int port = 0;
    int seed = 1;
    if (!readInt(parser, QStringLiteral("port"), 0, 65535, &port))
        return fail(QStringLiteral("--port must be 0..65535"));
    options.port = quint16(port);
    options.adminKey = parser.value(QStringLiteral("admin-key"));
    options.readKey = parser.value(QStringLiteral("read-key"));
    if (!options.adminKey.isEmpty() && options.adminKey == options.readKey)
        return fail(QStringLiteral("--admin-key and --read-key must differ"));
    if (!readInt(parser, QStringLiteral("keys"), 0, 200000, &options.keys))
        return fail(QStringLiteral("--keys must be 0..200000"));
    if (!readInt(parser, QStringLiteral("projects"), 0, 1000, &options.projects))
        return fail(QStringLiteral("--projects must be 0..1000"));
    if (!readInt(parser, QStringLiteral("seed"), 0, 2147483647, &seed))
        return fail(QStringLiteral("--seed must be a non-negative integer"));
    options.seed = quint32(seed);
    if (parser.isSet(QStringLiteral("speed"))) {
        bool ok = false;
        options.speed = parser.value(QStringLiteral("speed")).toDouble(&ok);
        if (!ok || options.speed < 0.0 || options.speed > 1e7)
            return fail(QStringLiteral("--speed must be a number from 0 to 10000000"));
    }
    const QString money = parser.value(QStringLiteral("money"));
    if (money == QLatin1String("numbers"))
        options.money = Simulator::MoneyForm::Numbers;
    else if (money == QLatin1String("strings"))
        options.money = Simulator::MoneyForm::Strings;
    else if (money.isEmpty() || money == QLatin1String("mixed"))
        options.money = Simulator::MoneyForm::Mixed;
    else
        return fail(QStringLiteral("--money must be numbers, strings or mixed"));
    options.projectsEnabled = !parser.isSet(QStringLiteral("no-projects"));
    if (!readInt(parser, QStringLiteral("latency-ms"), 0, 600000, &options.latencyMs))
        return fail(QStringLiteral("--latency-ms must be 0..600000"));
    if (!readRate(parser, QStringLiteral("error-rate"), &options.errorRate) ||
        !readRate(parser, QStringLiteral("malformed-rate"), &options.malformedRate) ||
        !readRate(parser, QStringLiteral("drop-rate"), &options.dropRate))
        return fail(QStringLiteral("rates must be numbers from 0 to 1"));
    if (!readInt(parser, QStringLiteral("rate-limit"), 0, 1000000, &options.rateLimitPerMinute))
        return fail(QStringLiteral("--rate-limit must be 0..1000000"));
    if (parser.isSet(QStringLiteral("start-time"))) {
        qint64 secs = 0;
        if (!SimJson::parseRfc3339(parser.value(QStringLiteral("start-time")), &secs))
            return fail(QStringLiteral("--start-time must be an RFC 3339 date-time, e.g. 2026-11-07T12:00:00Z"));
        options.startTime = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
    }

    Simulator simulator(options);
    QString error;
    if (!simulator.start(&error))
        return fail(error);
    std::printf("Listening on %s\n", qPrintable(simulator.url().toString()));
    std::printf("Admin key: %s\n", qPrintable(simulator.adminKey()));
    std::printf("Read key: %s\n", qPrintable(simulator.readKey()));
    std::printf("Organization: %s, %d keys, %d projects, seed %u, speed %g, now %s\n",
                qPrintable(simulator.organizationName()), simulator.keyCount(), int(simulator.projectIds().size()),
                options.seed, options.speed, qPrintable(simulator.simulatedNow().toString(Qt::ISODate)));
    std::fflush(stdout);

    quitOnSignals(app);
    return app.exec();
}
