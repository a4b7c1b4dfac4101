#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Sim {

// What a Machine's process does once it runs, by its image: the lines it
// prints, and whether and how it ends. The simulator's fixtures: most images
// print nothing and run; the others fail the ways real apps do.
//
//   flightdeck/crash-on-start   prints why, exits with code 1
//   flightdeck/memory-hog       killed by the kernel for memory (exit 137)
//   flightdeck/needs-config     cannot open a file it needs, exits with code 2
//   flightdeck/localhost-only   listens on 127.0.0.1:8080, out of Fly Proxy's reach
//   flightdeck/wrong-port       listens on 0.0.0.0:3000: out of reach unless the service's
//                               internal port is 3000
//   flightdeck/pull-denied      resolves at the create, but its registry refuses the pull
//                               at the start (a private image without credentials)
//   flightdeck/restart-loop     panics a moment after each start (exit code 2): with the
//                               default restart policy, flyd starts it again and again
//   flightdeck/crash-once       exits with code 1 on its first start only (a dependency not
//                               up yet), then runs once flyd restarts it
struct ProcessScript
{
    QStringList output;           // printed right after the start
    std::optional<int> exitCode;  // exits on its own, with this code
    int exitAfterMs = 0;
    bool oomKilled = false;       // the kernel kills it for memory
    QString listensOn;            // "127.0.0.1:8080": where it listens, when that matters
                                  // (the host warns and checks fail when the proxy cannot reach it)
    QString pullError;            // the registry's answer when the image cannot be pulled
    bool exitsOnce = false;       // only on its first start: it runs once restarted
};

// `repository` as the image reference names it ("flightdeck/memory-hog", "library/nginx").
ProcessScript processScriptFor(const QString &repository);

// The fixtures' repositories, for the image resolver's list of public images.
QStringList processFixtureRepositories();

} // namespace Sim
