// flightdeck-sim: a local Fly.io Machines API on loopback, for running and
// testing Flightdeck without the internet.

#include "sim/control.h"
#include "sim/imageresolver.h"
#include "sim/platform.h"
#include "sim/regions.h"
#include "sim/registryfront.h"
#include "sim/simapi.h"
#include "sim/statefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

QString newDemoToken()
{
    QString token = u"sim_"_s;
    for (int i = 0; i < 32; ++i)
        token.append(QChar(u"0123456789abcdef"[QRandomGenerator::system()->bounded(16)]));
    return token;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "flightdeck-sim: " << message << '\n';
    return 2;
}


// Every option of the command line.
struct Options
{
    const QCommandLineOption portOption{u"port"_s, u"Port to listen on, on 127.0.0.1; 0 picks a free one (default 4280)."_s, u"port"_s, u"4280"_s};
    const QCommandLineOption tokenOption{u"token"_s, u"An API token to accept; repeat for more (default: one new random token)."_s, u"token"_s};
    const QCommandLineOption stateOption{u"state"_s, u"Keep apps, Machines, volumes and secrets in FILE across restarts (written atomically)."_s, u"file"_s};
    const QCommandLineOption emptyOption{u"empty"_s, u"Start without the demo app, volume and secret (the organizations stay)."_s};
    const QCommandLineOption bootOption{u"boot-delay"_s, u"Milliseconds a Machine spends starting (default 500)."_s, u"ms"_s, u"500"_s};
    const QCommandLineOption listLagOption{u"list-lag"_s, u"Milliseconds before a new Machine appears in lists, as in the real API's replicated "
                                                       "store (default 2000; GET by id finds it at once)."_s,
                                           u"ms"_s, u"2000"_s};
    const QCommandLineOption checksOption{u"checks"_s, u"Health checks of Machines whose image (or name) matches PATTERN pass SECONDS after the start, "
                                                     "or never with 'never'; repeatable (default for all: 1.5 s). Example: --checks 'broken*=never'."_s,
                                          u"pattern=seconds|never"_s};
    const QCommandLineOption tlsCertOption{u"tls-cert"_s, u"Serve HTTPS (HTTP/2 by ALPN, or HTTP/1.1) with this PEM certificate; needs --tls-key."_s, u"file"_s};
    const QCommandLineOption tlsKeyOption{u"tls-key"_s, u"The PEM private key of --tls-cert."_s, u"file"_s};
    const QCommandLineOption latencyOption{u"latency"_s, u"Milliseconds added before every API answer (default 0)."_s, u"ms"_s, u"0"_s};
    const QCommandLineOption exitOption{u"exit"_s, u"Machines whose image (or name) matches PATTERN exit with CODE SECONDS after starting; "
                                                   "repeatable. Example: --exit 'nginx*=1@5'."_s,
                                        u"pattern=code@seconds"_s};
    const QCommandLineOption faultOption{u"fault"_s, u"A scripted fault as JSON: {\"method\",\"path\" (regex),\"action\" (status|reset|hang|reset-after),\"status\",\"body\","
                                                     "\"count\",\"probability\"}; repeatable."_s,
                                         u"json"_s};
    const QCommandLineOption seedOption{u"seed"_s, u"Seed for faults with a probability (default 1)."_s, u"n"_s, u"1"_s};
    const QCommandLineOption registryOption{u"registry"_s, u"A local OCI registry (host:port) to serve Fly's registry from: the simulator fronts it on a port "
                                                       "of its own (printed as FLY_REGISTRY_HOST) with token auth and one repository per existing app."_s,
                                            u"host:port"_s};
    const QCommandLineOption imageOption{u"image"_s, u"A repository to accept as a public image besides the built-in list; repeatable."_s, u"repository"_s};
    const QCommandLineOption nearestOption{u"nearest-region"_s, u"The region requests come from (default ams)."_s, u"code"_s, u"ams"_s};
    const QCommandLineOption fullOption{u"full-region"_s, u"A region without room for new Machines (of one CPU kind with CODE:KIND): creates there fail "
                                                   "with insufficient_capacity and placements leave it out; repeatable. Example: --full-region fra:performance."_s,
                                        u"code[:kind]"_s};
    const QCommandLineOption noLimitsOption{u"no-rate-limits"_s, u"Turn off the per-action rate limits (429 answers)."_s};
};

void describe(QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(
        u"A local Fly.io Machines API (REST under /v1, GraphQL at /graphql) on 127.0.0.1, for running and testing Flightdeck offline.\n"
        "On start it prints shell-sourceable lines: FLY_FLAPS_BASE_URL, FLY_API_BASE_URL, FLY_API_TOKEN and, with --registry, FLY_REGISTRY_HOST.\n"
        "Scenario and fault control is also available at runtime under /_sim/ (requests, latency, boot-delay, list-lag, exits, checks, faults, seed, rate-limits, state)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.portOption, o.tokenOption, o.stateOption, o.emptyOption, o.bootOption, o.listLagOption, o.latencyOption, o.exitOption,
                       o.checksOption, o.tlsCertOption, o.tlsKeyOption, o.faultOption, o.seedOption, o.registryOption, o.imageOption,
                       o.nearestOption, o.fullOption, o.noLimitsOption});
}

// A non-negative number (milliseconds, a port) no larger than `maximum`, or nullopt.
std::optional<int> number(const QCommandLineParser &parser, const QCommandLineOption &option, int maximum = std::numeric_limits<int>::max())
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok && value >= 0 && value <= maximum ? std::optional<int>(value) : std::nullopt;
}

// --exit and --checks: scripted exits and health checks. An error text, or empty.
QString addScenarios(const QCommandLineParser &parser, const Options &o, Sim::Platform &platform)
{
    static const QRegularExpression exitPattern(u"^(.+)=(-?\\d+)@(\\d+(?:\\.\\d+)?)$"_s);
    const QStringList exits = parser.values(o.exitOption);
    for (const QString &spec : exits) {
        const QRegularExpressionMatch match = exitPattern.match(spec);
        if (!match.hasMatch())
            return u"--exit takes PATTERN=CODE@SECONDS, for example 'nginx*=1@5'; got '%1'"_s.arg(spec);
        platform.lifecycle().addExitScenario({match.captured(1), match.captured(2).toInt(), static_cast<int>(match.captured(3).toDouble() * 1000)});
    }
    static const QRegularExpression checksPattern(u"^(.+)=(never|\\d+(?:\\.\\d+)?)$"_s);
    const QStringList checks = parser.values(o.checksOption);
    for (const QString &spec : checks) {
        const QRegularExpressionMatch match = checksPattern.match(spec);
        if (!match.hasMatch())
            return u"--checks takes PATTERN=SECONDS or PATTERN=never, for example 'web*=3'; got '%1'"_s.arg(spec);
        const int after = match.captured(2) == "never"_L1 ? -1 : static_cast<int>(match.captured(2).toDouble() * 1000);
        platform.lifecycle().addCheckScenario({match.captured(1), after, {}});
    }
    return {};
}

// --fault: scripted faults. An error text, or empty.
QString addFaults(const QCommandLineParser &parser, const Options &o, Sim::Control &control)
{
    const QStringList faults = parser.values(o.faultOption);
    for (const QString &spec : faults) {
        QString error;
        const std::optional<Sim::Fault> fault = Sim::Fault::fromJson(QJsonDocument::fromJson(spec.toUtf8()).object(), &error);
        if (!fault)
            return u"--fault %1: %2"_s.arg(spec, error);
        control.addFault(*fault);
    }
    return {};
}

// --tls-cert and --tls-key: HTTPS, or nullopt for plain HTTP; `error` says why they cannot be used.
std::optional<QSslConfiguration> tlsConfiguration(const QCommandLineParser &parser, const Options &o, QString *error)
{
    if (parser.isSet(o.tlsCertOption) != parser.isSet(o.tlsKeyOption)) {
        *error = u"--tls-cert and --tls-key go together"_s;
        return std::nullopt;
    }
    if (!parser.isSet(o.tlsCertOption))
        return std::nullopt;
    QFile certFile(parser.value(o.tlsCertOption));
    QFile keyFile(parser.value(o.tlsKeyOption));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read --tls-cert or --tls-key: %1"_s.arg(certFile.isOpen() ? keyFile.errorString() : certFile.errorString());
        return std::nullopt;
    }
    const QSslCertificate certificate(certFile.readAll());
    QSslKey key(keyFile.readAll(), QSsl::Rsa);
    if (key.isNull()) {
        keyFile.seek(0);
        key = QSslKey(keyFile.readAll(), QSsl::Ec);
    }
    if (certificate.isNull() || key.isNull()) {
        *error = u"--tls-cert and --tls-key must be a PEM certificate and its RSA or EC key"_s;
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    return tls;
}

// Shell-sourceable lines; tools/dev and the tests read them to find the simulator.
void printEnvironment(const Sim::SimApi &api, const QString &token, const Sim::RegistryFront *registry)
{
    QTextStream out(stdout);
    const char *scheme = api.isTls() ? "https" : "http";
    out << "FLY_FLAPS_BASE_URL=" << scheme << "://127.0.0.1:" << api.port() << '\n';
    out << "FLY_API_BASE_URL=" << scheme << "://127.0.0.1:" << api.port() << '\n';
    out << "FLY_API_TOKEN=" << token << '\n';
    if (registry)
        out << "FLY_REGISTRY_HOST=" << registry->hostAndPort() << '\n';
    out.flush();
}

// The numbers on the command line, each checked, or the message naming the bad one.
struct Numbers
{
    int port = 0;
    int bootDelay = 0;
    int listLag = 0;
    int latency = 0;
};

std::optional<Numbers> readNumbers(const QCommandLineParser &parser, const Options &o, QString *error)
{
    const std::optional<int> port = number(parser, o.portOption, 65535);
    const std::optional<int> bootDelay = number(parser, o.bootOption);
    const std::optional<int> listLag = number(parser, o.listLagOption);
    const std::optional<int> latency = number(parser, o.latencyOption);
    if (!port)
        *error = u"--port must be a number from 0 to 65535, got '%1'"_s.arg(parser.value(o.portOption));
    else if (!bootDelay)
        *error = u"--boot-delay must be a number of milliseconds, got '%1'"_s.arg(parser.value(o.bootOption));
    else if (!listLag)
        *error = u"--list-lag must be a number of milliseconds, got '%1'"_s.arg(parser.value(o.listLagOption));
    else if (!latency)
        *error = u"--latency must be a number of milliseconds, got '%1'"_s.arg(parser.value(o.latencyOption));
    else
        return Numbers{*port, *bootDelay, *listLag, *latency};
    return std::nullopt;
}

// The platform's apps and Machines: from --state when that file exists,
// else the demo data (without its app for --empty).
std::unique_ptr<Sim::StateFile> loadState(const QCommandLineParser &parser, const Options &o, Sim::Platform &platform, QString *error)
{
    std::unique_ptr<Sim::StateFile> stateFile;
    if (parser.isSet(o.stateOption)) {
        stateFile = std::make_unique<Sim::StateFile>(parser.value(o.stateOption), &platform);
        if (QFileInfo::exists(parser.value(o.stateOption))) {
            QString reason;
            if (!stateFile->load(&reason))
                *error = u"cannot read the state file %1: %2"_s.arg(parser.value(o.stateOption), reason);
            return stateFile;
        }
    }
    platform.addDemoData();
    if (parser.isSet(o.emptyOption))
        platform.deleteApp(u"demo-app"_s);
    return stateFile;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"flightdeck-sim"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
    QCommandLineParser parser;
    const Options o;
    describe(parser, o);
    parser.process(app);

    QString error;
    const std::optional<Numbers> numbers = readNumbers(parser, o, &error);
    if (!numbers)
        return fail(error);
    if (!Sim::region(parser.value(o.nearestOption)))
        return fail(u"--nearest-region must be a region code such as ams or ord, got '%1'"_s.arg(parser.value(o.nearestOption)));

    Sim::Platform platform;
    platform.lifecycle().setBootDelayMs(numbers->bootDelay);
    platform.machines().setListLagMs(numbers->listLag);
    platform.setNearestRegion(parser.value(o.nearestOption));
    const QStringList fullRegions = parser.values(o.fullOption);
    for (const QString &full : fullRegions) {
        if (!Sim::region(full.section(u':', 0, 0)))
            return fail(u"--full-region needs a region code such as fra or fra:performance, got '%1'"_s.arg(full));
        platform.addFullRegion(full.section(u':', 0, 0), full.section(u':', 1));
    }
    if (error = addScenarios(parser, o, platform); !error.isEmpty())
        return fail(error);

    Sim::Control control;
    control.setLatencyMs(numbers->latency);
    control.setSeed(parser.value(o.seedOption).toUInt());
    if (error = addFaults(parser, o, control); !error.isEmpty())
        return fail(error);

    Sim::ImageResolver images;
    std::unique_ptr<Sim::RegistryFront> registry;
    if (parser.isSet(o.registryOption)) {
        registry = std::make_unique<Sim::RegistryFront>(&platform, &control, parser.value(o.registryOption));
        if (!registry->listen())
            return fail(u"cannot listen for the registry front on 127.0.0.1"_s);
        images.setLocalRegistry(registry->hostAndPort(), parser.value(o.registryOption));
    }
    const QStringList publicImages = parser.values(o.imageOption);
    for (const QString &image : publicImages)
        images.addPublicImage(image);

    const std::unique_ptr<Sim::StateFile> stateFile = loadState(parser, o, platform, &error);
    if (!error.isEmpty())
        return fail(error);
    const std::optional<QSslConfiguration> tls = tlsConfiguration(parser, o, &error);
    if (!error.isEmpty())
        return fail(error);

    const QStringList tokens = parser.isSet(o.tokenOption) ? parser.values(o.tokenOption) : QStringList{newDemoToken()};
    Sim::SimApi api(&platform, &images, &control);
    for (const QString &token : tokens)
        api.addToken(token);
    if (registry)
        registry->setTokens(tokens);
    api.rateLimiter().setEnabled(!parser.isSet(o.noLimitsOption));
    if (!api.listen(static_cast<quint16>(numbers->port), tls))
        return fail(u"cannot listen on 127.0.0.1:%1: %2"_s.arg(numbers->port).arg(api.errorString()));
    if (stateFile) {
        if (!stateFile->save(&error))
            return fail(u"cannot write the state file %1: %2"_s.arg(parser.value(o.stateOption), error));
    }
    printEnvironment(api, tokens.first(), registry.get());
    return QCoreApplication::exec();
}
