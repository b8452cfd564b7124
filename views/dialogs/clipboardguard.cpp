#include "clipboardguard.h"

#include "dialogslogging.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QTimer>

namespace {

QByteArray digest(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

ClipboardGuard* ClipboardGuard::copy(const QString& secret, int delayMs)
{
    QGuiApplication::clipboard()->setText(secret, QClipboard::Clipboard);
    return new ClipboardGuard(secret, delayMs);
}

ClipboardGuard::ClipboardGuard(const QString& secret, int delayMs)
    : QObject(QGuiApplication::clipboard())
    , m_hash(digest(secret))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this]() {
        const bool cleared = clearNow();
        emit expired(cleared);
        deleteLater();
    });
    m_timer->start(delayMs);
}

bool ClipboardGuard::clearNow()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    bool cleared = false;
    for (const QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
        if (mode == QClipboard::Selection && !clipboard->supportsSelection())
            continue;
        if (!m_hash.isEmpty() && digest(clipboard->text(mode)) == m_hash) {
            clipboard->clear(mode);
            cleared = true;
        }
    }
    if (cleared)
        qCInfo(lcDialogs) << "cleared the copied key from the clipboard";
    return cleared;
}
