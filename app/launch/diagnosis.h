#pragma once

#include "app/api/apierror.h"
#include "app/api/logstream.h"
#include "app/launch/launchtypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Flightdeck::Diagnose {

// Reads a Machine's events (newest first) for why it stopped: the exit code,
// out of memory, an image that could not be pulled. nullopt when nothing
// points to a failure.
// Several exits in a short time are a restart loop (Command).
std::optional<Diagnosis> fromEvents(const QJsonArray &events);
// Whether flyd is restarting a process that exited, with fewer exits than
// kRestartLoopExits so far: worth watching a moment longer before deciding.
bool mayStillRecover(const QJsonArray &events);
// How many exits the events record.
int exitCount(const QJsonArray &events);
constexpr int kRestartLoopExits = 3;

// A Machine's health checks, without the compatibility checks flyd adds for
// blue-green deploys (fly-go's RemoveCompatChecks).
QJsonArray healthChecks(const QJsonObject &machine);
// How many checks a Machine config declares (services[].checks and checks).
int declaredHealthChecks(const QJsonObject &config);

// Checks still failing when the wait ran out (after `seconds`): the first
// failing check's name and output, and the setting to change.
Diagnosis fromChecks(const QJsonArray &checks, int seconds);

// What the Machine's log says went wrong, when it names the cause better than
// the events or the checks do: the kernel killing the process for memory
// (Resources), the app listening on 127.0.0.1 or on another port than the
// service's (Services), an image the host could not pull (Image), a variable
// or file the app says is missing (Environment and files). `config` is the
// Machine's config, to tell a variable it has from one it lacks.
std::optional<Diagnosis> fromLog(const QList<LogEntry> &lines, const QJsonObject &config);
// Whether the log has the line that settles why the Machine stopped or cannot
// be reached (an exit, the OOM kill, the proxy's warning): no need to wait for more.
bool logExplainsTheEnd(const QList<LogEntry> &lines);

// An API error during create, bound to the setting most likely at fault.
Diagnosis fromCreateError(const ApiError &error);

} // namespace Flightdeck::Diagnose
