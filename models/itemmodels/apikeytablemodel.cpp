#include "apikeytablemodel.h"

#include "itemmodelslogging.h"

#include "store/orgstore.h"

#include <QElapsedTimer>

#include <limits>

namespace {

constexpr qint64 kNoCap = std::numeric_limits<qint64>::max();

EntityCell textCell(const QString& text, const QString& toolTip = QString())
{
    EntityCell c;
    c.text = text;
    c.sort = text.toCaseFolded();
    c.toolTip = toolTip;
    return c;
}

EntityCell moneyCell(Money m, const QLocale& locale, const QString& toolTip = QString())
{
    EntityCell c;
    c.text = m.format(locale);
    c.sort = m.micros();
    c.money = m;
    c.numeric = true;
    c.toolTip = toolTip;
    return c;
}

QString labelsText(const QMap<QString, QString>& labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts.append(it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value());
    return parts.join(QStringLiteral(", "));
}

} // namespace

ApiKeyTableModel::ApiKeyTableModel(OrgStore* store, QObject* parent)
    : EntityTableModel(ColumnCount, parent)
    , m_store(store)
{
    connect(store, &OrgStore::snapshotChanged, this, &ApiKeyTableModel::reload);
    reload();
}

ApiKeyTableModel::~ApiKeyTableModel() = default;

void ApiKeyTableModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    m_inputs.clear(); // every text changes
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
    const OrgStore& store = *m_store;
    const bool hadProjects = m_hasProjects;
    m_hasProjects = store.hasProjects();
    const QDateTime asOf = store.asOf();
    const quint64 generation = ++m_generation;
    QElapsedTimer timer;
    timer.start();
    int rebuilt = 0;

    QList<EntityRow> rows;
    rows.reserve(store.keys().size());
    m_inputs.reserve(store.keys().size());
    for (const ApiKey& key : store.keys()) {
        Inputs in;
        in.key = key;
        in.window = store.usageWindow(EntityRef::key(key.id));
        if (const Project* p = key.projectId.isEmpty() ? nullptr : store.project(key.projectId)) {
            in.projectLimit = p->limit;
            in.projectSpend = p->spend;
            in.projectName = p->name;
        }
        in.asOf = asOf;
        in.hasProjects = m_hasProjects;
        in.generation = generation;
        const auto previous = m_inputs.find(key.id);
        const EntityRow* old = existingRow(key.id);
        if (old && previous != m_inputs.end() && *previous == in) {
            previous->generation = generation;
            rows.append(*old); // unchanged: no formatting, no forecast
            continue;
        }
        rows.append(buildRow(in));
        ++rebuilt;
        if (previous != m_inputs.end())
            *previous = std::move(in);
        else
            m_inputs.insert(key.id, std::move(in));
    }
    if (m_inputs.size() != rows.size())
        m_inputs.removeIf([generation](const auto& it) { return it.value().generation != generation; });
    qCDebug(lcModels) << "ApiKeyTableModel:" << rows.size() << "rows," << rebuilt << "rebuilt in" << timer.elapsed()
                      << "ms";
    if (hadProjects != m_hasProjects)
        emit headerDataChanged(Qt::Horizontal, ProjectColumn, ProjectColumn);
    mergeRows(rows);
}

EntityRow ApiKeyTableModel::buildRow(const Inputs& in) const
{
    const OrgStore& store = *m_store;
    const ApiKey& key = in.key;
    const QLocale& locale = m_locale;
    const bool expired = key.isExpired(in.asOf);

    EntityRow row;
    row.id = key.id;
    row.projectId = key.projectId;
    row.progress = SpendStatus::progress(key.limit, key.spend);
    row.status = SpendStatus::of(key.limit, key.spend, expired);
    row.expiringSoon =
        key.expiresAt.isValid() && !expired && in.asOf.secsTo(key.expiresAt) <= kExpiringSoonDays * 86400;
    const QString labels = labelsText(key.labels);
    const QString creator = key.creatorEmail.isEmpty() ? key.creatorId : key.creatorEmail;
    row.filterText = QString(key.name + QLatin1Char('\n') + labels + QLatin1Char('\n') + creator).toCaseFolded();
    row.cells.resize(ColumnCount);

    row.cells[NameColumn] = textCell(key.name, tr("%1\nID %2").arg(key.name, key.id));
    row.cells[ProjectColumn] = in.hasProjects ? textCell(key.projectName) : textCell(QString());

    EntityCell& limit = row.cells[LimitColumn];
    if (key.limit.hasLimit()) {
        limit = moneyCell(key.limit.amount(), locale);
    } else {
        limit.text = tr("No limit");
        limit.sort = kNoCap;
        limit.numeric = true;
    }
    row.cells[SpendColumn] = moneyCell(key.spend, locale);

    EntityCell& percent = row.cells[PercentColumn];
    percent.numeric = true;
    percent.sort = row.progress;
    if (row.progress < 0) {
        percent.text = QStringLiteral("—");
        percent.toolTip = tr("No limit");
    } else {
        percent.text = locale.toString(row.progress / 100) + locale.percent();
        percent.toolTip = tr("%1 of %2").arg(key.spend.format(locale), key.limit.amount().format(locale));
    }

    const Forecast f = store.forecast(EntityRef::key(key.id));
    QString forecastTip = tr("Expected %1 at month end (range %2 – %3)")
                              .arg(f.endOfMonth.format(locale), f.low.format(locale), f.high.format(locale));
    if (f.alreadyOver)
        forecastTip += QLatin1Char('\n') + tr("The limit is already reached.");
    else if (f.limitReachedAt)
        forecastTip +=
            QLatin1Char('\n') + tr("Reaches the limit on %1 at this pace.")
                                    .arg(locale.toString(f.limitReachedAt->toUTC().date(), QLocale::ShortFormat));
    row.cells[ForecastColumn] = moneyCell(f.endOfMonth, locale, forecastTip);

    EntityCell& headroom = row.cells[HeadroomColumn];
    const std::optional<Money> room = store.effectiveHeadroom(key);
    if (room) {
        const std::optional<Money> own = key.limit.headroom(key.spend);
        const bool projectBinds = !own || *room < *own;
        headroom = moneyCell(*room, locale,
                             projectBinds ? tr("Bounded by the limit of project %1").arg(in.projectName) : QString());
    } else {
        headroom.text = tr("No limit");
        headroom.sort = kNoCap;
        headroom.numeric = true;
    }

    row.cells[StatusColumn] = textCell(SpendStatus::text(row.status));
    row.cells[StatusColumn].sort = SpendStatus::rank(row.status);
    row.cells[LabelsColumn] = textCell(labels);
    row.cells[CreatedByColumn] =
        textCell(creator, key.creatorId.isEmpty() ? QString() : tr("User %1").arg(key.creatorId));

    EntityCell& expiry = row.cells[ExpiryColumn];
    if (key.expiresAt.isValid()) {
        const QDateTime at = key.expiresAt.toUTC();
        expiry.text = locale.toString(at.date(), QLocale::ShortFormat);
        expiry.toolTip =
            (expired ? tr("Expired on %1 UTC") : tr("Expires on %1 UTC")).arg(locale.toString(at, QLocale::LongFormat));
        expiry.sort = at.toMSecsSinceEpoch();
    } else {
        expiry.text = tr("Never");
        expiry.sort = kNoCap;
    }
    return row;
}
