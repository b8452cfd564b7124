#include "commandline.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace {

struct Spec
{
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               CommandLine::tr("Print the version and exit.")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            CommandLine::tr("Print this help and exit.")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            CommandLine::tr("Run against a built-in simulated organization (no account needed).")};
    QCommandLineOption profile{QStringLiteral("profile"), CommandLine::tr("Use the connection profile NAME."),
                               QStringLiteral("NAME")};
    QCommandLineOption baseUrl{QStringLiteral("base-url"),
                               CommandLine::tr("Connect to URL with the key from SPENDBOARD_API_KEY."),
                               QStringLiteral("URL")};
    QCommandLineOption minimized{QStringLiteral("minimized"), CommandLine::tr("Start in the tray.")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  CommandLine::tr("Write a PNG of the window once data has loaded, then exit."),
                                  QStringLiteral("FILE")};
    QCommandLineOption page{
        QStringLiteral("page"),
        CommandLine::tr("Page for --screenshot: overview, projects, keys, runway, alerts or activity."),
        QStringLiteral("PAGE")};
    QCommandLineOption size{QStringLiteral("size"), CommandLine::tr("Window size for --screenshot (default 1280x800)."),
                            QStringLiteral("WxH")};
    QCommandLineOption month{QStringLiteral("month"), CommandLine::tr("report: the month, as YYYY-MM."),
                             QStringLiteral("YYYY-MM")};
    QCommandLineOption format{QStringLiteral("format"),
                              CommandLine::tr("report: csv or json; check: text (default) or json."),
                              QStringLiteral("FORMAT")};
    QCommandLineOption out{QStringLiteral("out"), CommandLine::tr("report: write to FILE instead of the output."),
                           QStringLiteral("FILE")};
    QCommandLineOption pack{QStringLiteral("pack"),
                            CommandLine::tr("report: write the month-close pack (PDF and CSV files) into DIR."),
                            QStringLiteral("DIR")};

    void addTo(QCommandLineParser& p) const
    {
        p.setApplicationDescription(
            CommandLine::tr("Spend of an LLM-gateway organization against its monthly limits."));
        for (const QCommandLineOption* o : {&version, &help, &demo, &profile, &baseUrl, &minimized, &screenshot, &page,
                                            &size, &month, &format, &out, &pack})
            p.addOption(*o);
        p.addPositionalArgument(
            QStringLiteral("command"),
            CommandLine::tr(
                "Optional: report (month report as CSV/JSON, or the month-close pack) or check (alerts, exit "
                "code 0 none, 1 some, 2 error)."),
            QStringLiteral("[report|check]"));
    }
};

} // namespace

bool CommandLine::parse(const QStringList& arguments)
{
    const Spec spec;
    QCommandLineParser p;
    spec.addTo(p);
    if (!p.parse(arguments)) {
        m_error = p.errorText();
        return false;
    }
    if (p.isSet(spec.help)) {
        command = Command::Help;
        return true;
    }
    if (p.isSet(spec.version)) {
        command = Command::Version;
        return true;
    }
    const QStringList positional = p.positionalArguments();
    if (positional.size() > 1) {
        m_error = tr("Too many arguments: %1").arg(positional.join(u' '));
        return false;
    }
    const QString verb = positional.value(0);
    if (verb.isEmpty())
        command = Command::Gui;
    else if (verb == QLatin1String("report"))
        command = Command::Report;
    else if (verb == QLatin1String("check"))
        command = Command::Check;
    else {
        m_error = tr("Unknown command “%1”: use report or check.").arg(verb);
        return false;
    }

    demo = p.isSet(spec.demo);
    profile = p.value(spec.profile).trimmed();
    if (p.isSet(spec.baseUrl)) {
        baseUrl = QUrl(p.value(spec.baseUrl), QUrl::StrictMode);
        if (!baseUrl.isValid() || baseUrl.scheme().isEmpty() || baseUrl.host().isEmpty()) {
            m_error = tr("Not a valid URL: %1").arg(p.value(spec.baseUrl));
            return false;
        }
    }
    if (int(demo) + int(!profile.isEmpty()) + int(!baseUrl.isEmpty()) > 1) {
        m_error = tr("Use only one of --demo, --profile and --base-url.");
        return false;
    }
    minimized = p.isSet(spec.minimized);
    screenshot = p.value(spec.screenshot);
    page = p.value(spec.page).toLower();
    static const QStringList pages{QStringLiteral("overview"), QStringLiteral("projects"), QStringLiteral("keys"),
                                   QStringLiteral("runway"),   QStringLiteral("alerts"),   QStringLiteral("activity")};
    if (!page.isEmpty() && !pages.contains(page)) {
        m_error = tr("Unknown page “%1”: use one of %2.").arg(page, pages.join(QStringLiteral(", ")));
        return false;
    }
    if (p.isSet(spec.size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto m = re.match(p.value(spec.size));
        if (!m.hasMatch()) {
            m_error = tr("--size wants WIDTHxHEIGHT, for example 1280x800.");
            return false;
        }
        size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if ((p.isSet(spec.page) || p.isSet(spec.size)) && screenshot.isEmpty()) {
        m_error = tr("--page and --size go with --screenshot.");
        return false;
    }
    month = p.value(spec.month);
    format = p.value(spec.format).toLower();
    out = p.value(spec.out);
    pack = p.value(spec.pack);

    if (command == Command::Report) {
        if (month.isEmpty()) {
            m_error = tr("report needs --month YYYY-MM.");
            return false;
        }
        if (!pack.isEmpty() && (p.isSet(spec.format) || p.isSet(spec.out))) {
            m_error = tr("--pack writes its own files: leave out --format and --out.");
            return false;
        }
        if (pack.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("json")) {
            m_error = tr("report needs --format csv or --format json.");
            return false;
        }
    } else if (command == Command::Check) {
        if (format.isEmpty())
            format = QStringLiteral("text");
        if (format != QLatin1String("text") && format != QLatin1String("json")) {
            m_error = tr("check takes --format text or --format json.");
            return false;
        }
    } else if (p.isSet(spec.month) || p.isSet(spec.format) || p.isSet(spec.out) || p.isSet(spec.pack)) {
        m_error = tr("--month, --format, --out and --pack go with the report or check command.");
        return false;
    }
    return true;
}

bool CommandLine::isHeadless(int argc, char** argv)
{
    // Options that take a value: their value is not a command.
    static const QStringList withValue{
        QStringLiteral("--profile"), QStringLiteral("--base-url"), QStringLiteral("--screenshot"),
        QStringLiteral("--page"),    QStringLiteral("--size"),     QStringLiteral("--month"),
        QStringLiteral("--format"),  QStringLiteral("--out"),      QStringLiteral("--pack")};
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--version") || a == QLatin1String("-v") || a == QLatin1String("--help") ||
            a == QLatin1String("-h"))
            return true;
        if (withValue.contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(u'-'))
            continue;
        return a == QLatin1String("report") || a == QLatin1String("check");
    }
    return false;
}

QString CommandLine::helpText()
{
    const Spec spec;
    QCommandLineParser p;
    spec.addTo(p);
    return p.helpText() + u'\n' +
           tr("The management key is never a command-line argument: it is read from the profile's entry in the "
              "system keychain, or from the SPENDBOARD_API_KEY environment variable.") +
           u'\n';
}

QString CommandLine::versionText()
{
    return QStringLiteral("Spendboard %1 (Qt %2)")
        .arg(QStringLiteral(SPENDBOARD_VERSION), QString::fromLatin1(qVersion()));
}
