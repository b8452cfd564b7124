#include "monthclose.h"

#include "historydb.h"
#include "historylogging.h"

#include "store/auditlog.h"

#include <QDir>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

const QString kSetLimit = QStringLiteral("set_limit");

QString money(Money m)
{
    return m.toDecimalString();
}

QString limitText(const Limit& limit)
{
    return limit.hasLimit() ? limit.amount().toDecimalString() : QString();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// Basis points as a percentage with two decimals ("3.33"); empty when unknown.
QString percentText(qint64 bp)
{
    if (bp < 0)
        return QString();
    return QString::number(bp / 100) + u'.' + QString::number(bp % 100).rightJustified(2, u'0');
}

QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString kindText(EntityRef::Kind kind)
{
    switch (kind) {
    case EntityRef::Kind::Organization:
        return QStringLiteral("org");
    case EntityRef::Kind::Project:
        return QStringLiteral("project");
    case EntityRef::Kind::Key:
        return QStringLiteral("key");
    }
    return QString();
}

void sortByName(QList<MonthClose::Line>& lines)
{
    std::sort(lines.begin(), lines.end(), [](const MonthClose::Line& a, const MonthClose::Line& b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.entity.id < b.entity.id;
    });
}

} // namespace

MonthClose MonthClose::build(const Period& month, const HistoryDb& history, const AuditLog* audit,
                             const QList<Alert>& alerts)
{
    MonthClose mc;
    Summary& s = mc.m_summary;
    s.month = month;
    s.lastSynced = history.lastSynced();
    s.complete = s.lastSynced.isValid() && s.lastSynced.date() > month.lastDay();

    mc.m_accuracy = history.forecastAccuracyOfAll(month);
    QHash<EntityRef, const ForecastAccuracy*> accuracyOf;
    for (const ForecastAccuracy& acc : std::as_const(mc.m_accuracy))
        accuracyOf.insert(acc.entity, &acc);

    const QHash<QString, Money> keyTotals = history.monthTotals(EntityRef::Kind::Key, month);
    const QHash<QString, Money> projectTotals = history.monthTotals(EntityRef::Kind::Project, month);
    auto makeLine = [&](const EntityRef& entity, const HistoryRows::EntityState* state) {
        const QHash<QString, Money>& totals = entity.kind == EntityRef::Kind::Key ? keyTotals : projectTotals;
        Line line;
        line.entity = entity;
        if (state) {
            line.name = state->name;
            line.projectId = state->projectId;
            line.projectName = state->projectName;
            line.limit = state->limit;
        }
        const auto total = totals.constFind(entity.id);
        line.spendFromUsage = total != totals.cend() || !state;
        line.spend = total != totals.cend() ? *total : state ? state->spend : Money();
        if (const ForecastAccuracy* acc = accuracyOf.value(entity)) {
            if (auto made = acc->madeAround(kMidMonthDay)) {
                made->error = made->forecast - line.spend;
                const Money absError = made->error.isNegative() ? -made->error : made->error;
                made->errorBp = line.spend > Money() ? Money::basisPoints(absError, line.spend) : -1;
                line.midMonthForecast = made;
            }
        }
        return line;
    };

    QSet<EntityRef> seen;
    Money orgStateSpend;
    for (const HistoryRows::EntityState& state : history.entityStates(month)) {
        if (state.entity.kind == EntityRef::Kind::Organization) {
            orgStateSpend = state.spend;
            continue;
        }
        seen.insert(state.entity);
        (state.entity.kind == EntityRef::Kind::Key ? mc.m_keys : mc.m_projects).append(makeLine(state.entity, &state));
    }
    // Usage of entities never seen in a snapshot that month (deleted early): still part of the total.
    for (auto it = keyTotals.cbegin(); it != keyTotals.cend(); ++it) {
        if (!seen.contains(EntityRef::key(it.key())))
            mc.m_keys.append(makeLine(EntityRef::key(it.key()), nullptr));
    }
    for (auto it = projectTotals.cbegin(); it != projectTotals.cend(); ++it) {
        if (!seen.contains(EntityRef::project(it.key())))
            mc.m_projects.append(makeLine(EntityRef::project(it.key()), nullptr));
    }
    sortByName(mc.m_keys);
    sortByName(mc.m_projects);

    const Money orgUsage = history.monthTotal(EntityRef::org(), month);
    s.organizationTotal = orgUsage > Money() ? orgUsage : orgStateSpend;
    s.keyCount = int(mc.m_keys.size());
    s.projectCount = int(mc.m_projects.size());
    s.keysOverLimit =
        int(std::count_if(mc.m_keys.cbegin(), mc.m_keys.cend(), [](const Line& l) { return l.overLimit(); }));
    s.projectsOverLimit =
        int(std::count_if(mc.m_projects.cbegin(), mc.m_projects.cend(), [](const Line& l) { return l.overLimit(); }));

    if (audit) {
        for (const AuditEntry& entry : audit->entries()) {
            if (entry.action == kSetLimit && month.contains(entry.time))
                mc.m_changes.append(entry);
        }
        std::stable_sort(mc.m_changes.begin(), mc.m_changes.end(),
                         [](const AuditEntry& a, const AuditEntry& b) { return a.time < b.time; });
        const AuditLog::Verification v = audit->verifyChain();
        s.chainChecked = true;
        s.chainVerifies = v.ok;
        s.chainDetail = v.reason;
        if (!v.ok)
            qCWarning(lcHistory) << "month close: the change log does not verify:" << v.reason;
    }
    s.limitChanges = int(mc.m_changes.size());

    for (const Alert& alert : alerts) {
        if (month.contains(alert.time))
            mc.m_alerts.append(alert);
    }
    std::stable_sort(mc.m_alerts.begin(), mc.m_alerts.end(),
                     [](const Alert& a, const Alert& b) { return a.time < b.time; });
    s.alerts = int(mc.m_alerts.size());
    return mc;
}

QString MonthClose::nameOf(const EntityRef& entity) const
{
    const QList<Line>& lines = entity.kind == EntityRef::Kind::Key ? m_keys : m_projects;
    for (const Line& line : lines) {
        if (line.entity == entity)
            return line.name;
    }
    return entity.kind == EntityRef::Kind::Organization ? tr("Organization") : QString();
}

QString MonthClose::chainStatusText() const
{
    if (!m_summary.chainChecked)
        return tr("The change log was not checked.");
    if (m_summary.chainVerifies)
        return tr("The change log verifies: no entry was edited or removed.");
    return tr("The change log does not verify: %1").arg(m_summary.chainDetail);
}

CsvTable MonthClose::keysTable() const
{
    CsvTable t({QStringLiteral("key_id"), QStringLiteral("name"), QStringLiteral("project_id"),
                QStringLiteral("project"), QStringLiteral("limit"), QStringLiteral("spend"),
                QStringLiteral("spend_source"), QStringLiteral("over_limit"), QStringLiteral("forecast_mid_month"),
                QStringLiteral("forecast_made_on"), QStringLiteral("forecast_error")});
    for (const Line& l : m_keys) {
        const auto& f = l.midMonthForecast;
        t.addRow({CsvTable::text(l.entity.id), CsvTable::text(l.name), CsvTable::text(l.projectId),
                  CsvTable::text(l.projectName), limitText(l.limit), money(l.spend),
                  l.spendFromUsage ? QStringLiteral("usage") : QStringLiteral("snapshot"), yesNo(l.overLimit()),
                  f ? money(f->forecast) : QString(), f ? f->madeOn.toString(Qt::ISODate) : QString(),
                  f ? money(f->error) : QString()});
    }
    return t;
}

CsvTable MonthClose::projectsTable() const
{
    CsvTable t({QStringLiteral("project_id"), QStringLiteral("name"), QStringLiteral("limit"), QStringLiteral("spend"),
                QStringLiteral("spend_source"), QStringLiteral("over_limit"), QStringLiteral("keys"),
                QStringLiteral("forecast_mid_month"), QStringLiteral("forecast_made_on"),
                QStringLiteral("forecast_error")});
    for (const Line& l : m_projects) {
        const auto keys =
            std::count_if(m_keys.cbegin(), m_keys.cend(), [&l](const Line& k) { return k.projectId == l.entity.id; });
        const auto& f = l.midMonthForecast;
        t.addRow({CsvTable::text(l.entity.id), CsvTable::text(l.name), limitText(l.limit), money(l.spend),
                  l.spendFromUsage ? QStringLiteral("usage") : QStringLiteral("snapshot"), yesNo(l.overLimit()),
                  QString::number(keys), f ? money(f->forecast) : QString(),
                  f ? f->madeOn.toString(Qt::ISODate) : QString(), f ? money(f->error) : QString()});
    }
    return t;
}

CsvTable MonthClose::forecastAccuracyTable() const
{
    CsvTable t({QStringLiteral("entity_kind"), QStringLiteral("entity_id"), QStringLiteral("name"),
                QStringLiteral("forecasts_made"), QStringLiteral("mid_month_made_on"),
                QStringLiteral("mid_month_forecast"), QStringLiteral("actual"), QStringLiteral("mid_month_error"),
                QStringLiteral("mid_month_error_percent"), QStringLiteral("mean_error_percent")});
    for (const ForecastAccuracy& acc : m_accuracy) {
        const auto mid = acc.madeAround(kMidMonthDay);
        t.addRow({kindText(acc.entity.kind), CsvTable::text(acc.entity.id), CsvTable::text(nameOf(acc.entity)),
                  QString::number(acc.forecasts.size()), mid ? mid->madeOn.toString(Qt::ISODate) : QString(),
                  mid ? money(mid->forecast) : QString(), money(acc.actual), mid ? money(mid->error) : QString(),
                  mid ? percentText(mid->errorBp) : QString(), percentText(acc.meanErrorBp())});
    }
    return t;
}

CsvTable MonthClose::limitChangesTable() const
{
    CsvTable t({QStringLiteral("time"), QStringLiteral("entity_kind"), QStringLiteral("entity_id"),
                QStringLiteral("name"), QStringLiteral("old_limit"), QStringLiteral("new_limit"),
                QStringLiteral("result"), QStringLiteral("error"), QStringLiteral("profile")});
    for (const AuditEntry& e : m_changes) {
        t.addRow({isoUtc(e.time), CsvTable::text(e.entityKind), CsvTable::text(e.entityId),
                  CsvTable::text(e.entityName), e.oldValue, e.newValue,
                  e.ok ? QStringLiteral("ok") : QStringLiteral("failed"), CsvTable::text(e.error),
                  CsvTable::text(e.profile)});
    }
    return t;
}

CsvTable MonthClose::alertsTable() const
{
    CsvTable t({QStringLiteral("time"), QStringLiteral("entity"), QStringLiteral("name"), QStringLiteral("kind"),
                QStringLiteral("threshold_percent"), QStringLiteral("spend"), QStringLiteral("limit"),
                QStringLiteral("severity"), QStringLiteral("suppressed"), QStringLiteral("message")});
    for (const Alert& a : m_alerts) {
        t.addRow({isoUtc(a.time), CsvTable::text(a.entityKey()), CsvTable::text(a.entityName), Alert::kindName(a.kind),
                  QString::number(a.thresholdPercent), money(a.spend), money(a.limit), Alert::severityName(a.severity),
                  yesNo(a.suppressed), CsvTable::text(a.message)});
    }
    return t;
}

CsvTable MonthClose::summaryTable() const
{
    const Summary& s = m_summary;
    CsvTable t({QStringLiteral("field"), QStringLiteral("value")});
    const QString chain = !s.chainChecked   ? QStringLiteral("not checked")
                          : s.chainVerifies ? QStringLiteral("verifies")
                                            : QStringLiteral("does not verify");
    t.addRow({QStringLiteral("month"), s.month.isoMonth()});
    t.addRow({QStringLiteral("organization_total"), money(s.organizationTotal)});
    t.addRow({QStringLiteral("keys"), QString::number(s.keyCount)});
    t.addRow({QStringLiteral("keys_over_limit"), QString::number(s.keysOverLimit)});
    t.addRow({QStringLiteral("projects"), QString::number(s.projectCount)});
    t.addRow({QStringLiteral("projects_over_limit"), QString::number(s.projectsOverLimit)});
    t.addRow({QStringLiteral("limit_changes"), QString::number(s.limitChanges)});
    t.addRow({QStringLiteral("alerts"), QString::number(s.alerts)});
    t.addRow({QStringLiteral("data_complete"), yesNo(s.complete)});
    t.addRow({QStringLiteral("last_synced"), isoUtc(s.lastSynced)});
    t.addRow({QStringLiteral("change_log"), chain});
    t.addRow({QStringLiteral("change_log_detail"), CsvTable::text(chainStatusText())});
    return t;
}

QStringList MonthClose::fileNames()
{
    return {
        QStringLiteral("keys.csv"),          QStringLiteral("projects.csv"), QStringLiteral("forecast_accuracy.csv"),
        QStringLiteral("limit_changes.csv"), QStringLiteral("alerts.csv"),   QStringLiteral("summary.csv")};
}

bool MonthClose::writeCsv(const QString& directory, QString* error) const
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    const CsvTable tables[] = {keysTable(),         projectsTable(), forecastAccuracyTable(),
                               limitChangesTable(), alertsTable(),   summaryTable()};
    const QStringList names = fileNames();
    const QDir dir(directory);
    for (int i = 0; i < names.size(); ++i) {
        QString why;
        if (!tables[i].write(dir.filePath(names[i]), &why)) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(dir.filePath(names[i])), why);
            return false;
        }
    }
    return true;
}
