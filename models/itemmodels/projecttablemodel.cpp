#include "projecttablemodel.h"

#include "store/orgstore.h"

ProjectTableModel::ProjectTableModel(OrgStore* store, QObject* parent)
    : EntityTableModel(ColumnCount, parent)
    , m_store(store)
{
    connect(store, &OrgStore::snapshotChanged, this, &ProjectTableModel::reload);
    reload();
}

ProjectTableModel::~ProjectTableModel() = default;

void ProjectTableModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    setCellLocale(locale);
    m_inputs.clear();
    reload();
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = section == LimitColumn || section == SpendColumn || section == PercentColumn ||
                             section == ForecastColumn || section == HeadroomColumn || section == KeysColumn;
        return numeric ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && section == HeadroomColumn)
        return tr("What the project's keys can still spend together this month");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case OwnerColumn:
        return tr("Owner");
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
    case KeysColumn:
        return tr("Keys");
    default:
        return {};
    }
}

void ProjectTableModel::reload()
{
    if (!m_store)
        return;
    const OrgStore& store = *m_store;
    m_hasProjects = store.hasProjects();
    const QDateTime asOf = store.forecastAsOf(); // the rows' only use of time: forecasts
    const quint64 generation = ++m_generation;
    QList<EntityRow> rows;
    if (m_hasProjects) {
        rows.reserve(store.projects().size());
        for (const Project& p : store.projects()) {
            Inputs in{p, store.usageWindow(EntityRef::project(p.id)), asOf, generation};
            const auto previous = m_inputs.find(p.id);
            const EntityRow* old = existingRow(p.id);
            if (old && previous != m_inputs.end() && *previous == in) {
                previous->generation = generation;
                rows.append(*old);
                continue;
            }
            rows.append(buildRow(in));
            if (previous != m_inputs.end())
                *previous = std::move(in);
            else
                m_inputs.insert(p.id, std::move(in));
        }
    }
    if (m_inputs.size() != rows.size())
        m_inputs.removeIf([generation](const auto& it) { return it.value().generation != generation; });
    mergeRows(rows);
}

EntityRow ProjectTableModel::buildRow(const Inputs& in)
{
    const OrgStore& store = *m_store;
    const Project& p = in.project;

    EntityRow row;
    row.id = p.id;
    row.sourceDigest = ++m_builtRows;
    row.privateProject = p.kind == Project::Kind::Private;
    row.name = p.name;
    row.owner = p.ownerEmail.isEmpty() ? p.ownerId : p.ownerEmail;
    row.spend = p.spend;
    row.limit = p.limit;
    row.headroom = p.limit.headroom(p.spend);
    row.count = p.keyCount;
    row.progress = SpendStatus::progress(p.limit, p.spend);
    row.status = SpendStatus::of(p.limit, p.spend);
    if (row.owner != p.ownerId)
        row.filterText = p.ownerId; // also found by the owner's id
    row.forecast = store.forecast(EntityRef::project(p.id));
    return row;
}

EntityCell ProjectTableModel::cell(const EntityRow& row, int column) const
{
    switch (column) {
    case NameColumn:
        return EntityCell::ofText(row.name);
    case KindColumn:
        return EntityCell::ofText(row.privateProject ? tr("Private") : tr("Shared"));
    case OwnerColumn:
        return EntityCell::ofText(row.owner);
    case LimitColumn:
        return EntityCell::ofCap(row.limit.hasLimit() ? std::optional(row.limit.amount()) : std::nullopt,
                                 tr("No limit"));
    case SpendColumn:
        return EntityCell::ofMoney(row.spend);
    case PercentColumn:
        return EntityCell::ofPercent(row.progress);
    case ForecastColumn:
        return EntityCell::ofMoney(row.forecast.endOfMonth);
    case HeadroomColumn:
        return EntityCell::ofCap(row.headroom, tr("No limit"));
    case StatusColumn:
        return EntityCell::ofRanked(SpendStatus::text(row.status), SpendStatus::rank(row.status), false);
    case KeysColumn:
        return EntityCell::ofRanked(m_locale.toString(row.count), row.count, true);
    default:
        return {};
    }
}

QString ProjectTableModel::toolTip(const EntityRow& row, int column) const
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
    default:
        return EntityTableModel::toolTip(row, column);
    }
}
