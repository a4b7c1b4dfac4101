#pragma once

#include <QObject>
#include <QString>

namespace Flightdeck {

// The API token in the operating system's keychain, through QtKeychain.
// Asynchronous: each call answers once through its signal. When the system
// has no keychain, nothing is stored unless the user explicitly opted in
// (setPlaintextFallback): then an owner-only file of its own holds it.
class KeychainTokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainTokenStore)

public:
    enum class Status {
        Ok,
        NotFound,       // nothing stored yet: a normal state
        NoBackend,      // no keychain on this system: offer memory-only or the plaintext opt-in
        AccessDenied,   // the user said no: do not ask again in a loop
        OtherError,
    };

    explicit KeychainTokenStore(QObject *parent = nullptr);

    // The key under the service "io.flightdeck.Flightdeck"; one per API endpoint.
    void setKey(const QString &key) { m_key = key; }
    QString key() const { return m_key; }
    // Only after the user chose it, with a visible warning: store in a file
    // when no keychain exists.
    void setPlaintextFallback(bool allowed) { m_plaintextFallback = allowed; }

    void read();
    void write(const QString &token);
    void remove();

    static QString serviceName();
    // Where the opt-in plaintext fallback keeps the token (owner-only file).
    static QString plaintextFilePath();

Q_SIGNALS:
    void readFinished(Flightdeck::KeychainTokenStore::Status status, const QString &token, const QString &message);
    void writeFinished(Flightdeck::KeychainTokenStore::Status status, const QString &message);
    void removeFinished(Flightdeck::KeychainTokenStore::Status status, const QString &message);

private:
    QString m_key = QStringLiteral("api-token");
    bool m_plaintextFallback = false;
};

} // namespace Flightdeck
