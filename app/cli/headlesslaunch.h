#pragma once

#include "launch/launcher.h"
#include "spec/runspec.h"

#include <QString>

namespace Flightdeck::Cli {

struct HeadlessLaunchRequest
{
    RunSpec spec;
    LaunchOptions options;
    QString apiUrl;     // --api-url, else FLY_FLAPS_BASE_URL, else the default
    QString graphqlUrl; // --graphql-url, else FLY_API_BASE_URL + /graphql
};

// `flightdeck run … --yes`: the whole launch without a window. Prints each
// step with its duration, then the Machine's id, state and private IP.
// Returns 0 when the Machine started (or was created, for create-only and
// standbys), 1 with the diagnosis otherwise. Needs a QCoreApplication.
int launchHeadless(const HeadlessLaunchRequest &request);

} // namespace Flightdeck::Cli
