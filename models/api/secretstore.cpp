#include "secretstore.h"

#include <QPointer>

void SecretStore::moveSecret(const QString& from, const QString& to, QObject* context, DoneCallback done)
{
    QPointer<QObject> ctx(context);
    readSecret(from, this, [this, from, to, ctx, done](const Result<QString>& read) {
        if (!read.ok()) {
            if (read.error().kind() == ApiError::Kind::NoCredentials && read.error().detail().isEmpty())
                deliver<Done>(ctx, done, Done{}); // nothing stored: nothing to move
            else
                deliver<Done>(ctx, done, read.error());
            return;
        }
        writeSecret(to, read.value(), this, [this, from, ctx, done](const Result<Done>& written) {
            if (!written.ok()) {
                deliver<Done>(ctx, done, written.error());
                return;
            }
            deleteSecret(from, this, [ctx, done](const Result<Done>& deleted) { deliver<Done>(ctx, done, deleted); });
        });
    });
}
