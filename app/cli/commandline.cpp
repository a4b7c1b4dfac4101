#include "app/cli/commandline.h"

#include "app/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Flightdeck::Cli {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Flightdeck"_s);
    QCoreApplication::setOrganizationDomain(u"flightdeck.io"_s);
    QCoreApplication::setApplicationName(u"flightdeck"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FLIGHTDECK_VERSION));
}

QString versionLine()
{
    QString line = QCoreApplication::translate("Cli", "Flightdeck %1, Qt %2, KSyntaxHighlighting %3, QtKeychain %4")
                       .arg(QStringLiteral(FLIGHTDECK_VERSION), QString::fromLatin1(qVersion()),
                            QStringLiteral(FLIGHTDECK_KSYNTAXHIGHLIGHTING_VERSION), QStringLiteral(FLIGHTDECK_QTKEYCHAIN_VERSION));
    if (qstrcmp(qVersion(), QT_VERSION_STR) != 0)
        line += u' ' + QCoreApplication::translate("Cli", "(built with Qt %1)").arg(QStringLiteral(QT_VERSION_STR));
    return line;
}

bool needsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0 || std::strcmp(arg, "--help") == 0
            || std::strcmp(arg, "-h") == 0)
            return false;
    }
    return true;
}

int runHeadless(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Run Fly.io Machines from a guided wizard.\n\n"
        "  flightdeck                       open the wizard\n"
        "  flightdeck PROFILE.flightdeck    open the wizard with a saved profile\n"
        "  flightdeck run IMAGE|PATH [CMD…] [fly machine run flags]\n"
        "                                   open the wizard filled from a fly machine run command\n"
        "      --print-config               print the Machines API request body instead\n"
        "      --print-command              print the normalized fly machine run command instead\n"
        "      --yes                        launch now, without a window (and create a missing app)\n"
        "      --builder docker|podman|buildah   the image builder for Dockerfile builds\n"
        "      --api-url URL, --graphql-url URL  the endpoints (default: flyctl's variables, then Fly.io)\n"
        "      --help                       every flag of flightdeck run\n"
        "  flightdeck token set [--plaintext] | remove | status\n"
        "                                   the API token in the system keychain (set reads standard input)\n"
        "  flightdeck completion bash|zsh|fish\n"
        "                                   a shell completion script, for example:\n"
        "                                   source <(flightdeck completion bash)"));
    parser.addHelpOption();
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, QCoreApplication::translate("Cli", "Displays version information."));
    parser.addOption(versionOption);
    parser.process(arguments); // --help prints and exits here
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << versionLine() << '\n';
        return 0;
    }

    QTextStream(stderr) << QCoreApplication::translate("Cli", "Nothing to do without a window. Try --help.") << '\n';
    return 2;
}

} // namespace Flightdeck::Cli
