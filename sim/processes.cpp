#include "sim/processes.h"

using namespace Qt::StringLiterals;

namespace Sim {

ProcessScript processScriptFor(const QString &repository)
{
    if (repository == "flightdeck/crash-on-start"_L1)
        return {{u"loading settings from the environment"_s, u"error: DATABASE_URL is not set; set it with fly secrets set"_s}, 1, 300, false, {}, {}};
    if (repository == "flightdeck/memory-hog"_L1)
        return {{u"warming the cache: reserving 2048 MiB"_s}, 137, 500, true, {}, {}};
    if (repository == "flightdeck/needs-config"_L1)
        return {{u"reading /etc/app/config.toml"_s, u"fatal: open /etc/app/config.toml: No such file or directory"_s}, 2, 300, false, {}, {}};
    if (repository == "flightdeck/localhost-only"_L1)
        return {{u"Listening on http://127.0.0.1:8080"_s}, std::nullopt, 0, false, u"127.0.0.1:8080"_s, {}};
    if (repository == "flightdeck/wrong-port"_L1)
        return {{u"Listening on http://0.0.0.0:3000"_s}, std::nullopt, 0, false, u"0.0.0.0:3000"_s, {}};
    if (repository == "flightdeck/restart-loop"_L1)
        return {{u"starting 4 workers"_s, u"panic: runtime error: index out of range [4] with length 4"_s, u"goroutine 1 [running]:"_s}, 2, 200, false, {}, {}};
    if (repository == "flightdeck/crash-once"_L1)
        return {{u"connecting to cache.internal:6379"_s, u"error: the cache does not answer yet; exiting so that I am restarted"_s}, 1, 50, false, {}, {}, true};
    if (repository == "flightdeck/pull-denied"_L1)
        return {{}, std::nullopt, 0, false, {}, u"unauthorized: authentication required"_s};
    return {};
}

QStringList processFixtureRepositories()
{
    return {u"flightdeck/crash-on-start"_s, u"flightdeck/memory-hog"_s, u"flightdeck/needs-config"_s, u"flightdeck/localhost-only"_s, u"flightdeck/pull-denied"_s,
            u"flightdeck/restart-loop"_s, u"flightdeck/wrong-port"_s, u"flightdeck/crash-once"_s};
}

} // namespace Sim
