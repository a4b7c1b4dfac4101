#include "cli/tokencommand.h"

#include "api/flytoken.h"
#include "auth/keychaintokenstore.h"
#include "auth/tokensources.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Flightdeck::Cli {

namespace {


struct StoreAnswer
{
    KeychainTokenStore::Status status = KeychainTokenStore::Status::OtherError;
    QString token;
    QString message;
};

// One keychain call, waited for: a command-line tool has nothing else to do.
StoreAnswer ask(bool plaintext, const std::function<void(KeychainTokenStore &)> &call)
{
    KeychainTokenStore store;
    store.setPlaintextFallback(plaintext);
    StoreAnswer answer;
    QEventLoop loop;
    const auto finish = [&](KeychainTokenStore::Status status, const QString &message) {
        answer.status = status;
        answer.message = message;
        loop.quit();
    };
    QObject::connect(&store, &KeychainTokenStore::readFinished, &loop, [&](KeychainTokenStore::Status status, const QString &token, const QString &message) {
        answer.token = token;
        finish(status, message);
    });
    QObject::connect(&store, &KeychainTokenStore::writeFinished, &loop, finish);
    QObject::connect(&store, &KeychainTokenStore::removeFinished, &loop, finish);
    call(store);
    loop.exec();
    return answer;
}

} // namespace

int runTokenCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString action = arguments.value(0);
    const bool plaintext = arguments.contains(u"--plaintext"_s);
    const bool plaintextFileExists = QFile::exists(KeychainTokenStore::plaintextFilePath());

    if (action == "set"_L1) {
        QTextStream in(stdin);
        const QString token = in.readAll().trimmed();
        if (FlyToken::parse(token).isEmpty()) {
            err << QCoreApplication::translate("Cli", "error: token: give the token on standard input, for example: fly tokens create deploy | flightdeck token set") << '\n';
            return 2;
        }
        const StoreAnswer answer = ask(plaintext, [&token](KeychainTokenStore &store) { store.write(token); });
        if (answer.status == KeychainTokenStore::Status::NoBackend) {
            err << QCoreApplication::translate("Cli", "error: token: this system has no keychain (Secret Service). Set FLY_API_TOKEN for this session only, "
                      "or run `flightdeck token set --plaintext` to store the token unencrypted in %1.")
                       .arg(KeychainTokenStore::plaintextFilePath())
                << '\n';
            return 1;
        }
        if (answer.status != KeychainTokenStore::Status::Ok) {
            err << QCoreApplication::translate("Cli", "error: token: the keychain refused to store it: %1").arg(answer.message) << '\n';
            return 1;
        }
        if (plaintext && QFile(KeychainTokenStore::plaintextFilePath()).size() > 0)
            err << QCoreApplication::translate("Cli", "warning: no keychain is available; the token is stored UNENCRYPTED in %1 (readable by you only). "
                      "Remove it with `flightdeck token remove`.")
                       .arg(KeychainTokenStore::plaintextFilePath())
                << '\n';
        out << QCoreApplication::translate("Cli", "The token is stored.") << '\n';
        return 0;
    }
    if (action == "remove"_L1) {
        ask(false, [](KeychainTokenStore &store) { store.remove(); });
        if (plaintextFileExists)
            QFile::remove(KeychainTokenStore::plaintextFilePath());
        out << QCoreApplication::translate("Cli", "The stored token is removed.") << '\n';
        return 0;
    }
    if (action == "status"_L1) {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (const auto found = TokenSources::fromEnvironment(environment)) {
            out << QCoreApplication::translate("Cli", "Using %1 from the environment (kept in memory only).").arg(found->detail) << '\n';
            return 0;
        }
        if (const auto found = TokenSources::fromFlyConfig(environment)) {
            out << QCoreApplication::translate("Cli", "Using the token in flyctl's %1.").arg(found->detail) << '\n';
            return 0;
        }
        const StoreAnswer answer = ask(plaintextFileExists, [](KeychainTokenStore &store) { store.read(); });
        if (answer.status == KeychainTokenStore::Status::Ok) {
            out << (plaintextFileExists && QFile(KeychainTokenStore::plaintextFilePath()).size() > 0
                        ? QCoreApplication::translate("Cli", "Stored UNENCRYPTED in %1.").arg(KeychainTokenStore::plaintextFilePath())
                        : QCoreApplication::translate("Cli", "Stored in the system keychain."))
                << '\n';
            return 0;
        }
        out << QCoreApplication::translate("Cli", "No token: set FLY_API_TOKEN, or store one with `flightdeck token set`.") << '\n';
        return 1;
    }
    err << QCoreApplication::translate("Cli", "usage: flightdeck token set [--plaintext] | remove | status  (set reads the token from standard input)") << '\n';
    return 2;
}

} // namespace Flightdeck::Cli
