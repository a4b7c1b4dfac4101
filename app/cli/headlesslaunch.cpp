#include "app/cli/headlesslaunch.h"

#include "app/api/apiclient.h"
#include "app/api/logstream.h"
#include "app/auth/tokenresolver.h"
#include "app/settings/appsettings.h"
#include "app/settings/userfiles.h"
#include "app/spec/issue.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Flightdeck::Cli {

namespace {

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

struct HeadlessLaunch::Private
{
    HeadlessLaunchRequest request;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    AppSettings settings{UserFiles::standard().settings};
    QTextStream out{stdout};
    QTextStream err{stderr};
    QNetworkAccessManager network;
    TokenResolver resolver{environment};
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<Launcher> launcher;
    FlyToken token;
};

namespace {

// After a failure the log keeps the lines that explain it a moment longer than the events.
constexpr int kFailureLogGraceMs = 3000;

} // namespace

HeadlessLaunch::HeadlessLaunch(HeadlessLaunchRequest request, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->request = std::move(request);
}

HeadlessLaunch::~HeadlessLaunch() = default;

void HeadlessLaunch::start()
{
    // Flags, then flyctl's variables, then Settings, then Fly.io's own addresses.
    Endpoints endpoints = d->settings.endpoints(d->environment);
    if (!d->request.apiUrl.isEmpty())
        endpoints.machinesApi = QUrl(d->request.apiUrl);
    if (!d->request.graphqlUrl.isEmpty())
        endpoints.graphql = QUrl(d->request.graphqlUrl);
    if (const std::optional<QString> problem = endpoints.problem()) {
        d->err << Issue{Issue::Severity::Error, u"endpoint"_s, *problem}.toLine() << '\n';
        d->err.flush();
        Q_EMIT finished(2);
        return;
    }
    connect(&d->resolver, &TokenResolver::resolved, this, [this, endpoints](const TokenResolver::Result &found) {
        if (!found.configProblem.isEmpty())
            d->err << Issue{Issue::Severity::Warning, u"token"_s, found.configProblem}.toLine() << '\n';
        if (!found.keychainProblem.isEmpty())
            d->err << Issue{Issue::Severity::Warning, u"token"_s, tr("the keychain could not be read: %1").arg(found.keychainProblem)}.toLine() << '\n';
        d->token = FlyToken::parse(found.found.token);
        d->api = std::make_unique<ApiClient>(&d->network, endpoints, d->token);
        LaunchOptions options = d->request.options;
        options.followLog = true; // printed under the steps
        options.tokenRefusedHint = TokenSources::refusedTokenHint(found.found.origin);
        options.minSecretsVersion = TokenSources::minSecretsVersion(d->environment, d->request.spec.app);
        if (options.imageEngine.isEmpty())
            options.imageEngine = d->settings.imageEngine();
        d->launcher = std::make_unique<Launcher>(d->api.get(), d->request.spec, options);
        connect(d->launcher.get(), &Launcher::stepChanged, this, &HeadlessLaunch::printStep);
        connect(d->launcher.get(), &Launcher::machineKnown, this, &HeadlessLaunch::followLog);
        connect(d->launcher.get(), &Launcher::finished, this, &HeadlessLaunch::printOutcome);
        d->launcher->start();
    }, Qt::SingleShotConnection);
    d->resolver.resolve();
}

void HeadlessLaunch::printStep(const StepEvent &event)
{
    if (event.status == StepEvent::Status::Running)
        return;
    d->out << statusWord(event.status) << ' ' << stepTitle(event.step);
    if (event.status != StepEvent::Status::Skipped && event.status != StepEvent::Status::Progress)
        d->out << " (" << event.durationMs << " ms)";
    if (!event.detail.isEmpty())
        d->out << ": " << d->token.redact(event.detail);
    d->out << '\n';
    d->out.flush();
}

void HeadlessLaunch::followLog()
{
    // The launcher's own stream: the one it reads for a failure's cause, so the log is polled once.
    LogStream *log = d->launcher->logStream();
    if (!log)
        return;
    printLog(d->launcher->logLines());
    connect(log, &LogStream::received, this, &HeadlessLaunch::printLog);
    connect(log, &LogStream::ended, this, [this](const QString &reason) {
        d->err << Issue{Issue::Severity::Warning, u"log"_s, reason}.toLine() << '\n';
        d->err.flush();
    });
}

void HeadlessLaunch::printLog(const QList<LogEntry> &entries)
{
    for (const LogEntry &entry : entries)
        d->out << "    log | " << d->token.redact(logLine(entry)) << '\n';
    d->out.flush();
}

void HeadlessLaunch::printOutcome(const LaunchOutcome &outcome)
{
    // The log a while longer: what the user asked for, or the lines that explain a failure.
    const int moreMs = std::max(d->request.logsForSeconds * 1000, outcome.succeeded || outcome.cancelled ? 0 : kFailureLogGraceMs);
    if (const LogStream *log = d->launcher->logStream(); log && log->isRunning() && moreMs > 0) {
        QTimer::singleShot(moreMs, this, [this, outcome] { finish(outcome); });
        return;
    }
    finish(outcome);
}

void HeadlessLaunch::finish(const LaunchOutcome &outcome)
{
    d->launcher->stopLog();
    const QJsonObject &machine = outcome.machine;
    const auto field = [&machine](const char *key) { return machine.value(QLatin1StringView(key)).toString(); };
    if (outcome.succeeded) {
        d->out << '\n' << tr("Machine %1 (%2) is %3").arg(field("id"), field("name"), field("state")) << '\n'
               << "  " << tr("region:     %1").arg(field("region")) << '\n'
               << "  " << tr("private IP: %1").arg(field("private_ip")) << '\n'
               << "  " << tr("requests:   %1").arg(outcome.roundTrips) << '\n';
    } else if (outcome.diagnosis) {
        const QString where = outcome.diagnosis->field.isEmpty() ? u"launch"_s : outcome.diagnosis->field;
        d->err << Issue{Issue::Severity::Error, where, d->token.redact(outcome.diagnosis->summary)}.toLine() << '\n';
        if (!outcome.diagnosis->hint.isEmpty())
            d->err << "  " << tr("hint: %1").arg(outcome.diagnosis->hint) << '\n';
        if (!outcome.existing.isEmpty())
            d->err << "  " << tr("already created: %1").arg(outcome.existing.join(u"; "_s)) << '\n';
    }
    d->out.flush();
    d->err.flush();
    Q_EMIT finished(outcome.succeeded ? 0 : 1);
}

} // namespace Flightdeck::Cli
