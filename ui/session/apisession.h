#pragma once

#include "app/api/apiclient.h"
#include "app/api/appinventory.h"
#include "app/api/directory.h"
#include "app/auth/tokensources.h"

#include <QObject>

class QNetworkAccessManager;

namespace Flightdeck {
class KeychainTokenStore;
class TokenResolver;
}

namespace Flightdeck::Ui {

// The window's connection to Fly.io: the endpoints, the token and the one
// ApiClient every page and launch uses. It finds the token where flyctl
// would (FLY_ACCESS_TOKEN / FLY_API_TOKEN, ~/.fly/config.yml) or in the
// keychain, checks it with one request, and keeps a token the user enters in
// the keychain or, when they choose, in memory for this session only.
class ApiSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiSession)

public:
    enum class TokenState {
        Looking,     // reading the environment and the keychain
        Missing,     // no token anywhere: the user has to enter one
        Checking,    // asking the API whether it accepts the token
        Valid,
        Rejected,    // the API said 401/403
        Unreachable, // the API could not be asked; the token may be fine
    };
    enum class Storage { Keychain, SessionOnly };

    ApiSession(const Endpoints &endpoints, QObject *parent = nullptr);
    ~ApiSession() override;

    // Finds a token and checks it; tokenStateChanged follows.
    void start();
    // A token the user entered: checked, then kept as `storage` says.
    void useToken(const QString &token, Storage storage);
    // Forgets the token and removes it from the keychain.
    void forgetToken();
    void recheck();

    TokenState tokenState() const { return m_state; }
    // Why the state is what it is, for the Account step ("from FLY_API_TOKEN", the API's error).
    QString stateMessage() const { return m_message; }
    TokenSources::Origin tokenOrigin() const { return m_origin; }
    QString originDescription() const;
    bool keychainAvailable() const { return m_keychainAvailable; }

    const Endpoints &endpoints() const { return m_endpoints; }
    ApiClient *api() const { return m_api; }
    Directory directory() const { return Directory(m_api); }
    AppInventory inventory() const { return AppInventory(m_api); }

Q_SIGNALS:
    void tokenStateChanged();
    // A keychain write or remove finished: what happened, in words.
    void storageMessage(const QString &message, bool ok);

private:
    void setState(TokenState state, const QString &message = {});
    void adopt(const QString &token, TokenSources::Origin origin, const QString &detail);
    void check();

    Endpoints m_endpoints;
    QNetworkAccessManager *m_network;
    ApiClient *m_api;
    KeychainTokenStore *m_store; // writes and removes the token the user entered
    TokenResolver *m_resolver;
    TokenState m_state = TokenState::Looking;
    QString m_message;
    TokenSources::Origin m_origin = TokenSources::Origin::None;
    QString m_originDetail;
    QString m_pendingStore; // a token to write once the API accepted it
    bool m_keychainAvailable = true;
    quint64 m_generation = 0; // answers for an older token are dropped
};

} // namespace Flightdeck::Ui
