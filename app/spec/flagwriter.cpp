// RunSpec -> a normalized `fly machine run` command line. What no flag can
// express travels in one inline --machine-config JSON, and the writer says so.

#include "app/spec/createrequestcodec.h"
#include "app/spec/flyflags.h"
#include "app/spec/shellwords.h"
#include "app/spec/specrules.h"
#include "app/spec/vmsizing.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Flightdeck::FlyFlags {

namespace {

// "ext[:int]/proto[:handler…]" for one port, or nullopt when a flag cannot say it.
std::optional<QString> portFlag(const ServiceSpec &service, const PortSpec &port)
{
    if (!port.extra.isEmpty() || service.internalPort == 0)
        return std::nullopt;
    for (const QString &handler : port.handlers) {
        if (handler.isEmpty() || handler.contains(u':') || handler.contains(u'/') || handler.contains(u',') || handler.contains(u'"') || handler == "-"_L1)
            return std::nullopt;
    }
    if (service.protocol.contains(u':') || service.protocol.contains(u'/') || service.protocol.contains(u',') || service.protocol.contains(u'"'))
        return std::nullopt;

    QString ports;
    if (port.isRange()) {
        if (port.startPort < 0 || port.endPort < 0)
            return std::nullopt;
        ports = u"%1-%2:%3"_s.arg(port.startPort).arg(port.endPort).arg(service.internalPort);
    } else {
        if (port.port <= 0 || port.startPort != 0 || port.endPort != 0)
            return std::nullopt;
        ports = port.port == service.internalPort ? QString::number(port.port) : u"%1:%2"_s.arg(port.port).arg(service.internalPort);
    }
    QString text = ports + u'/' + service.protocol;
    if (!port.handlers.isEmpty())
        text += u':' + port.handlers.join(u':');
    return text;
}

// The --port flags that rebuild exactly these services, or nullopt.
std::optional<QStringList> portFlags(const QList<ServiceSpec> &services)
{
    QStringList flags;
    QSet<QString> serviceKeys;
    for (const ServiceSpec &service : services) {
        if (!service.extra.isEmpty() || service.ports.isEmpty())
            return std::nullopt;
        if (service.autostart != services.first().autostart || service.autostop != services.first().autostop)
            return std::nullopt;
        const QString key = u"%1/%2"_s.arg(service.internalPort).arg(service.protocol);
        if (serviceKeys.contains(key))
            return std::nullopt; // flyctl would merge them
        serviceKeys.insert(key);
        QSet<int> seen;
        for (const PortSpec &port : service.ports) {
            const int id = port.isRange() ? -port.startPort : port.port;
            if (seen.contains(id))
                return std::nullopt;
            seen.insert(id);
            const std::optional<QString> flag = portFlag(service, port);
            if (!flag)
                return std::nullopt;
            flags.append(*flag);
        }
    }
    return flags;
}

bool expressibleKey(const QString &key)
{
    return !key.contains(u'=');
}

bool filesExpressible(const QList<FileSpec> &files)
{
    // flyctl applies local files, then literal, then secrets: the spec's order must agree.
    const auto rank = [](FileSpec::Source source) {
        switch (source) {
        case FileSpec::Source::LocalFile:
            return 0;
        case FileSpec::Source::Literal:
            return 1;
        case FileSpec::Source::Secret:
            return 2;
        case FileSpec::Source::Raw:
            return 3;
        }
        return 3;
    };
    QSet<QString> paths;
    int lastRank = 0;
    for (const FileSpec &file : files) {
        const int r = rank(file.source);
        if (r == 3 || r < lastRank || !file.extra.isEmpty() || file.guestPath.contains(u'=') || !file.guestPath.startsWith(u'/')
            || paths.contains(file.guestPath))
            return false;
        paths.insert(file.guestPath);
        lastRank = r;
    }
    return true;
}

bool mountsExpressible(const QList<MountSpec> &mounts)
{
    QSet<QString> paths;
    for (const MountSpec &mount : mounts) {
        if (!mount.extra.isEmpty() || mount.volume.contains(u':') || mount.path.contains(u':') || mount.volume.contains(u',')
            || mount.path.contains(u',') || mount.volume.contains(u'"') || mount.path.isEmpty() || paths.contains(mount.path))
            return false;
        paths.insert(mount.path);
    }
    return true;
}

class Writer
{
public:
    explicit Writer(const RunSpec &spec)
        : m_spec(spec)
    {
    }

    WriteResult write()
    {
        // The full config, from which the parts no flag can carry are copied.
        // Local files stay paths: a command line never embeds their bytes.
        RunSpec plain = m_spec;
        plain.bodyExtra = {};
        CreateRequestCodec::EncodeOptions options;
        options.localFilesByPath = true;
        m_config = CreateRequestCodec::toJson(plain, options).value(u"config"_s).toObject();

        writePlacement();
        writeBuild();
        writeGuest();
        writeStorageAndInit();
        writeKeyValues();
        writeServices();
        writeLifecycle();
        writeFiles();
        writeExtras();

        WriteResult result;
        result.arguments = {u"fly"_s, u"machine"_s, m_spec.skipLaunch ? u"create"_s : u"run"_s};
        const bool needsImageArgument = !m_spec.cmd.isEmpty() || !m_image.isEmpty();
        // An image that starts with "-" would read as a flag: it goes after the "--".
        const bool imageAfterDashes = needsImageArgument && m_image.startsWith(u'-');
        if (needsImageArgument && !imageAfterDashes)
            result.arguments.append(m_image);
        if (!m_residual.isEmpty()) {
            m_flags.append({u"--machine-config"_s, QString::fromUtf8(QJsonDocument(m_residual).toJson(QJsonDocument::Compact))});
        }
        result.arguments += m_flags;
        if (imageAfterDashes)
            result.arguments += QStringList{u"--"_s, m_image} + m_spec.cmd;
        else if (!m_spec.cmd.isEmpty())
            result.arguments += QStringList{u"--"_s} + m_spec.cmd;
        result.commandLine = ShellWords::join(result.arguments);
        result.notes = m_notes;
        return result;
    }

private:
    void flag(const QString &name, const QString &value) { m_flags += QStringList{u"--"_s + name, value}; }
    void boolFlag(const QString &name) { m_flags.append(u"--"_s + name); }

    void toResidual(const QString &key, const QString &why)
    {
        if (!m_config.contains(key))
            return;
        m_residual.insert(key, m_config.value(key));
        m_notes.append(u"%1 travels in --machine-config: %2"_s.arg(key, why));
    }

    void writePlacement()
    {
        if (!m_spec.app.isEmpty())
            flag(u"app"_s, m_spec.app);
        if (!m_spec.org.isEmpty())
            flag(u"org"_s, m_spec.org);
        if (!m_spec.workingDir.isEmpty())
            flag(u"config"_s, QDir(m_spec.workingDir).filePath(u"fly.toml"_s));
        if (!m_spec.region.isEmpty())
            flag(u"region"_s, m_spec.region);
        if (!m_spec.name.isEmpty())
            flag(u"name"_s, m_spec.name);
    }

    void writeBuild()
    {
        if (!m_spec.build) {
            m_image = m_spec.image;
            return;
        }
        const BuildSpec &build = *m_spec.build;
        m_image = build.contextDir.isEmpty() ? u"."_s : build.contextDir;
        if (!m_image.startsWith(u'.') && !m_image.startsWith(u'/'))
            m_image.prepend(u"./"_s);
        if (!build.dockerfile.isEmpty())
            flag(u"dockerfile"_s, build.dockerfile);
        for (auto it = build.args.cbegin(); it != build.args.cend(); ++it)
            flag(u"build-arg"_s, it.key() + u'=' + it.value());
        if (!build.target.isEmpty())
            flag(u"build-target"_s, build.target);
        if (!build.imageLabel.isEmpty())
            flag(u"image-label"_s, build.imageLabel);
        if (build.noCache)
            boolFlag(u"no-build-cache"_s);
    }

    void writeGuest()
    {
        const GuestSpec &guest = m_spec.guest;
        const bool kindKnown = guest.cpuKind == "shared"_L1 || guest.cpuKind == "performance"_L1;
        if (!guest.extra.isEmpty() || !kindKnown || guest.cpus <= 0 || guest.memoryMb == 0 || (guest.kernelArgs && guest.kernelArgs->contains(QString()))) {
            toResidual(u"guest"_s, u"the guest has settings no --vm flag sets"_s);
            return;
        }
        const std::optional<VmSizing::Preset> preset = VmSizing::presetFor(guest);
        if (preset && preset->name != "shared-cpu-1x"_L1) {
            flag(u"vm-size"_s, preset->name);
        } else if (!preset) {
            if (guest.cpuKind != "shared"_L1)
                flag(u"vm-cpu-kind"_s, guest.cpuKind);
            if (guest.cpus != 1)
                flag(u"vm-cpus"_s, QString::number(guest.cpus));
            if (guest.memoryMb != 256)
                flag(u"vm-memory"_s, QString::number(guest.memoryMb));
        }
        if (guest.maxMemoryMb != 0)
            flag(u"vm-max-memory"_s, QString::number(guest.maxMemoryMb));
        if (!guest.hostDedicationId.isEmpty())
            flag(u"host-dedication-id"_s, guest.hostDedicationId);
        if (guest.kernelArgs) {
            for (const QString &arg : *guest.kernelArgs)
                flag(u"kernel-arg"_s, arg);
        }
    }

    void writeStorageAndInit()
    {
        if (m_spec.rootfs) {
            const RootfsSpec &rootfs = *m_spec.rootfs;
            const bool persistOk = rootfs.persist.isEmpty() || rootfs.persist == "never"_L1 || rootfs.persist == "always"_L1 || rootfs.persist == "restart"_L1;
            if (!rootfs.extra.isEmpty() || !persistOk || rootfs.sizeGb < 0) {
                toResidual(u"rootfs"_s, u"rootfs settings beyond --rootfs-persist and --rootfs-size"_s);
            } else {
                if (!rootfs.persist.isEmpty())
                    flag(u"rootfs-persist"_s, rootfs.persist);
                if (rootfs.sizeGb != 0 || rootfs.persist.isEmpty())
                    flag(u"rootfs-size"_s, QString::number(rootfs.sizeGb));
            }
        }
        if (m_spec.swapSizeMb > 0)
            flag(u"swap-size"_s, QString::number(m_spec.swapSizeMb));
        if (m_spec.cacheDriveSizeMb > 0 && m_spec.cacheDriveExtra.isEmpty())
            flag(u"cachedrive-size"_s, QString::number(m_spec.cacheDriveSizeMb));
        else if (m_spec.cacheDriveSizeMb != 0)
            toResidual(u"cache_drive"_s, u"cache drive settings beyond --cachedrive-size"_s);

        // init: cmd is positional, the entrypoint a flag; the rest needs the config.
        QJsonObject init;
        if (!m_spec.exec.isEmpty())
            init.insert(u"exec"_s, QJsonArray::fromStringList(m_spec.exec));
        if (m_spec.swapSizeMb < 0)
            init.insert(u"swap_size_mb"_s, m_spec.swapSizeMb);
        for (auto it = m_spec.initExtra.constBegin(); it != m_spec.initExtra.constEnd(); ++it)
            init.insert(it.key(), it.value());
        if (!init.isEmpty()) {
            m_residual.insert(u"init"_s, init);
            m_notes.append(u"init travels in --machine-config: exec and other init settings have no flag"_s);
        }
        if (!m_spec.entrypoint.isEmpty())
            flag(u"entrypoint"_s, ShellWords::join(m_spec.entrypoint));
    }

    void writeKeyValues()
    {
        const auto write = [this](const QString &name, const QMap<QString, QString> &map) {
            const auto keys = map.keys();
            if (std::all_of(keys.cbegin(), keys.cend(), expressibleKey)) {
                for (auto it = map.cbegin(); it != map.cend(); ++it)
                    flag(name, it.key() + u'=' + it.value());
                return;
            }
            QJsonObject object;
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                object.insert(it.key(), it.value());
            m_residual.insert(name, object);
            m_notes.append(u"%1 travels in --machine-config: a name contains '='"_s.arg(name));
        };
        write(u"env"_s, m_spec.env);
        write(u"metadata"_s, SpecRules::metadataWithDeploy(m_spec));
    }

    void writeServices()
    {
        if (m_spec.services.isEmpty())
            return;
        const std::optional<QStringList> ports = portFlags(m_spec.services);
        if (!ports) {
            toResidual(u"services"_s, u"some service settings have no --port form"_s);
            return;
        }
        for (const QString &port : *ports)
            flag(u"port"_s, port);
        const ServiceSpec &first = m_spec.services.first();
        if (first.autostart)
            m_flags.append(*first.autostart ? u"--autostart=true"_s : u"--autostart=false"_s);
        if (first.autostop)
            m_flags.append(u"--autostop="_s + SpecRules::autostopName(*first.autostop));
    }

    void writeLifecycle()
    {
        if (!m_spec.schedule.isEmpty())
            flag(u"schedule"_s, m_spec.schedule);
        if (m_spec.autoDestroy)
            boolFlag(u"rm"_s);
        if (m_spec.restart) {
            const RestartSpec &restart = *m_spec.restart;
            if (restart.maxRetries != 0 || !restart.extra.isEmpty())
                toResidual(u"restart"_s, u"max retries have no flag"_s);
            else
                flag(u"restart"_s, restart.policy);
        }
        if (m_spec.skipDnsRegistration)
            boolFlag(u"skip-dns-registration"_s);
        if (!m_spec.dnsExtra.isEmpty())
            toResidual(u"dns"_s, u"DNS settings beyond --skip-dns-registration"_s);
        if (m_spec.standbyFor && !m_spec.standbyFor->isEmpty()) {
            const QStringList &machines = *m_spec.standbyFor;
            if (std::any_of(machines.cbegin(), machines.cend(), [](const QString &m) { return m.isEmpty() || m.contains(u',') || m.contains(u'"'); }))
                toResidual(u"standbys"_s, u"a standby target cannot be written in a comma list"_s);
            else
                flag(u"standby-for"_s, machines.join(u','));
        }
        if (!m_spec.mounts.isEmpty()) {
            if (mountsExpressible(m_spec.mounts)) {
                for (const MountSpec &mount : m_spec.mounts)
                    flag(u"volume"_s, mount.volume + u':' + mount.path);
            } else {
                toResidual(u"mounts"_s, u"some mounts have no --volume form"_s);
            }
        }
        if (m_spec.shell)
            boolFlag(u"shell"_s);
        if (m_spec.shellUser != "root"_L1)
            flag(u"user"_s, m_spec.shellUser);
        if (m_spec.shellCommand != "/bin/bash"_L1)
            flag(u"command"_s, m_spec.shellCommand);
        if (m_spec.detach)
            boolFlag(u"detach"_s);
        if (m_spec.skipHealthChecks)
            boolFlag(u"skip-health-checks"_s);
        if (m_spec.waitTimeoutSeconds > 0)
            flag(u"wait-timeout"_s, QString::number(m_spec.waitTimeoutSeconds));
    }

    void writeFiles()
    {
        if (m_spec.files.isEmpty())
            return;
        if (!filesExpressible(m_spec.files)) {
            toResidual(u"files"_s, u"their order, modes or contents have no --file flag form"_s);
            return;
        }
        for (const FileSpec &file : m_spec.files) {
            const QString name = file.source == FileSpec::Source::LocalFile ? u"file-local"_s
                : file.source == FileSpec::Source::Literal                 ? u"file-literal"_s
                                                                           : u"file-secret"_s;
            flag(name, file.guestPath + u'=' + file.value);
        }
    }

    void writeExtras()
    {
        for (auto it = m_spec.configExtra.constBegin(); it != m_spec.configExtra.constEnd(); ++it) {
            m_residual.insert(it.key(), it.value());
            m_notes.append(u"%1 travels in --machine-config: no flag sets it"_s.arg(it.key()));
        }
        for (auto it = m_spec.bodyExtra.constBegin(); it != m_spec.bodyExtra.constEnd(); ++it)
            m_notes.append(u"%1 is part of the request but not of the config; fly machine run cannot send it"_s.arg(it.key()));
    }

    const RunSpec &m_spec;
    QJsonObject m_config;
    QJsonObject m_residual;
    QStringList m_flags;
    QStringList m_notes;
    QString m_image;
};

} // namespace

WriteResult write(const RunSpec &spec)
{
    return Writer(spec).write();
}

} // namespace Flightdeck::FlyFlags
