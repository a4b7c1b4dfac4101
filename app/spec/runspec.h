#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Flightdeck {

// Everything the user decides about the Machine to run: what `fly machine run`
// can set, plus Flightdeck's own choices. Every input (wizard pages, fly flags,
// config JSON, profiles) fills one; every output (the request body, the
// command line, the profile) is derived from one.
//
// Optional members mean "only if the user chose": an empty optional lets the
// platform's (or flyctl's) default apply. Members named `extra` hold the keys
// of an imported config that RunSpec does not model, sent back unchanged.

// How autostop behaves when the proxy sees no traffic.
enum class Autostop { Off, Stop, Suspend };

// One public port or port range of a service.
struct PortSpec
{
    int port = 0;      // a single external port; 0 when this is a range
    int startPort = 0; // a range's first port
    int endPort = 0;   // a range's last port (flyctl loses it; we keep it)
    QStringList handlers;
    QJsonObject extra; // force_https, tls_options, http_options, …

    bool isRange() const { return port == 0 && (startPort != 0 || endPort != 0); } // "0-86" too, which validation refuses
    friend bool operator==(const PortSpec &, const PortSpec &) = default;
};

struct ServiceSpec
{
    QString protocol = QStringLiteral("tcp");
    int internalPort = 0;
    QList<PortSpec> ports;
    std::optional<bool> autostart;
    std::optional<Autostop> autostop;
    QJsonObject extra; // checks, concurrency, min_machines_running, …

    friend bool operator==(const ServiceSpec &, const ServiceSpec &) = default;
};

struct GuestSpec
{
    QString cpuKind = QStringLiteral("shared");
    int cpus = 1;
    int memoryMb = 256;
    int maxMemoryMb = 0; // 0: not set
    QString hostDedicationId;
    std::optional<QStringList> kernelArgs; // set: replaces the kernel arguments
    QJsonObject extra;

    friend bool operator==(const GuestSpec &, const GuestSpec &) = default;
};

struct MountSpec
{
    QString volume; // a volume id (vol_…) or a volume name to pick an unattached one by
    QString path;   // where it appears in the Machine
    QJsonObject extra;

    friend bool operator==(const MountSpec &, const MountSpec &) = default;
};

struct FileSpec
{
    enum class Source {
        LocalFile, // `value` is a path on this computer; its bytes are sent
        Literal,   // `value` is the text itself
        Secret,    // `value` names an app secret holding the content
        Raw,       // `value` is base64 bytes from an imported config
    };
    QString guestPath;
    Source source = Source::Literal;
    QString value;
    QJsonObject extra; // mode, image_config, …

    friend bool operator==(const FileSpec &, const FileSpec &) = default;
};

struct RestartSpec
{
    QString policy; // "no", "always", "on-failure"; empty: explicitly none
    int maxRetries = 0; // 0: the platform default
    QJsonObject extra;

    // `--restart=`: no restart object in the request at all.
    bool isNone() const { return policy.isEmpty() && maxRetries == 0 && extra.isEmpty(); }
    friend bool operator==(const RestartSpec &, const RestartSpec &) = default;
};

struct RootfsSpec
{
    QString persist; // "never", "always", "restart"; empty: not set
    int sizeGb = 0;  // 0: not set
    QJsonObject extra;

    friend bool operator==(const RootfsSpec &, const RootfsSpec &) = default;
};

struct BuildSpec
{
    QString contextDir; // the folder sent to the builder (flyctl always uses the current one)
    QString dockerfile; // empty: Dockerfile in the context folder
    QMap<QString, QString> args;
    QString target;
    QString imageLabel; // empty: deployment-<ULID>
    bool noCache = false;

    friend bool operator==(const BuildSpec &, const BuildSpec &) = default;
};

struct RunSpec
{
    // Where it runs.
    QString app;
    QString org;        // used when the app has to be created
    QString workingDir; // a folder whose fly.toml supplies the app name and Dockerfile
    QString region;     // empty: the platform picks one near you
    QString name;       // empty: the platform generates one

    // What it runs.
    QString image;                  // a registry reference; empty when building
    std::optional<BuildSpec> build; // set: build from a Dockerfile instead
    QStringList cmd;                // init.cmd
    QStringList entrypoint;         // init.entrypoint
    QStringList exec;               // init.exec
    int swapSizeMb = 0;             // init.swap_size_mb; 0: none
    QJsonObject initExtra;

    // Shell mode (`--shell`): a temporary Machine to open a console on.
    bool shell = false;
    QString shellUser = QStringLiteral("root");
    QString shellCommand = QStringLiteral("/bin/bash");

    // Resources.
    GuestSpec guest;
    std::optional<RootfsSpec> rootfs;
    int cacheDriveSizeMb = 0; // 0: no cache drive
    QJsonObject cacheDriveExtra;

    // Network, storage, configuration.
    QList<ServiceSpec> services;
    QList<MountSpec> mounts;
    QMap<QString, QString> env;
    QMap<QString, QString> metadata;
    QList<FileSpec> files;

    // Lifecycle.
    std::optional<RestartSpec> restart; // empty: the default for the other choices
    bool autoDestroy = false;
    QString schedule;
    std::optional<QStringList> standbyFor;
    bool skipDnsRegistration = false;
    bool skipLaunch = false; // create only, do not start
    bool detach = false;     // do not wait for health checks
    bool skipHealthChecks = false; // wait for "started", not for the checks (--skip-health-checks)
    int waitTimeoutSeconds = 0;    // bounds the wait for start and checks (--wait-timeout); 0: 300
    bool manageWithDeploy = false; // add the metadata `fly deploy` needs
    QString processGroup = QStringLiteral("app");

    // Keys of an imported config and request body that RunSpec does not model.
    QJsonObject configExtra;
    QJsonObject bodyExtra;
    QJsonObject dnsExtra;

    friend bool operator==(const RunSpec &, const RunSpec &) = default;
};

} // namespace Flightdeck
