#include "app/auth/tokenresolver.h"

#include "app/auth/keychaintokenstore.h"

#include <QFile>
#include <QTimer>

namespace Flightdeck {

TokenResolver::TokenResolver(const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_store(new KeychainTokenStore(this))
{
    connect(m_store, &KeychainTokenStore::readFinished, this,
            [this](KeychainTokenStore::Status status, const QString &token, const QString &message) {
                m_reading = false;
                Result result = m_pending;
                switch (status) {
                case KeychainTokenStore::Status::Ok:
                    if (!token.isEmpty())
                        result.found = {token, TokenSources::Origin::Keychain, KeychainTokenStore::serviceName()};
                    break;
                case KeychainTokenStore::Status::NotFound:
                    break;
                case KeychainTokenStore::Status::NoBackend:
                    result.keychainAvailable = false;
                    break;
                case KeychainTokenStore::Status::AccessDenied:
                case KeychainTokenStore::Status::OtherError:
                    result.keychainProblem = message;
                    break;
                }
                Q_EMIT resolved(result);
            });
}

TokenResolver::~TokenResolver() = default;

void TokenResolver::resolve()
{
    if (m_reading)
        return; // the keychain's answer to the earlier call answers this one too
    m_pending = {};
    std::optional<TokenSources::Found> found = TokenSources::fromEnvironment(m_environment);
    if (!found)
        found = TokenSources::fromFlyConfig(m_environment, &m_pending.configProblem);
    if (found) {
        m_pending.found = *found;
        // Queued, so a caller connects and starts the same way whichever source answers.
        QTimer::singleShot(0, this, [this, result = m_pending] { Q_EMIT resolved(result); });
        return;
    }
    m_reading = true;
    // The plaintext file is read only if the user opted in earlier (`flightdeck token set --plaintext`).
    m_store->setPlaintextFallback(QFile::exists(KeychainTokenStore::plaintextFilePath()));
    m_store->read();
}

} // namespace Flightdeck
