#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

namespace Flightdeck {

// Where Flightdeck talks to: the Machines API, GraphQL and the image registry.
struct Endpoints
{
    QUrl machinesApi = QUrl(QStringLiteral("https://api.machines.dev"));
    QUrl graphql = QUrl(QStringLiteral("https://api.fly.io/graphql"));
    QString registryHost = QStringLiteral("registry.fly.io");

    // flyctl's variables: FLY_FLAPS_BASE_URL, FLY_API_BASE_URL (GraphQL is its
    // /graphql), FLY_REGISTRY_HOST. Unset ones keep the defaults.
    static Endpoints fromEnvironment(const QProcessEnvironment &environment);

    // A Machines API URL: `path` is below /v1 and may carry a query
    // ("/apps/demo-app/machines?region=ams").
    QUrl machinesUrl(const QString &path) const;
    // An app's logs, on the GraphQL host as fly-go asks for them
    // (resource_logs.go: /api/v1/apps/<app>/logs); the query is the caller's.
    QUrl logsUrl(const QString &app) const;

    // Every URL usable: http only for loopback, https otherwise. The problem, or nullopt.
    std::optional<QString> problem() const;

    // True when the Machines API is on this computer: a simulator, whose
    // platform resolves images by its own fixtures.
    bool isLocal() const;
    // Whether asking `reference`'s registry tells what this platform would
    // pull: always on the real platform; against a local simulator only for
    // its registry and registries on this computer.
    bool looksUpImage(const QString &reference) const;
};

// "localhost", "127.0.0.1", "[::1]", with or without a port.
bool isLoopbackHost(const QString &hostAndPort);

// An app's address below /v1: "/apps/<app>" (the name percent-encoded).
QString appPath(const QString &app);
// Where an app's Machines are created and listed: "/apps/<app>/machines".
QString appMachinesPath(const QString &app);
// One Machine's address: "/apps/<app>/machines/<id>", both percent-encoded.
QString machinePath(const QString &app, const QString &machineId);
// Where apps are created: "/apps?wait=true", as fly-go's CreateApp posts
// (flaps/flaps_apps.go); the launcher still reads the app back before using it.
inline const QString kAppCreatePath = QStringLiteral("/apps?wait=true");

// Refuses anything but https, and http to a loopback host (a local simulator).
std::optional<QString> transportProblem(const QUrl &url);

} // namespace Flightdeck
