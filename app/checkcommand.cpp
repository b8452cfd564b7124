#include "checkcommand.h"

#include "commandline.h"
#include "headlesssession.h"

#include "alerts/checkreport.h"
#include "settings/appsettings.h"
#include "store/orgstore.h"

#include <cstdio>

CheckCommand::CheckCommand(HeadlessSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

AlertSettings CheckCommand::alertSettings(const AppSettings& settings)
{
    AlertSettings s;
    s.thresholds = settings.alertThresholds();
    s.hysteresisPoints = settings.alertHysteresisPoints();
    s.forecastAlerts = settings.forecastAlerts();
    return s;
}

void CheckCommand::run(const CommandLine& commandLine, std::function<void(int exitCode)> finished)
{
    const OrgStore* store = m_session->store();
    const AppSettings settings;
    const CheckReport report = CheckReport::build(store->snapshot(), alertSettings(settings), store->clock().nowUtc(),
                                                  [store](const EntityRef& e) { return store->forecast(e); });
    const QByteArray out =
        commandLine.format == QLatin1String("json") ? report.toJson() : (report.toText() + u'\n').toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    finished(report.exitCode());
}
