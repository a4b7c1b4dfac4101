#include "app/cli/runcommand.h"

#include "app/spec/createrequestcodec.h"
#include "app/spec/flyflags.h"
#include "app/spec/validation.h"

#include <QProcessEnvironment>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Flightdeck::Cli {

RunOutcome runCommand(const QStringList &arguments, const QString &currentDir, QTextStream &out, QTextStream &err)
{
    // Flightdeck's own flags come out before flyctl's parser sees the rest.
    bool printConfig = false;
    bool printCommand = false;
    QString apiUrl;
    QString graphqlUrl;
    QString imageEngine;
    QStringList flyArguments;
    bool afterDashDash = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!afterDashDash && argument == "--print-config"_L1)
            printConfig = true;
        else if (!afterDashDash && argument == "--print-command"_L1)
            printCommand = true;
        else if (!afterDashDash && (argument == "--api-url"_L1 || argument == "--graphql-url"_L1) && i + 1 < arguments.size())
            (argument == "--api-url"_L1 ? apiUrl : graphqlUrl) = arguments.at(++i);
        else if (!afterDashDash && argument.startsWith("--api-url="_L1))
            apiUrl = argument.section(u'=', 1);
        else if (!afterDashDash && argument.startsWith("--graphql-url="_L1))
            graphqlUrl = argument.section(u'=', 1);
        else if (!afterDashDash && argument == "--builder"_L1 && i + 1 < arguments.size())
            imageEngine = arguments.at(++i);
        else if (!afterDashDash && argument.startsWith("--builder="_L1))
            imageEngine = argument.section(u'=', 1);
        else
            flyArguments.append(argument);
        afterDashDash = afterDashDash || argument == "--"_L1;
    }

    FlyFlags::ParseContext context;
    context.currentDir = currentDir;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"FLY_APP"_s, u"FLY_ORG"_s, u"FLY_ORGANIZATION"_s}) {
        if (environment.contains(name))
            context.environment.insert(name, environment.value(name));
    }

    const FlyFlags::ParseResult parsed = FlyFlags::parse(flyArguments, context);

    Issues issues = parsed.issues;
    Validation::Options options;
    options.requireApp = parsed.yes && !printConfig && !printCommand; // a launch needs an app; printing does not
    issues += Validation::validate(parsed.spec, options);

    for (const Issue &issue : std::as_const(issues))
        err << issue.toLine() << '\n';
    for (const QString &flag : std::as_const(parsed.ignored))
        err << "note: " << flag << " is accepted for compatibility and has no effect in Flightdeck\n";
    err.flush();

    RunOutcome outcome;
    if (!imageEngine.isEmpty() && imageEngine != "docker"_L1 && imageEngine != "podman"_L1 && imageEngine != "buildah"_L1) {
        err << "error: builder: '" << imageEngine << "' is not an image builder Flightdeck drives: choose docker, podman or buildah\n";
        outcome.exitCode = 2;
        return outcome;
    }
    if (hasErrors(issues)) {
        outcome.exitCode = 2;
        return outcome;
    }
    if (printConfig || printCommand) {
        if (printConfig)
            out << CreateRequestCodec::toRequestBody(parsed.spec);
        if (printCommand) {
            const FlyFlags::WriteResult written = FlyFlags::write(parsed.spec);
            out << written.commandLine << '\n';
            for (const QString &note : written.notes)
                err << "note: " << note << '\n';
        }
        out.flush();
        err.flush();
        outcome.exitCode = 0;
        return outcome;
    }
    outcome.spec = parsed.spec;
    outcome.launchHeadless = parsed.yes;
    outcome.apiUrl = apiUrl;
    outcome.graphqlUrl = graphqlUrl;
    outcome.imageEngine = imageEngine;
    return outcome;
}

} // namespace Flightdeck::Cli
