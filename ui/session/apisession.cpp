#include "ui/session/apisession.h"

#include "app/auth/keychaintokenstore.h"
#include "app/auth/tokenresolver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

ApiSession::ApiSession(const Endpoints &endpoints, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_network(new QNetworkAccessManager(this))
    , m_api(new ApiClient(m_network, endpoints, FlyToken(), this))
    , m_store(new KeychainTokenStore(this))
    , m_resolver(new TokenResolver(QProcessEnvironment::systemEnvironment(), this))
{
    // Writes fall back to the plaintext file only if the user opted in earlier (`flightdeck token set --plaintext`).
    m_store->setPlaintextFallback(QFile::exists(KeychainTokenStore::plaintextFilePath()));
    connect(m_resolver, &TokenResolver::resolved, this, [this](const TokenResolver::Result &result) {
        m_keychainAvailable = result.keychainAvailable;
        if (result.found.origin != TokenSources::Origin::None)
            return adopt(result.found.token, result.found.origin, result.found.detail);
        if (!result.keychainProblem.isEmpty())
            return setState(TokenState::Missing, tr("The keychain could not be read: %1").arg(result.keychainProblem));
        setState(TokenState::Missing, result.configProblem.isEmpty() ? QString() : tr("flyctl's configuration could not be read: %1").arg(result.configProblem));
    });
    connect(m_store, &KeychainTokenStore::writeFinished, this, [this](KeychainTokenStore::Status status, const QString &message) {
        if (status == KeychainTokenStore::Status::Ok)
            return Q_EMIT storageMessage(tr("Stored in the system keychain."), true);
        m_keychainAvailable = status != KeychainTokenStore::Status::NoBackend;
        m_origin = TokenSources::Origin::Memory;
        Q_EMIT storageMessage(tr("Not stored: %1 The token is kept for this session only.").arg(message), false);
        Q_EMIT tokenStateChanged();
    });
    connect(m_store, &KeychainTokenStore::removeFinished, this, [this](KeychainTokenStore::Status status, const QString &message) {
        const bool ok = status == KeychainTokenStore::Status::Ok || status == KeychainTokenStore::Status::NotFound;
        Q_EMIT storageMessage(ok ? tr("Removed from the keychain.") : tr("Could not remove it from the keychain: %1").arg(message), ok);
    });
}

ApiSession::~ApiSession() = default;

void ApiSession::start()
{
    setState(TokenState::Looking);
    m_resolver->resolve();
}

void ApiSession::useToken(const QString &token, Storage storage)
{
    m_pendingStore = storage == Storage::Keychain ? token.trimmed() : QString();
    adopt(token.trimmed(), TokenSources::Origin::Memory, {});
}

void ApiSession::forgetToken()
{
    ++m_generation;
    m_api->setToken(FlyToken());
    m_origin = TokenSources::Origin::None;
    m_pendingStore.clear();
    m_store->remove();
    setState(TokenState::Missing);
}

void ApiSession::recheck()
{
    if (!m_api->token().isEmpty())
        check();
}

QString ApiSession::originDescription() const
{
    switch (m_origin) {
    case TokenSources::Origin::Keychain:
        return tr("stored in the system keychain");
    case TokenSources::Origin::Environment:
        return tr("from the environment variable %1").arg(m_originDetail);
    case TokenSources::Origin::FlyConfig:
        return tr("from flyctl's configuration (%1)").arg(m_originDetail);
    case TokenSources::Origin::Memory:
        return tr("kept in memory for this session only");
    case TokenSources::Origin::None:
        break;
    }
    return tr("none");
}

void ApiSession::adopt(const QString &token, TokenSources::Origin origin, const QString &detail)
{
    const FlyToken parsed = FlyToken::parse(token);
    if (parsed.isEmpty()) {
        setState(TokenState::Missing, tr("That is not a token: paste the output of `fly tokens create deploy` or `fly auth token`."));
        return;
    }
    m_api->setToken(parsed);
    m_origin = origin;
    m_originDetail = detail;
    check();
}

void ApiSession::check()
{
    const quint64 generation = ++m_generation;
    setState(TokenState::Checking);
    directory().checkToken(this, [this, generation](const std::optional<ApiError> &error) {
        if (generation != m_generation)
            return;
        if (!error) {
            if (!m_pendingStore.isEmpty()) {
                m_store->write(m_pendingStore);
                m_pendingStore.clear();
                m_origin = TokenSources::Origin::Keychain;
            }
            return setState(TokenState::Valid);
        }
        m_pendingStore.clear();
        if (error->httpStatus == 401 || error->httpStatus == 403)
            return setState(TokenState::Rejected, m_api->token().redact(error->message()));
        setState(TokenState::Unreachable, m_api->token().redact(error->message()));
    });
}

void ApiSession::setState(TokenState state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT tokenStateChanged();
}

} // namespace Flightdeck::Ui
