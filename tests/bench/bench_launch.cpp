// Round trips and wall time from "launch" to "started" for an existing app and
// an image reference, with 100 ms of simulated latency per request. A
// benchmark, not a test; docs/benchmarks.md has the command and the numbers.

#include "app/api/apiclient.h"
#include "app/launch/launcher.h"
#include "support/simprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    TestSupport::SimProcess sim;
    if (!sim.start({u"--token"_s, u"bench"_s, u"--no-rate-limits"_s, u"--boot-delay"_s, u"0"_s, u"--latency"_s, u"100"_s})) {
        out << "cannot start flightdeck-sim: " << sim.errorString() << '\n';
        return 1;
    }
    Endpoints endpoints;
    endpoints.machinesApi = sim.baseUrl();
    QNetworkAccessManager network;

    constexpr int runs = 15;
    QList<qint64> times;
    QList<int> trips;
    for (int i = 0; i < runs; ++i) {
        ApiClient api(&network, endpoints, FlyToken::parse(u"bench"_s));
        RunSpec spec;
        spec.app = u"demo-app"_s;
        spec.image = u"nginx:1.27"_s;
        spec.detach = true;
        Launcher launcher(&api, spec, LaunchOptions{});
        QElapsedTimer clock;
        qint64 startedAt = -1;
        int tripsAtStart = 0;
        QObject::connect(&launcher, &Launcher::stepChanged, &app, [&](const StepEvent &event) {
            if (event.step == LaunchStep::WaitStarted && event.status == StepEvent::Status::Done) {
                startedAt = clock.elapsed();
                tripsAtStart = api.roundTrips();
            }
        });
        QObject::connect(&launcher, &Launcher::finished, &app, [&app] { app.quit(); });
        clock.start();
        launcher.start();
        app.exec();
        if (startedAt < 0) {
            out << "launch " << i << " did not start\n";
            return 1;
        }
        times.append(startedAt);
        trips.append(tripsAtStart);
    }
    std::sort(times.begin(), times.end());
    out << "round trips to started: " << *std::max_element(trips.cbegin(), trips.cend()) << " (every run)\n";
    out << "wall time to started:   median " << times.at(runs / 2) << " ms, min " << times.first() << " ms, max " << times.last()
        << " ms (" << runs << " launches, 100 ms latency per request)\n";
    return 0;
}
