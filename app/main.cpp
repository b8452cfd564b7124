#include "application.h"
#include "checkcommand.h"
#include "commandline.h"
#include "headlesssession.h"
#include "packcommand.h"
#include "reportcommand.h"

#include "settings/appsettings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>
#include <QTranslator>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <cstdio>
#include <memory>

namespace {

void print(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Spendboard"));
    QCoreApplication::setApplicationName(QStringLiteral("Spendboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPENDBOARD_VERSION));
}

// The UI language: the setting, else the system's. English loads only our own catalogue (its plural
// forms, when the build has one); other languages also Qt's.
void installTranslators(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!locale.uiLanguages().value(0).startsWith(QLatin1String("en"))) {
        auto* qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
            qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    auto* own = new QTranslator(&app);
    // For English only the English file: load(QLocale) would walk on to a second preferred language.
    const bool english = locale.uiLanguages().value(0).startsWith(QLatin1String("en"));
    // A language without a catalogue (or the C locale) shows the English source text: with its plurals.
    if ((!english && own->load(locale, QStringLiteral("spendboard"), QStringLiteral("_"), QStringLiteral(":/i18n"))) ||
        own->load(QStringLiteral("spendboard_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    QLocale::setDefault(locale);
}

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// QHttpServer (the embedded demo simulator) logs request headers, the demo key among them, at debug
// level: never, whatever QT_LOGGING_RULES asks for.
void quietHttpServer(QLoggingCategory* category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

// Our own debug and info lines only when asked for (QT_LOGGING_RULES); warnings always.
void setLoggingDefaults()
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("spendboard.*.debug=false\nspendboard.*.info=false"));
    g_previousFilter = QLoggingCategory::installFilter(quietHttpServer);
}

// The month-close pack draws a PDF, which needs fonts, hence a QGuiApplication; without a display.
bool wantsPack(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--pack") == 0 || qstrncmp(argv[i], "--pack=", 7) == 0)
            return true;
    }
    return false;
}

int runHeadless(int argc, char** argv)
{
    const bool pack = wantsPack(argc, argv);
    if (pack)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app =
        pack ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    setIdentity();
    setLoggingDefaults();
    CommandLine cl;
    if (!cl.parse(QCoreApplication::arguments())) {
        print(stderr, QStringLiteral("spendboard: ") + cl.error() + u'\n');
        return 2;
    }
    if (cl.command == CommandLine::Command::Version) {
        print(stdout, CommandLine::versionText() + u'\n');
        return 0;
    }
    if (cl.command == CommandLine::Command::Help) {
        print(stdout, CommandLine::helpText());
        return 0;
    }
    HeadlessSession session;
    // Started from the event loop, so an answer that comes at once can still end the loop.
    QTimer::singleShot(0, &session, [&] {
        session.open(cl, [&](const ApiError& error) {
            if (error.isError()) {
                print(stderr, QStringLiteral("spendboard: ") + error.userMessage() + u'\n');
                QCoreApplication::exit(2);
                return;
            }
            const auto done = [](int code) { QCoreApplication::exit(code); };
            if (cl.command == CommandLine::Command::Report && !cl.pack.isEmpty())
                (new PackCommand(&session, &session))->run(cl, done);
            else if (cl.command == CommandLine::Command::Report)
                (new ReportCommand(&session, &session))->run(cl, done);
            else
                (new CheckCommand(&session, &session))->run(cl, done);
        });
    });
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
#if defined(__GLIBC__)
    // Two malloc arenas instead of one per worker thread (up to 8 per core): the decode, build and
    // release workers otherwise each keep their own partly used heap (~20 MB of RSS at 10 000 keys).
    mallopt(M_ARENA_MAX, 2);
    // Blocks from 256 KB up (reply bodies, JSON documents, the cache file, row lists) get their own
    // mapping, returned to the system when freed. glibc's default threshold rises to the largest block
    // freed so far (up to 32 MB), after which these transient megabytes are carved out of the heap and
    // leave it fragmented: measured at 10 000 keys, the settled RSS was 89-92 MB with it, 85 MB without.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
    if (CommandLine::isHeadless(argc, argv))
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    setLoggingDefaults();
    QGuiApplication::setDesktopFileName(QStringLiteral("ai.spendboard.Spendboard"));
    CommandLine cl;
    if (!cl.parse(QCoreApplication::arguments())) {
        print(stderr, QStringLiteral("spendboard: ") + cl.error() + u'\n');
        return 2;
    }
    {
        const AppSettings settings;
        installTranslators(app, settings.language());
    }
    Application spendboard(cl);
    if (!spendboard.start())
        return 1;
    return QCoreApplication::exec();
}
