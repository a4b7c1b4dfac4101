#include "app/cli/runcommand.h"

#include "app/cli/runhelp.h"
#include "app/spec/createrequestcodec.h"
#include "app/spec/flyflags.h"
#include "app/spec/validation.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Flightdeck::Cli {

namespace {

struct RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};

// Flightdeck's own flags, taken out before flyctl's parser sees the rest.
struct OwnFlags
{
    bool printConfig = false;
    bool printCommand = false;
    bool help = false;
    QString apiUrl;
    QString graphqlUrl;
    QString imageEngine;
    QString logsFor; // seconds, as typed
    QStringList flyArguments; // everything else, in order
};

OwnFlags takeOwnFlags(const QStringList &arguments)
{
    OwnFlags own;
    bool afterDashDash = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!afterDashDash && argument == "--print-config"_L1)
            own.printConfig = true;
        else if (!afterDashDash && argument == "--print-command"_L1)
            own.printCommand = true;
        else if (!afterDashDash && (argument == "--help"_L1 || argument == "-h"_L1))
            own.help = true;
        else if (!afterDashDash && (argument == "--api-url"_L1 || argument == "--graphql-url"_L1) && i + 1 < arguments.size())
            (argument == "--api-url"_L1 ? own.apiUrl : own.graphqlUrl) = arguments.at(++i);
        else if (!afterDashDash && argument.startsWith("--api-url="_L1))
            own.apiUrl = argument.section(u'=', 1);
        else if (!afterDashDash && argument.startsWith("--graphql-url="_L1))
            own.graphqlUrl = argument.section(u'=', 1);
        else if (!afterDashDash && argument == "--builder"_L1 && i + 1 < arguments.size())
            own.imageEngine = arguments.at(++i);
        else if (!afterDashDash && argument.startsWith("--builder="_L1))
            own.imageEngine = argument.section(u'=', 1);
        else if (!afterDashDash && argument == "--logs-for"_L1 && i + 1 < arguments.size())
            own.logsFor = arguments.at(++i);
        else if (!afterDashDash && argument.startsWith("--logs-for="_L1))
            own.logsFor = argument.section(u'=', 1);
        else
            own.flyArguments.append(argument);
        afterDashDash = afterDashDash || argument == "--"_L1;
    }
    return own;
}

// What flyctl reads besides its flags: the folder and FLY_APP / FLY_ORG.
FlyFlags::ParseContext parseContext(const QString &currentDir)
{
    FlyFlags::ParseContext context;
    context.currentDir = currentDir;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"FLY_APP"_s, u"FLY_ORG"_s, u"FLY_ORGANIZATION"_s}) {
        if (environment.contains(name))
            context.environment.insert(name, environment.value(name));
    }
    return context;
}

// --print-config and --print-command: the request body, the command line.
void printRequested(const OwnFlags &own, const RunSpec &spec, QTextStream &out, QTextStream &err)
{
    if (own.printConfig)
        out << CreateRequestCodec::toRequestBody(spec);
    if (own.printCommand) {
        const FlyFlags::WriteResult written = FlyFlags::write(spec);
        out << written.commandLine << '\n';
        for (const QString &note : written.notes)
            err << RunCommand::tr("note: %1").arg(note) << '\n';
    }
    out.flush();
    err.flush();
}

} // namespace

RunOutcome runCommand(const QStringList &arguments, const QString &currentDir, QTextStream &out, QTextStream &err)
{
    const OwnFlags own = takeOwnFlags(arguments);
    RunOutcome outcome;
    if (own.help) {
        out << runHelp();
        out.flush();
        outcome.exitCode = 0;
        return outcome;
    }
    const FlyFlags::ParseResult parsed = FlyFlags::parse(own.flyArguments, parseContext(currentDir));

    Issues issues = parsed.issues;
    Validation::Options options;
    options.requireApp = parsed.yes && !own.printConfig && !own.printCommand; // a launch needs an app; printing does not
    issues += Validation::validate(parsed.spec, options);
    if (!own.imageEngine.isEmpty() && own.imageEngine != "docker"_L1 && own.imageEngine != "podman"_L1 && own.imageEngine != "buildah"_L1)
        issues.append(error(u"builder"_s, RunCommand::tr("'%1' is not an image builder Flightdeck drives: choose docker, podman or buildah").arg(own.imageEngine)));
    bool logsForOk = true;
    const int logsFor = own.logsFor.isEmpty() ? 0 : own.logsFor.toInt(&logsForOk);
    if (!logsForOk || logsFor < 0 || logsFor > 3600)
        issues.append(error(u"logs-for"_s, RunCommand::tr("'%1' is not a number of seconds: write --logs-for 30 (at most 3600)").arg(own.logsFor)));
    for (const Issue &issue : std::as_const(issues))
        err << issue.toLine() << '\n';
    for (const QString &flag : std::as_const(parsed.ignored))
        err << RunCommand::tr("note: %1 is accepted for compatibility and has no effect in Flightdeck").arg(flag) << '\n';
    err.flush();

    if (hasErrors(issues)) {
        outcome.exitCode = 2;
    } else if (own.printConfig || own.printCommand) {
        printRequested(own, parsed.spec, out, err);
        outcome.exitCode = 0;
    } else {
        outcome.spec = parsed.spec;
        outcome.launchHeadless = parsed.yes;
        outcome.apiUrl = own.apiUrl;
        outcome.graphqlUrl = own.graphqlUrl;
        outcome.imageEngine = own.imageEngine;
        outcome.logsForSeconds = logsFor;
    }
    return outcome;
}

} // namespace Flightdeck::Cli
