#include "entitychoicemodel.h"

#include "store/orgstore.h"

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>

EntityChoiceModel::EntityChoiceModel(QObject* parent)
    : QAbstractListModel(parent)
{
    m_choices.append({EntityRef::org(), QString()});
}

bool EntityChoiceModel::reload(const OrgStore& store)
{
    QList<Choice> choices;
    choices.reserve(1 + store.projects().size() + store.keys().size());
    choices.append({EntityRef::org(), QString()});
    for (const Project& p : store.projects())
        choices.append({EntityRef::project(p.id), p.name});
    // Each name's sort key is made once, not per comparison.
    const QCollator collator;
    QList<std::pair<QCollatorSortKey, const ApiKey*>> keys;
    keys.reserve(store.keys().size());
    for (const ApiKey& k : store.keys())
        keys.append({collator.sortKey(k.name), &k});
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto& a, const auto& b) { return a.first.compare(b.first) < 0; });
    for (const auto& [sortKey, k] : keys)
        choices.append({EntityRef::key(k->id), k->name});
    if (choices == m_choices)
        return false;
    beginResetModel();
    m_choices = std::move(choices);
    endResetModel();
    return true;
}

int EntityChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant EntityChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Choice& c = m_choices.at(index.row());
    if (role == EncodedRole)
        return encode(c.entity);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    // Translated in the Overview's context, where these texts have always been.
    switch (c.entity.kind) {
    case EntityRef::Kind::Organization:
        return QCoreApplication::translate("OverviewPage", "Organization");
    case EntityRef::Kind::Project:
        return QCoreApplication::translate("OverviewPage", "Project: %1").arg(c.name);
    case EntityRef::Kind::Key:
        return QCoreApplication::translate("OverviewPage", "Key: %1").arg(c.name);
    }
    return {};
}

QString EntityChoiceModel::encode(const EntityRef& e)
{
    switch (e.kind) {
    case EntityRef::Kind::Key:
        return QStringLiteral("key:") + e.id;
    case EntityRef::Kind::Project:
        return QStringLiteral("project:") + e.id;
    case EntityRef::Kind::Organization:
        break;
    }
    return QStringLiteral("org");
}

EntityRef EntityChoiceModel::decode(const QString& s)
{
    if (s.startsWith(QLatin1String("key:")))
        return EntityRef::key(s.mid(4));
    if (s.startsWith(QLatin1String("project:")))
        return EntityRef::project(s.mid(8));
    return EntityRef::org();
}
