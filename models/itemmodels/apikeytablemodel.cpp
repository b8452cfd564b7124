#include "apikeytablemodel.h"

#include "itemmodelslogging.h"

#include "store/orgstore.h"
#include "store/usageindex.h"

#include "domain/digest.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace {

constexpr qint64 kNoCap = std::numeric_limits<qint64>::max();

QString labelsText(const QMap<QString, QString>& labels)
{
    QString out;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (!out.isEmpty())
            out += QStringLiteral(", ");
        out += it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value();
    }
    return out;
}

} // namespace

ApiKeyTableModel::ApiKeyTableModel(OrgStore* store, QObject* parent)
    : EntityTableModel(ColumnCount, parent)
    , m_store(store)
{
    m_texts = texts();
    connect(store, &OrgStore::snapshotChanged, this, &ApiKeyTableModel::reload);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_building = false;
        apply(m_watcher.future().takeResult()); // taken, not copied: the store keeps no rows alive
        if (m_reloadPending) {
            m_reloadPending = false;
            reload();
        }
        if (!isUpdating())
            emit updated();
    });
    reload();
}

ApiKeyTableModel::~ApiKeyTableModel()
{
    // The worker only reads its own copies; let it end before we go. (Only while one runs: a future whose
    // result was taken never reports finished again in Qt 6.4.)
    if (m_building)
        m_watcher.waitForFinished();
}

ApiKeyTableModel::Texts ApiKeyTableModel::texts()
{
    Texts t;
    t.noLimit = tr("No limit");
    t.never = tr("Never");
    for (int s = SpendStatus::Ok; s <= SpendStatus::Expired; ++s)
        t.status[s] = SpendStatus::text(SpendStatus::Value(s));
    return t;
}

void ApiKeyTableModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    setCellLocale(locale);
    ++m_formatVersion; // every text changes
    reload();
}

QVariant ApiKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = section == LimitColumn || section == SpendColumn || section == PercentColumn ||
                             section == ForecastColumn || section == HeadroomColumn;
        return numeric ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PercentColumn:
            return tr("Spend this month as a share of the key's own monthly limit");
        case ForecastColumn:
            return tr("Expected spend at the end of the month at the recent pace");
        case HeadroomColumn:
            return tr("What the key can still spend this month: the smaller of its own and its project's "
                      "remaining limit");
        case ProjectColumn:
            return m_hasProjects ? QVariant() : tr("This server has no projects");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ProjectColumn:
        return tr("Project");
    case LimitColumn:
        return tr("Limit");
    case SpendColumn:
        return tr("Spend (month)");
    case PercentColumn:
        return tr("% of limit");
    case ForecastColumn:
        return tr("Forecast");
    case HeadroomColumn:
        return tr("Headroom");
    case StatusColumn:
        return tr("Status");
    case LabelsColumn:
        return tr("Labels");
    case CreatedByColumn:
        return tr("Created by");
    case ExpiryColumn:
        return tr("Expires");
    default:
        return {};
    }
}

void ApiKeyTableModel::reload()
{
    if (!m_store)
        return;
    if (m_building) {
        m_reloadPending = true; // the running build's result is merged first, then we start over
        return;
    }
    const OrgStore& store = *m_store;
    Job job;
    job.keys = store.keys();
    for (const Project& p : store.projects())
        job.projects.insert(p.id, p);
    job.index = store.usageIndex();
    job.asOf = store.asOf();
    job.forecastAsOf = store.forecastAsOf();
    job.forecastAsOfMs = job.forecastAsOf.toMSecsSinceEpoch();
    job.hasProjects = store.hasProjects();
    job.texts = texts();
    job.formatVersion = m_formatVersion;
    m_texts = job.texts;
    job.previousRows = currentRows();
    job.previousRowOf = rowIndex();
    job.rowsGeneration = rowsGeneration();

    const bool hadProjects = m_hasProjects;
    m_hasProjects = job.hasProjects;
    if (hadProjects != m_hasProjects)
        emit headerDataChanged(Qt::Horizontal, ProjectColumn, ProjectColumn);

    if (job.keys.size() < m_asyncThreshold) {
        Built built = build(std::move(job)); // (the job ends with this statement: the rows are no longer shared)
        apply(std::move(built));
        return;
    }
    m_building = true;
    m_watcher.setFuture(QtConcurrent::run([job = std::move(job)]() mutable { return build(std::move(job)); }));
}

void ApiKeyTableModel::apply(Built built)
{
    qCDebug(lcModels) << "ApiKeyTableModel:" << built.rebuilt << "rows rebuilt";
    if (!applyPrepared(std::move(built.prepared))) {
        if (built.prepared.valid) { // worked out against rows the model no longer holds: start over
            reload();
            return;
        }
        mergeRows(built.rows);
    }
}

ApiKeyTableModel::Built ApiKeyTableModel::build(Job job)
{
    QElapsedTimer timer;
    timer.start();
    const qsizetype count = job.keys.size();
    // Where each key is shown now (-1 = new). Keys mostly come in the order they are shown: look at the
    // same position before asking the index.
    QList<int> shownAt(count, -1);
    bool sameIds = count == job.previousRows.size();
    {
        std::vector<bool> seen(size_t(job.previousRows.size()), false);
        for (qsizetype i = 0; i < count; ++i) {
            const QString& id = job.keys.at(i).id;
            int r = i < job.previousRows.size() && job.previousRows.at(i).id == id ? int(i) : -1;
            if (r < 0)
                r = job.previousRowOf.value(id, -1);
            if (r >= 0 && seen[size_t(r)])
                r = -1; // a repeated id: a new row for the merge to report
            if (r >= 0)
                seen[size_t(r)] = true;
            shownAt[i] = r;
            sameIds = sameIds && r >= 0;
        }
    }

    // A project's part of its keys' digests, once per project.
    QHash<QString, quint64> projectDigests;
    projectDigests.reserve(job.projects.size());
    for (auto it = job.projects.cbegin(); it != job.projects.cend(); ++it)
        projectDigests.insert(it.key(), projectDigest(it.value()));

    Built out;
    out.prepared.valid = sameIds;
    out.prepared.generation = job.rowsGeneration;
    if (!sameIds)
        out.rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const ApiKey& key = job.keys.at(i);
        const quint64 windowDigest = job.index->windowDigest(EntityRef::key(key.id));
        const Project* project = nullptr;
        quint64 projectHash = 0;
        if (!key.projectId.isEmpty()) {
            const auto p = job.projects.constFind(key.projectId);
            if (p != job.projects.cend()) {
                project = &*p;
                projectHash = projectDigests.value(key.projectId);
            }
        }
        const Inputs in{
            key, windowDigest, project, projectHash, timeState(key, job), job.hasProjects, job.formatVersion};
        const quint64 digest = in.digest();
        const int r = shownAt.at(i);
        if (r >= 0) {
            const EntityRow& old = job.previousRows.at(r);
            if (old.sourceDigest == digest) {
                if (!sameIds)
                    out.rows.append(old); // unchanged: no formatting, no forecast
                continue;
            }
        }
        EntityRow row = buildRow(in, job);
        row.sourceDigest = digest;
        ++out.rebuilt;
        if (sameIds)
            prepareReplacement(out.prepared, r, job.previousRows.at(r), std::move(row), ColumnCount,
                               {[](const EntityRow& row, int column, const void* texts) {
                                    return cellOf(row, column, *static_cast<const Texts*>(texts));
                                },
                                &job.texts});
        else
            out.rows.append(std::move(row));
    }
    qCDebug(lcModels) << "ApiKeyTableModel: built" << count << "rows," << out.rebuilt << "new, in" << timer.elapsed()
                      << "ms";
    // `job` (and with it the worker's share of the rows shown) ends with this call, before the result is taken: the
    // model's own list is no longer shared when the replacements go in.
    return out;
}

quint64 ApiKeyTableModel::projectDigest(const Project& p)
{
    Digest d;
    d.add(p.id).add(p.name).add(int(p.kind)).add(p.ownerId).add(p.ownerEmail);
    d.add(p.limit.hasLimit()).add(p.limit.amount().micros()).add(p.spend.micros()).add(p.keyCount);
    return d.value();
}

quint64 ApiKeyTableModel::Inputs::digest() const
{
    // Exactly what buildRow() reads, nothing more (it runs for every key on every refresh): not the id
    // (rows are matched by it), the permissions, the group or the logging flag.
    Digest d;
    d.add(key.name).add(key.limit.hasLimit()).add(key.limit.amount().micros()).add(key.spend.micros());
    d.add(int(key.labels.size()));
    for (auto it = key.labels.cbegin(); it != key.labels.cend(); ++it)
        d.add(it.key()).add(it.value());
    d.add(key.creatorId).add(key.creatorEmail).add(key.projectId).add(key.projectName);
    d.add(key.expiresAt.isValid() ? key.expiresAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    d.add(windowDigest);
    d.add(projectDigest); // 0 = none
    d.add(time.forecastAsOfMs).add(time.expired).add(time.expiringSoon);
    d.add(hasProjects).add(formatVersion);
    // 0 means "no digest" (a row built elsewhere): never produce it.
    return d.value() == 0 ? 1 : d.value();
}

ApiKeyTableModel::TimeState ApiKeyTableModel::timeState(const ApiKey& key, const Job& job)
{
    TimeState t;
    t.forecastAsOfMs = job.forecastAsOfMs;
    if (key.expiresAt.isValid()) {
        t.expired = key.isExpired(job.asOf);
        t.expiringSoon = !t.expired && job.asOf.secsTo(key.expiresAt) <= kExpiringSoonDays * 86400;
    }
    return t;
}

EntityRow ApiKeyTableModel::buildRow(const Inputs& in, const Job& job)
{
    const ApiKey& key = in.key;
    const bool expired = in.time.expired;

    EntityRow row;
    row.id = key.id;
    row.name = key.name;
    row.project = in.hasProjects ? key.projectName : QString();
    row.labels = labelsText(key.labels);
    row.owner = key.creatorEmail.isEmpty() ? key.creatorId : key.creatorEmail;
    row.spend = key.spend;
    row.limit = key.limit;
    row.creatorId = key.creatorId;
    row.expiresAt = key.expiresAt;
    row.expired = expired;
    row.projectId = key.projectId;
    row.progress = SpendStatus::progress(key.limit, key.spend);
    row.status = SpendStatus::of(key.limit, key.spend, expired);
    row.expiringSoon = in.time.expiringSoon;
    row.forecast = job.index->forecast(EntityRef::key(key.id), key.spend, key.limit, job.forecastAsOf);

    const Project* project = in.project;
    row.headroom = OrgStore::headroomWithin(key, project);
    if (row.headroom) {
        const std::optional<Money> own = key.limit.headroom(key.spend);
        if (project && (!own || *row.headroom < *own))
            row.boundBy = project->name;
    }
    return row;
}

EntityCell ApiKeyTableModel::cellOf(const EntityRow& row, int column, const Texts& texts)
{
    switch (column) {
    case NameColumn:
        return EntityCell::ofText(row.name);
    case ProjectColumn:
        return EntityCell::ofText(row.project);
    case LimitColumn:
        return EntityCell::ofCap(row.limit.hasLimit() ? std::optional(row.limit.amount()) : std::nullopt,
                                 texts.noLimit);
    case SpendColumn:
        return EntityCell::ofMoney(row.spend);
    case PercentColumn:
        return EntityCell::ofPercent(row.progress);
    case ForecastColumn:
        return EntityCell::ofMoney(row.forecast.endOfMonth);
    case HeadroomColumn:
        return EntityCell::ofCap(row.headroom, texts.noLimit);
    case StatusColumn:
        return EntityCell::ofRanked(texts.status[row.status], SpendStatus::rank(row.status), false);
    case LabelsColumn:
        return EntityCell::ofText(row.labels);
    case CreatedByColumn:
        return EntityCell::ofText(row.owner);
    case ExpiryColumn:
        return row.expiresAt.isValid() ? EntityCell::ofDate(row.expiresAt)
                                       : EntityCell::ofRanked(texts.never, kNoCap, false);
    default:
        return {};
    }
}

EntityCell ApiKeyTableModel::cell(const EntityRow& row, int column) const
{
    return cellOf(row, column, m_texts);
}

QString ApiKeyTableModel::toolTip(const EntityRow& row, int column) const
{
    const QLocale& locale = m_locale;
    switch (column) {
    case NameColumn:
        return tr("%1\nID %2").arg(row.name, row.id);
    case PercentColumn:
        return row.limit.hasLimit() ? tr("%1 of %2").arg(row.spend.format(locale), row.limit.amount().format(locale))
                                    : tr("No limit");
    case ForecastColumn: {
        const Forecast& f = row.forecast;
        QString tip = tr("Expected %1 at month end (range %2 – %3)")
                          .arg(f.endOfMonth.format(locale), f.low.format(locale), f.high.format(locale));
        if (f.alreadyOver)
            tip += QLatin1Char('\n') + tr("The limit is already reached.");
        else if (f.limitReachedAt)
            tip +=
                QLatin1Char('\n') + tr("Reaches the limit on %1 at this pace.")
                                        .arg(locale.toString(f.limitReachedAt->toUTC().date(), QLocale::ShortFormat));
        return tip;
    }
    case HeadroomColumn:
        if (!row.boundBy.isEmpty())
            return tr("Bounded by the limit of project %1").arg(row.boundBy);
        break;
    case CreatedByColumn:
        if (!row.creatorId.isEmpty())
            return tr("User %1").arg(row.creatorId);
        break;
    case ExpiryColumn:
        if (row.expiresAt.isValid())
            return (row.expired ? tr("Expired on %1 UTC") : tr("Expires on %1 UTC"))
                .arg(locale.toString(row.expiresAt.toUTC(), QLocale::LongFormat));
        break;
    default:
        break;
    }
    return EntityTableModel::toolTip(row, column);
}
