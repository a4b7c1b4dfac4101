#include "app/cli/tokencommand.h"

#include "app/api/flytoken.h"
#include "app/auth/keychaintokenstore.h"
#include "app/auth/tokenresolver.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Flightdeck::Cli {

namespace {

void print(FILE *stream, const QString &line)
{
    QTextStream(stream) << line << '\n';
}

bool plaintextFileHoldsToken()
{
    return QFile(KeychainTokenStore::plaintextFilePath()).size() > 0;
}

} // namespace

TokenCommand::TokenCommand(const QStringList &arguments, QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_store(new KeychainTokenStore(this))
    , m_resolver(new TokenResolver(QProcessEnvironment::systemEnvironment(), this))
{
}

TokenCommand::~TokenCommand() = default;

void TokenCommand::start()
{
    const QString action = m_arguments.value(0);
    if (action == "set"_L1)
        return set(m_arguments.contains(u"--plaintext"_s));
    if (action == "remove"_L1)
        return remove();
    if (action == "status"_L1)
        return status();
    const bool help = action == "--help"_L1 || action == "-h"_L1;
    print(help ? stdout : stderr,
          QCoreApplication::translate("Cli", "Usage:\n"
                                             "  flightdeck token set [--plaintext]   store the token read from standard input in the system keychain\n"
                                             "                                       (--plaintext: in an owner-only file where there is no keychain)\n"
                                             "  flightdeck token remove              remove the stored token\n"
                                             "  flightdeck token status              say which token Flightdeck would use, and from where\n\n"
                                             "Example: fly tokens create deploy | flightdeck token set"));
    Q_EMIT finished(help ? 0 : 2);
}

void TokenCommand::set(bool plaintext)
{
    const QString token = QTextStream(stdin).readAll().trimmed();
    if (FlyToken::parse(token).isEmpty()) {
        print(stderr, QCoreApplication::translate("Cli", "error: token: give the token on standard input, for example: fly tokens create deploy | flightdeck token set"));
        Q_EMIT finished(2);
        return;
    }
    connect(m_store, &KeychainTokenStore::writeFinished, this, [this, plaintext](KeychainTokenStore::Status status, const QString &message) {
        if (status == KeychainTokenStore::Status::NoBackend) {
            print(stderr, QCoreApplication::translate("Cli", "error: token: this system has no keychain (Secret Service). Set FLY_API_TOKEN for this session only, "
                                                             "or run `flightdeck token set --plaintext` to store the token unencrypted in %1.")
                              .arg(KeychainTokenStore::plaintextFilePath()));
            return Q_EMIT finished(1);
        }
        if (status != KeychainTokenStore::Status::Ok) {
            print(stderr, QCoreApplication::translate("Cli", "error: token: the keychain refused to store it: %1").arg(message));
            return Q_EMIT finished(1);
        }
        if (plaintext && plaintextFileHoldsToken())
            print(stderr, QCoreApplication::translate("Cli", "warning: no keychain is available; the token is stored UNENCRYPTED in %1 (readable by you only). "
                                                             "Remove it with `flightdeck token remove`.")
                              .arg(KeychainTokenStore::plaintextFilePath()));
        print(stdout, QCoreApplication::translate("Cli", "The token is stored."));
        Q_EMIT finished(0);
    });
    m_store->setPlaintextFallback(plaintext);
    m_store->write(token);
}

void TokenCommand::remove()
{
    const bool plaintextFileExists = QFile::exists(KeychainTokenStore::plaintextFilePath());
    connect(m_store, &KeychainTokenStore::removeFinished, this, [this, plaintextFileExists] {
        if (plaintextFileExists)
            QFile::remove(KeychainTokenStore::plaintextFilePath());
        print(stdout, QCoreApplication::translate("Cli", "The stored token is removed."));
        Q_EMIT finished(0);
    });
    m_store->remove();
}

void TokenCommand::status()
{
    connect(m_resolver, &TokenResolver::resolved, this, [this](const TokenResolver::Result &result) {
        switch (result.found.origin) {
        case TokenSources::Origin::Environment:
            print(stdout, QCoreApplication::translate("Cli", "Using %1 from the environment (kept in memory only).").arg(result.found.detail));
            return Q_EMIT finished(0);
        case TokenSources::Origin::FlyConfig:
            print(stdout, QCoreApplication::translate("Cli", "Using the token in flyctl's %1.").arg(result.found.detail));
            return Q_EMIT finished(0);
        case TokenSources::Origin::Keychain:
            print(stdout, plaintextFileHoldsToken()
                              ? QCoreApplication::translate("Cli", "Stored UNENCRYPTED in %1.").arg(KeychainTokenStore::plaintextFilePath())
                              : QCoreApplication::translate("Cli", "Stored in the system keychain."));
            return Q_EMIT finished(0);
        case TokenSources::Origin::Memory:
        case TokenSources::Origin::None:
            break;
        }
        print(stdout, QCoreApplication::translate("Cli", "No token: set FLY_API_TOKEN, or store one with `flightdeck token set`."));
        Q_EMIT finished(1);
    });
    m_resolver->resolve();
}

} // namespace Flightdeck::Cli
