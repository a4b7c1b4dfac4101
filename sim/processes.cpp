#include "sim/processes.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {

// Every fixture, by its repository: the one place a new one is added.
const QHash<QString, ProcessScript> &fixtures()
{
    static const QHash<QString, ProcessScript> scripts{
        {u"flightdeck/crash-on-start"_s,
         {{u"loading settings from the environment"_s, u"error: DATABASE_URL is not set; set it with fly secrets set"_s}, 1, 300, false, {}, {}}},
        {u"flightdeck/memory-hog"_s, {{u"warming the cache: reserving 2048 MiB"_s}, 137, 500, true, {}, {}}},
        {u"flightdeck/needs-config"_s,
         {{u"reading /etc/app/config.toml"_s, u"fatal: open /etc/app/config.toml: No such file or directory"_s}, 2, 300, false, {}, {}}},
        {u"flightdeck/localhost-only"_s, {{u"Listening on http://127.0.0.1:8080"_s}, std::nullopt, 0, false, u"127.0.0.1:8080"_s, {}}},
        {u"flightdeck/wrong-port"_s, {{u"Listening on http://0.0.0.0:3000"_s}, std::nullopt, 0, false, u"0.0.0.0:3000"_s, {}}},
        {u"flightdeck/restart-loop"_s,
         {{u"starting 4 workers"_s, u"panic: runtime error: index out of range [4] with length 4"_s, u"goroutine 1 [running]:"_s}, 2, 200, false, {}, {}}},
        {u"flightdeck/crash-once"_s,
         {{u"connecting to cache.internal:6379"_s, u"error: the cache does not answer yet; exiting so that I am restarted"_s}, 1, 50, false, {}, {}, true}},
        {u"flightdeck/pull-denied"_s, {{}, std::nullopt, 0, false, {}, u"unauthorized: authentication required"_s}},
    };
    return scripts;
}

} // namespace

ProcessScript processScriptFor(const QString &repository)
{
    return fixtures().value(repository);
}

QStringList processFixtureRepositories()
{
    return fixtures().keys();
}

} // namespace Sim
