#pragma once

#include "api/apierror.h"
#include "launch/launchtypes.h"

#include <QJsonArray>

namespace Flightdeck::Diagnose {

// Reads a Machine's events (newest first) for why it stopped: the exit code,
// out of memory, an image that could not be pulled. nullopt when nothing
// points to a failure.
std::optional<Diagnosis> fromEvents(const QJsonArray &events);

// An API error during create, bound to the setting most likely at fault.
Diagnosis fromCreateError(const ApiError &error);

} // namespace Flightdeck::Diagnose
