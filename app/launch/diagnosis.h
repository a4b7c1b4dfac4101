#pragma once

#include "app/api/apierror.h"
#include "app/launch/launchtypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Flightdeck::Diagnose {

// Reads a Machine's events (newest first) for why it stopped: the exit code,
// out of memory, an image that could not be pulled. nullopt when nothing
// points to a failure.
std::optional<Diagnosis> fromEvents(const QJsonArray &events);

// A Machine's health checks, without the compatibility checks flyd adds for
// blue-green deploys (fly-go's RemoveCompatChecks).
QJsonArray healthChecks(const QJsonObject &machine);
// How many checks a Machine config declares (services[].checks and checks).
int declaredHealthChecks(const QJsonObject &config);

// Checks still failing when the wait ran out (after `seconds`): the first
// failing check's name and output, and the setting to change.
Diagnosis fromChecks(const QJsonArray &checks, int seconds);

// An API error during create, bound to the setting most likely at fault.
Diagnosis fromCreateError(const ApiError &error);

} // namespace Flightdeck::Diagnose
