#pragma once

#include <QByteArray>
#include <QObject>

class QTimer;

// Puts a secret on the clipboard and clears it after a delay, but only if the clipboard still holds
// that secret (the user may have copied something else since). Keeps a SHA-256 of the secret, never the
// text, and outlives the dialog that copied it: it is parented to the clipboard and deletes itself.
class ClipboardGuard final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultDelayMs = 60'000;

    static ClipboardGuard* copy(const QString& secret, int delayMs = kDefaultDelayMs);

    // Clears now if the clipboard still holds the secret (e.g. on quit). Returns whether it cleared.
    bool clearNow();

signals:
    // The delay passed; `cleared` says whether the clipboard still held the secret and was cleared.
    void expired(bool cleared);

private:
    ClipboardGuard(const QString& secret, int delayMs);
    QByteArray m_hash;
    QTimer* m_timer;
};
