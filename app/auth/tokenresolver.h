#pragma once

#include "app/auth/tokensources.h"

#include <QObject>
#include <QProcessEnvironment>

namespace Flightdeck {

class KeychainTokenStore;

// Finds the API token the way flyctl does, then in the keychain:
// FLY_ACCESS_TOKEN / FLY_API_TOKEN, flyctl's config.yml, the system keychain
// (or the plaintext file, only if the user opted in to it earlier). The
// window and the command line both ask it; it answers once per resolve()
// through `resolved`, never by waiting in a local event loop.
class TokenResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenResolver)

public:
    struct Result
    {
        TokenSources::Found found;   // origin None when there is no token anywhere
        QString configProblem;       // flyctl's config.yml exists but could not be read
        QString keychainProblem;     // the keychain answered with an error (not "nothing stored")
        bool keychainAvailable = true; // false when this system has no Secret Service
    };

    explicit TokenResolver(const QProcessEnvironment &environment, QObject *parent = nullptr);
    ~TokenResolver() override;

    // Looks again; `resolved` follows, queued even when no keychain is asked.
    void resolve();

Q_SIGNALS:
    void resolved(const Flightdeck::TokenResolver::Result &result);

private:
    QProcessEnvironment m_environment;
    KeychainTokenStore *m_store;
    Result m_pending;
    bool m_reading = false;
};

} // namespace Flightdeck
