#pragma once

#include "app/spec/runspec.h"

#include <QStringList>

#include <optional>

class QTextStream;

namespace Flightdeck::Cli {

// `flightdeck run <image|path> [command…] [fly machine run flags]`
//
// With --print-config, prints the request body; with --print-command, the
// normalized `fly machine run` command line; with --yes, asks for a headless
// launch (see headlesslaunch.h). Invalid input prints every issue
// on stderr ("error: <field>: <message>") and exits 2; warnings alone do not
// fail. Otherwise the wizard opens with the spec.
struct RunOutcome
{
    std::optional<int> exitCode; // set: finished without a window
    RunSpec spec;                // for the wizard, or for the headless launch
    bool launchHeadless = false; // --yes: launch without a window
    QString apiUrl;              // --api-url
    QString graphqlUrl;          // --graphql-url
    QString imageEngine;         // --builder docker|podman|buildah
    int logsForSeconds = 0;      // --logs-for: the Machine's log this much longer after the launch
};

RunOutcome runCommand(const QStringList &arguments, const QString &currentDir, QTextStream &out, QTextStream &err);

} // namespace Flightdeck::Cli
