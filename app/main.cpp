// flightdeck: the command line when asked for one, the wizard otherwise.

#include "cli/commandline.h"
#include "cli/headlesslaunch.h"
#include "cli/runcommand.h"
#include "cli/tokencommand.h"
#include "gui.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstring>

int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "run") == 0) {
        // Parsing and validating need no application object, so bad input is
        // reported without ever opening a window.
        QStringList arguments;
        for (int i = 2; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        QTextStream out(stdout);
        QTextStream err(stderr);
        const Flightdeck::Cli::RunOutcome outcome = Flightdeck::Cli::runCommand(arguments, QDir::currentPath(), out, err);
        if (outcome.exitCode)
            return *outcome.exitCode;
        if (outcome.launchHeadless) {
            QCoreApplication app(argc, argv);
            Flightdeck::Cli::setApplicationIdentity();
            Flightdeck::Cli::HeadlessLaunchRequest request{outcome.spec, {}, outcome.apiUrl, outcome.graphqlUrl};
            request.options.createAppIfMissing = true; // --yes confirms it
            request.options.org = outcome.spec.org;
            request.options.imageEngine = outcome.imageEngine;
            return Flightdeck::Cli::launchHeadless(request);
        }
        return Flightdeck::Ui::runGui(argc, argv, outcome.spec);
    }
    if (argc > 1 && std::strcmp(argv[1], "token") == 0) {
        QCoreApplication app(argc, argv);
        Flightdeck::Cli::setApplicationIdentity();
        return Flightdeck::Cli::runTokenCommand(QCoreApplication::arguments().mid(2));
    }
    if (!Flightdeck::Cli::needsGui(argc, argv)) {
        QCoreApplication app(argc, argv);
        Flightdeck::Cli::setApplicationIdentity();
        return Flightdeck::Cli::runHeadless(QCoreApplication::arguments());
    }
    // `flightdeck path/to/x.flightdeck` opens a saved profile.
    const QString profile = argc == 2 ? QString::fromLocal8Bit(argv[1]) : QString();
    return Flightdeck::Ui::runGui(argc, argv, {}, profile.endsWith(u".flightdeck") ? QDir::current().absoluteFilePath(profile) : QString());
}
