#include "app/spec/validation.h"

#include "app/spec/createrequestcodec.h"
#include "app/spec/vmsizing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Flightdeck::Validation {

namespace {

class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    Validator(const RunSpec &spec, const Options &options)
        : m_spec(spec)
        , m_options(options)
    {
    }

    Issues run()
    {
        checkApp();
        checkImage();
        checkRegionAndName();
        checkGuest();
        checkStorage();
        checkServices();
        checkMounts();
        checkKeyValues();
        checkFiles();
        checkLifecycle();
        checkBodySize();
        return m_issues;
    }

private:
    void fail(const QString &field, const QString &message) { m_issues.append(error(field, message)); }
    void warn(const QString &field, const QString &message) { m_issues.append(warning(field, message)); }

    QString resolve(const QString &path) const
    {
        if (m_spec.workingDir.isEmpty() || QDir::isAbsolutePath(path))
            return path;
        return QDir(m_spec.workingDir).absoluteFilePath(path);
    }

    void checkApp()
    {
        if (m_spec.app.isEmpty()) {
            if (m_options.requireApp)
                fail(u"app"_s, tr("choose the app the Machine belongs to, or a name for a new one"));
            return;
        }
        if (!isValidAppName(m_spec.app))
            fail(u"app"_s, tr("'%1' is not a valid app name: use at most 63 lowercase letters, digits and dashes").arg(m_spec.app));
        if (const std::optional<QString> problem = orgSlugProblem(m_spec.org))
            fail(u"org"_s, *problem);
    }

    void checkImage()
    {
        if (m_spec.build) {
            const BuildSpec &build = *m_spec.build;
            const QString context = resolve(build.contextDir.isEmpty() ? u"."_s : build.contextDir);
            if (m_options.checkLocalFiles && !QFileInfo(context).isDir()) {
                fail(u"build.context"_s, tr("the build folder %1 does not exist: choose the folder that holds your Dockerfile").arg(build.contextDir));
                return;
            }
            const QString dockerfile = build.dockerfile.isEmpty() ? QDir(context).filePath(u"Dockerfile"_s) : resolve(build.dockerfile);
            if (m_options.checkLocalFiles && !QFileInfo(dockerfile).isFile())
                fail(u"build.dockerfile"_s, tr("no Dockerfile at %1: choose one, or a folder that has one").arg(QDir::toNativeSeparators(dockerfile)));
            for (auto it = build.args.cbegin(); it != build.args.cend(); ++it) {
                if (it.key().isEmpty())
                    fail(u"build.args"_s, tr("a build argument has no name: write NAME=VALUE"));
            }
            return;
        }
        if (m_spec.image.isEmpty()) {
            if (!m_spec.shell)
                fail(u"image"_s, tr("choose an image to run (for example nginx:1.27), or a Dockerfile to build"));
            return;
        }
        // The distribution reference grammar, loosely: [host[:port]/]path[:tag][@digest].
        static const QRegularExpression reference(
            uR"(^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[a-z0-9]+:[a-fA-F0-9]{32,})?$)"_s);
        if (!reference.match(m_spec.image).hasMatch())
            fail(u"image"_s, tr("'%1' is not an image reference: write it like nginx:1.27, ghcr.io/owner/app:tag or registry.fly.io/app@sha256:…").arg(m_spec.image));
    }

    void checkRegionAndName()
    {
        static const QRegularExpression region(u"^[a-z0-9]+(,[a-z0-9]+)*$"_s);
        if (!m_spec.region.isEmpty() && !region.match(m_spec.region).hasMatch())
            fail(u"region"_s, tr("'%1' is not a region: use a code such as ams or ord (a comma list of codes and aliases is allowed)").arg(m_spec.region));
        static const QRegularExpression name(u"^[a-zA-Z0-9][a-zA-Z0-9_-]*$"_s);
        if (!m_spec.name.isEmpty() && (m_spec.name.size() > 63 || !name.match(m_spec.name).hasMatch()))
            fail(u"name"_s, tr("'%1' is not a valid Machine name: use at most 63 letters, digits, dashes and underscores").arg(m_spec.name));
    }

    void checkGuest()
    {
        const GuestSpec &guest = m_spec.guest;
        const std::optional<VmSizing::CpuKindRules> rules = VmSizing::rulesFor(guest.cpuKind);
        if (!rules) {
            fail(u"guest.cpu_kind"_s, tr("The CPU kind given: %1, is not valid: choose shared or performance").arg(guest.cpuKind));
            return;
        }
        if (!rules->cpuCounts.contains(guest.cpus)) {
            QStringList counts;
            for (int count : rules->cpuCounts)
                counts.append(QString::number(count));
            fail(u"guest.cpus"_s, tr("For the CPU kind %1, %2 CPUs is not valid: valid numbers are %3").arg(guest.cpuKind).arg(guest.cpus).arg(counts.join(u", "_s)));
            return;
        }
        const int nearest = VmSizing::nearestValidMemoryMb(*rules, guest.cpus, guest.memoryMb);
        const int low = rules->minMbPerCpu * guest.cpus;
        const int high = rules->maxMbPerCpu * guest.cpus;
        if (guest.memoryMb < low)
            fail(u"guest.memory_mb"_s, tr("%1 MB of memory is too little for %2 %3 CPUs: use at least %4 MB (try %5 MB)").arg(guest.memoryMb).arg(guest.cpus).arg(guest.cpuKind).arg(low).arg(nearest));
        else if (guest.memoryMb > high)
            fail(u"guest.memory_mb"_s, tr("%1 MB of memory is too much for %2 %3 CPUs: use at most %4 MB (try %5 MB)").arg(guest.memoryMb).arg(guest.cpus).arg(guest.cpuKind).arg(high).arg(nearest));
        else if (guest.memoryMb % rules->memoryStepMb != 0)
            fail(u"guest.memory_mb"_s, tr("%1 MB of memory is not valid: memory comes in %2 MB steps (try %3 MB)").arg(guest.memoryMb).arg(rules->memoryStepMb).arg(nearest));
        if (guest.maxMemoryMb != 0 && guest.maxMemoryMb < guest.memoryMb)
            fail(u"guest.max_memory_mb"_s, tr("the maximum memory (%1 MB) is below the memory (%2 MB): raise it or leave it empty").arg(guest.maxMemoryMb).arg(guest.memoryMb));
    }

    void checkStorage()
    {
        if (m_spec.rootfs) {
            const QString &persist = m_spec.rootfs->persist;
            if (!persist.isEmpty() && persist != "never"_L1 && persist != "always"_L1 && persist != "restart"_L1)
                fail(u"rootfs.persist"_s, tr("rootfs persistence must be never, always or restart, not '%1'").arg(persist));
            if (m_spec.rootfs->sizeGb < 0)
                fail(u"rootfs.size_gb"_s, tr("the root filesystem size must not be negative"));
        }
        if (m_spec.swapSizeMb < 0)
            fail(u"init.swap_size_mb"_s, tr("the swap size must be greater than zero, or empty for no swap"));
        if (m_spec.cacheDriveSizeMb < 0)
            fail(u"cache_drive.size_mb"_s, tr("the cache drive size must not be negative"));
    }

    void checkPortNumber(const QString &field, const QString &what, int port)
    {
        if (port < 1 || port > 65535)
            fail(field, tr("%1 %2 is out of range: ports are 1 to 65535").arg(what).arg(port));
    }

    void checkServices()
    {
        static const QStringList handlers{u"http"_s, u"tls"_s, u"pg_tls"_s, u"edge_http"_s, u"proxy_proto"_s};
        for (qsizetype s = 0; s < m_spec.services.size(); ++s) {
            const ServiceSpec &service = m_spec.services.at(s);
            const QString field = u"services[%1]"_s.arg(s);
            if (service.protocol != "tcp"_L1 && service.protocol != "udp"_L1)
                fail(field + u".protocol"_s, tr("protocol '%1' is not supported: use tcp or udp").arg(service.protocol));
            checkPortNumber(field + u".internal_port"_s, tr("internal port"), service.internalPort);
            if (service.ports.isEmpty())
                fail(field + u".ports"_s, tr("the service on internal port %1 has no public port: add one or remove the service").arg(service.internalPort));
            for (qsizetype p = 0; p < service.ports.size(); ++p) {
                const PortSpec &port = service.ports.at(p);
                const QString portField = u"%1.ports[%2]"_s.arg(field).arg(p);
                if (port.isRange()) {
                    checkPortNumber(portField, tr("start port"), port.startPort);
                    checkPortNumber(portField, tr("end port"), port.endPort);
                    if (port.endPort < port.startPort)
                        fail(portField, tr("the port range %1-%2 ends before it starts: write the smaller port first").arg(port.startPort).arg(port.endPort));
                } else {
                    checkPortNumber(portField, tr("port"), port.port);
                }
                for (const QString &handler : port.handlers) {
                    if (!handlers.contains(handler))
                        fail(portField, tr("handler '%1' is unknown: use %2").arg(handler, handlers.join(u", "_s)));
                }
            }
            if (service.autostart == false && service.autostop && *service.autostop != Autostop::Off)
                warn(field + u".autostart"_s, tr("autostop is on and autostart is off: once stopped, nothing starts this Machine again"));
        }
    }

    void checkMounts()
    {
        QSet<QString> volumes;
        QSet<QString> paths;
        for (qsizetype i = 0; i < m_spec.mounts.size(); ++i) {
            const MountSpec &mount = m_spec.mounts.at(i);
            const QString field = u"mounts[%1]"_s.arg(i);
            if (mount.volume.isEmpty())
                fail(field + u".volume"_s, tr("choose a volume (its id, vol_…, or its name)"));
            if (!mount.path.startsWith(u'/'))
                fail(field + u".path"_s, tr("the mount path '%1' must be absolute, like /data").arg(mount.path));
            if (paths.contains(mount.path))
                fail(field + u".path"_s, tr("two volumes are mounted at %1: choose another path").arg(mount.path));
            if (volumes.contains(mount.volume) && mount.volume.startsWith("vol_"_L1))
                warn(field + u".volume"_s, tr("volume %1 is mounted twice: a volume attaches to one place; use another volume").arg(mount.volume));
            paths.insert(mount.path);
            volumes.insert(mount.volume);
        }
    }

    static bool looksSecret(const QString &name, const QString &value)
    {
        static const QRegularExpression secretName(u"(SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIAL)"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression secretValue(u"^(fm[12][ar]?_|FlyV1 |ghp_|github_pat_|sk_live_|sk-|xox[bp]-|AKIA[0-9A-Z]{16}|-----BEGIN)"_s);
        static const QRegularExpression urlWithPassword(u"://[^/\\s:@]+:[^/\\s@]+@"_s);
        return (secretName.match(name).hasMatch() && !value.isEmpty()) || secretValue.match(value).hasMatch()
            || urlWithPassword.match(value).hasMatch();
    }

    void checkKeyValues()
    {
        static const QRegularExpression envName(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
        for (auto it = m_spec.env.cbegin(); it != m_spec.env.cend(); ++it) {
            const QString field = u"env."_s + it.key();
            if (it.key().isEmpty())
                fail(u"env"_s, tr("an environment variable has no name: write NAME=VALUE"));
            else if (!envName.match(it.key()).hasMatch())
                fail(field, tr("'%1' is not a valid variable name: use letters, digits and underscores, not starting with a digit").arg(it.key()));
            if (looksSecret(it.key(), it.value()))
                warn(field, tr("%1 looks like a secret: plain environment variables are visible in the Machine's config; store it with `fly secrets set` instead").arg(it.key()));
        }
        static const QRegularExpression metadataName(u"^[A-Za-z0-9_.-]+$"_s);
        for (auto it = m_spec.metadata.cbegin(); it != m_spec.metadata.cend(); ++it) {
            if (it.key().isEmpty())
                fail(u"metadata"_s, tr("a metadata entry has no name: write NAME=VALUE"));
            else if (!metadataName.match(it.key()).hasMatch())
                fail(u"metadata."_s + it.key(), tr("'%1' is not a valid metadata name: use letters, digits, dots, dashes and underscores").arg(it.key()));
        }
    }

    void checkFiles()
    {
        QSet<QString> paths;
        for (qsizetype i = 0; i < m_spec.files.size(); ++i) {
            const FileSpec &file = m_spec.files.at(i);
            const QString field = u"files[%1]"_s.arg(i);
            if (!file.guestPath.startsWith(u'/'))
                fail(field + u".guest_path"_s, tr("guest path, %1, must be absolute, like /etc/app.conf").arg(file.guestPath));
            if (paths.contains(file.guestPath))
                warn(field + u".guest_path"_s, tr("%1 is written twice; the later file wins").arg(file.guestPath));
            paths.insert(file.guestPath);
            if (file.source == FileSpec::Source::LocalFile && m_options.checkLocalFiles && !file.value.isEmpty()
                && !QFileInfo(resolve(file.value)).isReadable())
                fail(field + u".local_path"_s, tr("could not read file %1: choose a file that exists").arg(file.value));
            if (file.source == FileSpec::Source::Secret && file.value.isEmpty())
                fail(field + u".secret_name"_s, tr("choose the app secret that holds the file's content"));
        }
    }

    void checkLifecycle()
    {
        if (m_spec.restart && !m_spec.restart->policy.isEmpty()) {
            const QString &policy = m_spec.restart->policy;
            if (policy != "no"_L1 && policy != "always"_L1 && policy != "on-failure"_L1)
                fail(u"restart.policy"_s, tr("invalid restart policy '%1': choose no, always or on-failure").arg(policy));
            if (m_spec.restart->maxRetries < 0)
                fail(u"restart.max_retries"_s, tr("the number of retries must not be negative"));
            else if (m_spec.restart->maxRetries > 0 && policy != "on-failure"_L1)
                warn(u"restart.max_retries"_s, tr("retries only count with the on-failure policy"));
        }
        static const QStringList schedules{u"hourly"_s, u"daily"_s, u"weekly"_s, u"monthly"_s};
        if (!m_spec.schedule.isEmpty() && !schedules.contains(m_spec.schedule))
            fail(u"schedule"_s, tr("'%1' is not a schedule: choose hourly, daily, weekly or monthly").arg(m_spec.schedule));
        if (!m_spec.schedule.isEmpty() && m_spec.restart && m_spec.restart->policy == "always"_L1)
            warn(u"restart.policy"_s, tr("a scheduled Machine with restart 'always' never waits for its schedule: use on-failure or no"));
        if (m_spec.standbyFor) {
            for (const QString &machine : *m_spec.standbyFor) {
                if (machine.trimmed().isEmpty())
                    fail(u"standbys"_s, tr("a standby target is empty: list the ids of the Machines this one stands by for"));
            }
        }
        if (m_spec.manageWithDeploy && m_spec.processGroup.isEmpty())
            fail(u"metadata.fly_process_group"_s, tr("name the process group `fly deploy` manages this Machine in (usually app)"));
    }

    void checkBodySize()
    {
        CreateRequestCodec::EncodeOptions options;
        if (!m_options.checkLocalFiles)
            options.readLocalFile = [](const QString &) { return std::optional<QByteArray>(QByteArray()); };
        const qsizetype size = QJsonDocument(CreateRequestCodec::toJson(m_spec, options)).toJson(QJsonDocument::Compact).size();
        if (size > kBodyLimitBytes)
            fail(u"files"_s, tr("the request is %1 KiB, over the API's 1 MiB limit: move large files into the image or a volume").arg(size / 1024));
        else if (size > kBodyWarningBytes)
            warn(u"files"_s, tr("the request is %1 KiB: large inline files slow every Machine update; consider the image or a volume").arg(size / 1024));
    }

    const RunSpec &m_spec;
    const Options &m_options;
    Issues m_issues;
};

} // namespace

bool isValidAppName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z0-9-]{1,63}$"_s);
    return pattern.match(name).hasMatch();
}

std::optional<QString> orgSlugProblem(const QString &slug)
{
    if (slug.isEmpty() || isValidAppName(slug))
        return std::nullopt;
    return Validator::tr("'%1' is not an organization slug: use its lowercase letters, digits and dashes, as `fly orgs list` shows them").arg(slug);
}

Issues validate(const RunSpec &spec, const Options &options)
{
    return Validator(spec, options).run();
}

} // namespace Flightdeck::Validation
