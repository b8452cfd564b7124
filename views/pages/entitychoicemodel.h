#pragma once

#include "store/entityref.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

class OrgStore;

// The Overview's "Chart of" choices: the organization, each project, then each key by the locale's
// collation. A list model so that 10 000 keys are one reset instead of 10 000 inserted combo items, and
// the texts ("Key: name") are made only for the rows a view shows.
class EntityChoiceModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    // The role QComboBox::itemData()/findData() use by default: the entity, encoded (encode()).
    static constexpr int EncodedRole = Qt::UserRole;

    explicit EntityChoiceModel(QObject* parent = nullptr);

    // Makes the choices those of `store`; false, and no signal, when they are already the same.
    bool reload(const OrgStore& store);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString encode(const EntityRef& entity);
    static EntityRef decode(const QString& encoded);

private:
    struct Choice
    {
        EntityRef entity;
        QString name;
        bool operator==(const Choice& o) const { return entity == o.entity && name == o.name; }
    };
    QList<Choice> m_choices;
};
