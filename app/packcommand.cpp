#include "packcommand.h"

#include "application.h"
#include "commandline.h"
#include "headlesssession.h"

#include "alerts/alertstate.h"
#include "export/monthclosepack.h"
#include "history/historydb.h"
#include "history/monthclose.h"
#include "store/auditlog.h"
#include "store/orgstore.h"

#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace {

void print(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

PackCommand::PackCommand(HeadlessSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

QString PackCommand::profileName(const HeadlessSession& session)
{
    const Connection& c = session.connection();
    return c.profile.isEmpty() ? c.baseUrl.host() : c.profile;
}

void PackCommand::run(const CommandLine& commandLine, std::function<void(int exitCode)> finished)
{
    const Period month = Period::fromIsoMonth(commandLine.month);
    OrgStore* store = m_session->store();
    if (!month.isValid()) {
        print(stderr, tr("spendboard: --month wants YYYY-MM, for example 2026-11.\n"));
        finished(2);
        return;
    }
    if (month.startUtc() > store->currentPeriod().startUtc()) {
        print(stderr, tr("spendboard: %1 has not started yet.\n").arg(month.isoMonth()));
        finished(2);
        return;
    }
    const QString profile = profileName(*m_session);
    HistoryDb history(Application::profileFile(profile, QStringLiteral("history.sqlite")), store->clock());
    QString error;
    if (!history.open(&error, HistoryDb::IntegrityCheck::Now)) {
        print(stderr, tr("spendboard: the usage history cannot be opened: %1\n").arg(error));
        finished(2);
        return;
    }
    if (!history.lastWarning().isEmpty())
        print(stderr, QStringLiteral("spendboard: ") + history.lastWarning() + u'\n');
    // A command, not the GUI: writing on this thread is what it is for.
    if (!history.recordSnapshotNow(store->snapshot(), &error)) {
        print(stderr, tr("spendboard: the usage history cannot be written: %1\n").arg(error));
        finished(2);
        return;
    }
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const AuditLog audit(dataDir + QStringLiteral("/audit.jsonl"));
    AlertState alerts;
    alerts.setPath(Application::profileFile(profile, QStringLiteral("alerts.json")));
    alerts.load();
    const MonthClosePack pack(MonthClose::build(month, history, &audit, alerts.history()), store->organization().name);
    const ExportResult written = pack.write(commandLine.pack);
    if (!written) {
        print(stderr, QStringLiteral("spendboard: ") + written.error + u'\n');
        finished(2);
        return;
    }
    print(stdout,
          tr("Month-close pack for %1 written to %2.\n%3\n")
              .arg(month.isoMonth(), QDir::toNativeSeparators(commandLine.pack), pack.monthClose().chainStatusText()));
    finished(0);
}
