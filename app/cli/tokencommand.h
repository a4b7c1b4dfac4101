#pragma once

#include <QObject>
#include <QStringList>

namespace Flightdeck {
class KeychainTokenStore;
class TokenResolver;
}

namespace Flightdeck::Cli {

// `flightdeck token set|remove|status`: the API token in the system keychain.
//   set [--plaintext]  reads the token from stdin (never from the command line) and
//                      stores it in the keychain; with no keychain on this system it
//                      refuses unless --plaintext opts in to an owner-only file
//   remove             forgets it (keychain and plaintext file)
//   status             says where the token Flightdeck would use comes from
// Each action answers once through `finished` with the exit code.
class TokenCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenCommand)

public:
    explicit TokenCommand(const QStringList &arguments, QObject *parent = nullptr);
    ~TokenCommand() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void set(bool plaintext);
    void remove();
    void status();

    QStringList m_arguments;
    KeychainTokenStore *m_store;
    TokenResolver *m_resolver;
};

} // namespace Flightdeck::Cli
