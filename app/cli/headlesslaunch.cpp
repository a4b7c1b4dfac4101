#include "cli/headlesslaunch.h"

#include "api/apiclient.h"
#include "auth/keychaintokenstore.h"
#include "auth/tokensources.h"
#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Flightdeck::Cli {

namespace {


// The token: the environment, then flyctl's config.yml, then the keychain.
TokenSources::Found findToken(const QProcessEnvironment &environment, QTextStream &err)
{
    if (const auto found = TokenSources::fromEnvironment(environment))
        return *found;
    QString problem;
    if (const auto found = TokenSources::fromFlyConfig(environment, &problem))
        return *found;
    if (!problem.isEmpty())
        err << "warning: " << problem << '\n';

    KeychainTokenStore store;
    store.setPlaintextFallback(QFile::exists(KeychainTokenStore::plaintextFilePath())); // only after the user opted in
    QString token;
    QEventLoop loop; // a command-line tool waits for its one keychain answer
    QObject::connect(&store, &KeychainTokenStore::readFinished, &loop,
                     [&](KeychainTokenStore::Status status, const QString &value, const QString &message) {
                         if (status == KeychainTokenStore::Status::Ok)
                             token = value;
                         else if (status != KeychainTokenStore::Status::NotFound && status != KeychainTokenStore::Status::NoBackend)
                             err << "warning: the keychain could not be read: " << message << '\n';
                         loop.quit();
                     });
    store.read();
    loop.exec();
    return TokenSources::Found{token, token.isEmpty() ? TokenSources::Origin::None : TokenSources::Origin::Keychain, {}};
}

QString statusWord(StepEvent::Status status)
{
    switch (status) {
    case StepEvent::Status::Running:
        return QCoreApplication::translate("Cli", "...");
    case StepEvent::Status::Progress:
        return QCoreApplication::translate("Cli", "   ");
    case StepEvent::Status::Done:
        return QCoreApplication::translate("Cli", "ok ");
    case StepEvent::Status::Skipped:
        return QCoreApplication::translate("Cli", "-- ");
    case StepEvent::Status::Failed:
        return QCoreApplication::translate("Cli", "!! ");
    case StepEvent::Status::Cancelled:
        return QCoreApplication::translate("Cli", "xx ");
    }
    return {};
}

} // namespace

int launchHeadless(const HeadlessLaunchRequest &request)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Flags, then flyctl's variables, then Settings, then Fly.io's own addresses.
    const AppSettings settings;
    Endpoints endpoints = settings.endpoints(environment);
    if (!request.apiUrl.isEmpty())
        endpoints.machinesApi = QUrl(request.apiUrl);
    if (!request.graphqlUrl.isEmpty())
        endpoints.graphql = QUrl(request.graphqlUrl);
    if (const std::optional<QString> problem = endpoints.problem()) {
        err << "error: endpoint: " << *problem << '\n';
        return 2;
    }

    const TokenSources::Found found = findToken(environment, err);
    const FlyToken token = FlyToken::parse(found.token);
    QNetworkAccessManager network;
    ApiClient api(&network, endpoints, token);
    LaunchOptions options = request.options;
    options.tokenRefusedHint = TokenSources::refusedTokenHint(found.origin);
    options.minSecretsVersion = TokenSources::minSecretsVersion(environment, request.spec.app);
    if (options.imageEngine.isEmpty())
        options.imageEngine = settings.imageEngine();
    Launcher launcher(&api, request.spec, options);

    QObject::connect(&launcher, &Launcher::stepChanged, &launcher, [&](const StepEvent &event) {
        if (event.status == StepEvent::Status::Running)
            return;
        out << statusWord(event.status) << ' ' << stepTitle(event.step);
        if (event.status != StepEvent::Status::Skipped && event.status != StepEvent::Status::Progress)
            out << " (" << event.durationMs << " ms)";
        if (!event.detail.isEmpty())
            out << ": " << token.redact(event.detail);
        out << '\n';
        out.flush();
    });
    int exitCode = 1;
    QEventLoop loop;
    QObject::connect(&launcher, &Launcher::finished, &loop, [&](const LaunchOutcome &outcome) {
        const QJsonObject &machine = outcome.machine;
        if (outcome.succeeded) {
            out << "\nMachine " << machine.value(u"id"_s).toString() << " (" << machine.value(u"name"_s).toString() << ") is "
                << machine.value(u"state"_s).toString() << '\n'
                << "  region:     " << machine.value(u"region"_s).toString() << '\n'
                << "  private IP: " << machine.value(u"private_ip"_s).toString() << '\n'
                << "  requests:   " << outcome.roundTrips << '\n';
            exitCode = 0;
        } else if (outcome.diagnosis) {
            err << "error: " << (outcome.diagnosis->field.isEmpty() ? u"launch"_s : outcome.diagnosis->field) << ": "
                << token.redact(outcome.diagnosis->summary) << '\n';
            if (!outcome.diagnosis->hint.isEmpty())
                err << "  hint: " << outcome.diagnosis->hint << '\n';
            if (!outcome.existing.isEmpty())
                err << "  already created: " << outcome.existing.join(u"; "_s) << '\n';
        }
        out.flush();
        err.flush();
        loop.quit();
    });
    launcher.start();
    loop.exec();
    return exitCode;
}

} // namespace Flightdeck::Cli
