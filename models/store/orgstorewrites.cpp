// OrgStore's writes: each one calls the API, re-reads the entity, patches the snapshot in place and
// records the attempt in the audit log. Kept apart from orgstore.cpp (refresh and derived data).
#include "orgstore.h"

#include "auditlog.h"
#include "storelog.h"

#include <QPointer>

namespace {

// `done` runs only while `context` lives; a null context means "always".
template <typename T>
std::function<void(Result<T>)> guarded(QObject* context, std::function<void(Result<T>)> done)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> ctx(context);
    return [hasContext, ctx, done = std::move(done)](Result<T> r) {
        if (done && (!hasContext || ctx))
            done(std::move(r));
    };
}

// The single-key endpoint omits some list fields; keep what the list told us.
void fillMissing(ApiKey& fresh, const ApiKey& old)
{
    if (fresh.labels.isEmpty())
        fresh.labels = old.labels;
    if (fresh.creatorId.isEmpty() && fresh.creatorEmail.isEmpty()) {
        fresh.creatorId = old.creatorId;
        fresh.creatorEmail = old.creatorEmail;
    }
    if (fresh.projectId.isEmpty()) {
        fresh.projectId = old.projectId;
        fresh.projectName = old.projectName;
    }
    if (fresh.groupId.isEmpty())
        fresh.groupId = old.groupId;
    if (!fresh.expiresAt.isValid())
        fresh.expiresAt = old.expiresAt;
    if (!fresh.logging)
        fresh.logging = old.logging;
}

const QString kSetLimit = QStringLiteral("set_limit");

} // namespace

void OrgStore::rereadKey(const QString& id, KeyPatch patch, std::function<void(ApiKey)> then)
{
    m_api->getKey(id, this, [this, id, patch, then](Result<ApiKey> fresh) {
        ApiKey k;
        const ApiKey* old = key(id);
        if (fresh.ok()) {
            k = fresh.value();
            if (old)
                fillMissing(k, *old);
        } else {
            // The write itself succeeded: show what we know was written and let the next refresh correct it.
            qCWarning(lcStore) << "re-reading key" << id << "failed:" << fresh.error().technicalText();
            if (old)
                k = *old;
            k.id = id;
        }
        if (patch)
            patch(k, fresh.ok() ? &fresh.value() : nullptr);
        storeKey(k);
        if (then)
            then(k);
    });
}

void OrgStore::rereadProject(const QString& id, ProjectPatch patch, std::function<void(Project)> then)
{
    m_api->getProject(id, this, [this, id, patch, then](Result<Project> fresh) {
        Project p;
        if (fresh.ok()) {
            p = fresh.value();
        } else {
            qCWarning(lcStore) << "re-reading project" << id << "failed:" << fresh.error().technicalText();
            if (const Project* old = project(id))
                p = *old;
            p.id = id;
        }
        if (patch)
            patch(p, fresh.ok() ? &fresh.value() : nullptr);
        storeProject(p);
        if (then)
            then(p);
    });
}

void OrgStore::storeKey(const ApiKey& k)
{
    const auto it = m_keyRow.constFind(k.id);
    if (it != m_keyRow.cend())
        m_snapshot.keys[*it] = k;
    else
        m_snapshot.keys.append(k);
    if (m_refreshing)
        m_keyWritesDuringRefresh.insert(k.id, k);
    rebuildLookups();
    invalidateDerived();
    emit snapshotChanged();
    saveCache();
}

void OrgStore::storeProject(const Project& p)
{
    const auto it = m_projectRow.constFind(p.id);
    if (it == m_projectRow.cend())
        return; // not one we show (the project list decides membership)
    m_snapshot.projects[*it] = p;
    if (m_refreshing)
        m_projectWritesDuringRefresh.insert(p.id, p);
    invalidateDerived();
    emit snapshotChanged();
    saveCache();
}

void OrgStore::removeKey(const QString& id)
{
    const auto it = m_keyRow.constFind(id);
    if (it == m_keyRow.cend())
        return;
    m_snapshot.keys.removeAt(*it);
    if (m_refreshing)
        m_keyWritesDuringRefresh.insert(id, std::nullopt);
    rebuildLookups();
    invalidateDerived();
    emit snapshotChanged();
    saveCache();
}

void OrgStore::setKeyLimit(const QString& id, Limit newLimit, Limit seen, QObject* context, KeyCallback done)
{
    auto finish = guarded<ApiKey>(context, std::move(done));
    const EntityRef ref = EntityRef::key(id);
    const QString newText = AuditEntry::formatLimit(newLimit);
    if (!m_api) {
        finish(ApiError(ApiError::Kind::NoCredentials));
        return;
    }
    // Read first: a value changed behind the user's back must not be overwritten silently.
    m_api->getKey(id, this, [=](Result<ApiKey> current) {
        const QString name = current.ok() ? current->name : entityName(ref);
        if (!current.ok()) {
            audit(ref, name, kSetLimit, AuditEntry::formatLimit(seen), newText, current.error());
            finish(current.error());
            return;
        }
        const QString oldText = AuditEntry::formatLimit(current->limit);
        if (current->limit != seen) {
            const ApiError error = conflictError({ref, name, current->limit, seen, newLimit});
            audit(ref, name, kSetLimit, oldText, newText, error);
            finish(error);
            return;
        }
        m_api->setKeyLimit(id, newLimit, this, [=](Result<Done> written) {
            audit(ref, name, kSetLimit, oldText, newText, written.ok() ? ApiError() : written.error());
            if (!written.ok()) {
                finish(written.error());
                return;
            }
            rereadKey(
                id,
                [newLimit](ApiKey& k, const ApiKey* fresh) {
                    if (!fresh)
                        k.limit = newLimit;
                },
                [finish](ApiKey k) { finish(k); });
        });
    });
}

void OrgStore::setProjectLimit(const QString& id, Limit newLimit, Limit seen, QObject* context, ProjectCallback done)
{
    auto finish = guarded<Project>(context, std::move(done));
    const EntityRef ref = EntityRef::project(id);
    const QString newText = AuditEntry::formatLimit(newLimit);
    if (!m_api) {
        finish(ApiError(ApiError::Kind::NoCredentials));
        return;
    }
    m_api->getProject(id, this, [=](Result<Project> current) {
        const QString name = current.ok() ? current->name : entityName(ref);
        if (!current.ok()) {
            audit(ref, name, kSetLimit, AuditEntry::formatLimit(seen), newText, current.error());
            finish(current.error());
            return;
        }
        const QString oldText = AuditEntry::formatLimit(current->limit);
        if (current->limit != seen) {
            const ApiError error = conflictError({ref, name, current->limit, seen, newLimit});
            audit(ref, name, kSetLimit, oldText, newText, error);
            finish(error);
            return;
        }
        m_api->setProjectLimit(id, newLimit, this, [=](Result<Done> written) {
            audit(ref, name, kSetLimit, oldText, newText, written.ok() ? ApiError() : written.error());
            if (!written.ok()) {
                finish(written.error());
                return;
            }
            rereadProject(
                id,
                [newLimit](Project& p, const Project* fresh) {
                    if (!fresh)
                        p.limit = newLimit;
                },
                [finish](Project p) { finish(p); });
        });
    });
}

void OrgStore::createKey(const NewApiKey& nk, QObject* context, CreateCallback done)
{
    auto finish = guarded<CreatedApiKey>(context, std::move(done));
    if (!m_api) {
        finish(ApiError(ApiError::Kind::NoCredentials));
        return;
    }
    const QString create = QStringLiteral("create");
    QString description = AuditEntry::formatLimit(nk.limit);
    if (!nk.labels.isEmpty())
        description += QStringLiteral("; labels ") + AuditEntry::formatLabels(nk.labels);
    if (nk.expiresAt.isValid())
        description += QStringLiteral("; expires ") + AuditEntry::formatExpiry(nk.expiresAt);
    // ManagementApi::createKey applies the labels and the expiry itself once the key exists and reports a
    // failed step through createFollowUpFailed (recorded in m_followUpFailures) before answering.
    m_api->createKey(nk, this, [=](Result<CreatedApiKey> created) {
        if (!created.ok()) {
            audit(EntityRef::key(QString()), nk.name, create, QString(), description, created.error());
            finish(created.error());
            return;
        }
        // The secret stays in `created` (memory) and goes to the caller only.
        const QString id = created->id;
        const EntityRef ref = EntityRef::key(id);
        const std::optional<ApiError> followUp =
            m_followUpFailures.contains(id) ? std::optional<ApiError>(m_followUpFailures.take(id)) : std::nullopt;
        audit(ref, nk.name, create, QString(), description, ApiError());
        if (followUp) {
            audit(ref, nk.name, QStringLiteral("set_labels_expiry"), QString(), description, *followUp);
            emit followUpFailed(id, *followUp);
        }
        rereadKey(
            id,
            [nk, followUp](ApiKey& k, const ApiKey* fresh) {
                if (!fresh) {
                    k.name = nk.name;
                    k.limit = nk.limit;
                    k.permissions = nk.permissions;
                }
                // Without a failed step both were applied; the single-key answer may just not list them.
                if (!followUp && (!fresh || fresh->labels.isEmpty()))
                    k.labels = nk.labels;
                if (!followUp && (!fresh || !fresh->expiresAt.isValid()))
                    k.expiresAt = nk.expiresAt.toUTC();
            },
            [finish, created](ApiKey) { finish(created); });
    });
}

void OrgStore::deleteKey(const QString& id, QObject* context, DoneCallback done)
{
    auto finish = guarded<Done>(context, std::move(done));
    if (!m_api) {
        finish(ApiError(ApiError::Kind::NoCredentials));
        return;
    }
    const EntityRef ref = EntityRef::key(id);
    const ApiKey* k = key(id);
    const QString name = k ? k->name : QString();
    const QString oldText = k ? AuditEntry::formatLimit(k->limit) : QString();
    const QString projectId = k ? k->projectId : QString();
    m_api->deleteKey(id, this, [=](Result<Done> r) {
        audit(ref, name, QStringLiteral("delete"), oldText, QString(), r.ok() ? ApiError() : r.error());
        if (!r.ok()) {
            finish(r.error());
            return;
        }
        removeKey(id);
        // The project's key count changed with it.
        if (!projectId.isEmpty() && project(projectId))
            rereadProject(projectId, {}, {});
        finish(Done{});
    });
}

void OrgStore::setKeyLabels(const QString& id, const QMap<QString, QString>& labels, QObject* context, KeyCallback done)
{
    auto finish = guarded<ApiKey>(context, std::move(done));
    if (!m_api) {
        finish(ApiError(ApiError::Kind::NoCredentials));
        return;
    }
    const EntityRef ref = EntityRef::key(id);
    const ApiKey* k = key(id);
    const QString name = k ? k->name : QString();
    const QString oldText = k ? AuditEntry::formatLabels(k->labels) : QString();
    m_api->setKeyLabels(id, labels, this, [=](Result<Done> r) {
        audit(ref, name, QStringLiteral("set_labels"), oldText, AuditEntry::formatLabels(labels),
              r.ok() ? ApiError() : r.error());
        if (!r.ok()) {
            finish(r.error());
            return;
        }
        rereadKey(
            id,
            [labels](ApiKey& key, const ApiKey* fresh) {
                // The label call replaces all labels; no labels in the answer may just be an endpoint
                // that does not report them.
                if (!fresh || fresh->labels.isEmpty())
                    key.labels = labels;
            },
            [finish](ApiKey key) { finish(key); });
    });
}

void OrgStore::setKeyExpiry(const QString& id, const QDateTime& expiresAt, QObject* context, KeyCallback done)
{
    auto finish = guarded<ApiKey>(context, std::move(done));
    if (!m_api) {
        finish(ApiError(ApiError::Kind::NoCredentials));
        return;
    }
    const EntityRef ref = EntityRef::key(id);
    const ApiKey* k = key(id);
    const QString name = k ? k->name : QString();
    const QString oldText = k ? AuditEntry::formatExpiry(k->expiresAt) : QString();
    m_api->setKeyExpiry(id, expiresAt, this, [=](Result<Done> r) {
        audit(ref, name, QStringLiteral("set_expiry"), oldText, AuditEntry::formatExpiry(expiresAt),
              r.ok() ? ApiError() : r.error());
        if (!r.ok()) {
            finish(r.error());
            return;
        }
        rereadKey(
            id,
            [expiresAt](ApiKey& key, const ApiKey* fresh) {
                if (!fresh || !fresh->expiresAt.isValid())
                    key.expiresAt = expiresAt.toUTC();
            },
            [finish](ApiKey key) { finish(key); });
    });
}
