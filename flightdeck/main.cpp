// flightdeck: the command line when asked for one, the wizard otherwise.

#include "app/cli/commandline.h"
#include "app/cli/console.h"
#include "app/cli/headlesslaunch.h"
#include "app/cli/runcommand.h"
#include "app/cli/runhelp.h"
#include "app/cli/tokencommand.h"
#include "app/settings/appsettings.h"
#include "app/settings/translations.h"
#include "app/settings/userfiles.h"
#include "ui/gui.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstring>

namespace {

// Starts a command-line job and runs the event loop until it finishes; its
// exit code is the process's. The exit is queued, so a job that finishes
// inside start() (bad input) still ends the loop that starts after it.
template<typename Job>
int runUntilFinished(Job &job)
{
    QObject::connect(&job, &Job::finished, QCoreApplication::instance(), &QCoreApplication::exit, Qt::QueuedConnection);
    job.start();
    return QCoreApplication::exec();
}

// The command line's application: the console it was started from,
// Flightdeck's name (for its settings and keychain entry) and the language
// chosen in Settings, else the system's.
void startCommandLine()
{
    // A command typed in a Windows console prints there (a no-op elsewhere).
    Flightdeck::Cli::attachToParentConsole();
    Flightdeck::Cli::setApplicationIdentity();
    Flightdeck::installTranslations(Flightdeck::AppSettings(Flightdeck::UserFiles::standard().settings).language());
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace Flightdeck;
    if (argc > 1 && std::strcmp(argv[1], "run") == 0) {
        Cli::RunOutcome outcome;
        {
            // Parsing and validating need no window, so bad input is reported
            // (in the user's language) without ever opening one.
            QCoreApplication app(argc, argv);
            startCommandLine();
            QTextStream out(stdout);
            QTextStream err(stderr);
            outcome = Cli::runCommand(QCoreApplication::arguments().mid(2), QDir::currentPath(), out, err);
            if (outcome.exitCode)
                return *outcome.exitCode;
            if (outcome.launchHeadless) {
                Cli::HeadlessLaunchRequest request{outcome.spec, {}, outcome.apiUrl, outcome.graphqlUrl};
                request.options.createAppIfMissing = true; // --yes confirms it
                request.options.org = outcome.spec.org;
                request.options.imageEngine = outcome.imageEngine;
                request.logsForSeconds = outcome.logsForSeconds;
                Cli::HeadlessLaunch launch(std::move(request));
                return runUntilFinished(launch);
            }
        }
        return Ui::runGui(argc, argv, outcome.spec);
    }
    if (argc > 1 && std::strcmp(argv[1], "token") == 0) {
        QCoreApplication app(argc, argv);
        startCommandLine();
        Cli::TokenCommand command(QCoreApplication::arguments().mid(2));
        return runUntilFinished(command);
    }
    if (argc > 1 && std::strcmp(argv[1], "completion") == 0) {
        QCoreApplication app(argc, argv);
        startCommandLine();
        const QString script = Cli::completionScript(QCoreApplication::arguments().value(2));
        if (script.isEmpty()) {
            QTextStream(stderr) << QCoreApplication::translate("Cli", "usage: flightdeck completion bash|zsh|fish") << '\n';
            return 2;
        }
        QTextStream(stdout) << script;
        return 0;
    }
    if (!Cli::needsGui(argc, argv)) {
        QCoreApplication app(argc, argv);
        startCommandLine();
        return Cli::runHeadless(QCoreApplication::arguments());
    }
    // `flightdeck path/to/x.flightdeck` opens a saved profile.
    const QString profile = argc == 2 ? QString::fromLocal8Bit(argv[1]) : QString();
    return Ui::runGui(argc, argv, {}, profile.endsWith(u".flightdeck") ? QDir::current().absoluteFilePath(profile) : QString());
}
