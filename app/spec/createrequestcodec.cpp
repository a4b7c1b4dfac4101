#include "app/spec/createrequestcodec.h"

#include "app/spec/specrules.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Flightdeck::CreateRequestCodec {

namespace {

// ----------------------------------------------------------------- helpers

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject toObject(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// `base` with every key of `extra` that `base` does not set itself.
QJsonObject withExtra(QJsonObject base, const QJsonObject &extra)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        if (!base.contains(it.key()))
            base.insert(it.key(), it.value());
    }
    return base;
}

// The API takes a boolean for on/off and a name for suspend, as fly-go writes it.
QJsonValue autostopJson(Autostop autostop)
{
    if (autostop == Autostop::Suspend)
        return SpecRules::autostopName(autostop);
    return autostop == Autostop::Stop;
}

QJsonObject portJson(const PortSpec &port)
{
    QJsonObject json;
    if (port.isRange()) {
        json.insert(u"start_port"_s, port.startPort);
        json.insert(u"end_port"_s, port.endPort);
    } else {
        json.insert(u"port"_s, port.port);
    }
    if (!port.handlers.isEmpty())
        json.insert(u"handlers"_s, toArray(port.handlers));
    return withExtra(json, port.extra);
}

QJsonObject serviceJson(const ServiceSpec &service)
{
    QJsonObject json;
    json.insert(u"protocol"_s, service.protocol);
    json.insert(u"internal_port"_s, service.internalPort);
    if (service.autostop)
        json.insert(u"autostop"_s, autostopJson(*service.autostop));
    if (service.autostart)
        json.insert(u"autostart"_s, *service.autostart);
    QJsonArray ports;
    for (const PortSpec &port : service.ports)
        ports.append(portJson(port));
    if (!ports.isEmpty())
        json.insert(u"ports"_s, ports);
    if (!service.extra.contains(u"force_instance_key"_s))
        json.insert(u"force_instance_key"_s, QJsonValue::Null); // fly-go always sends it; a value the request had is kept
    return withExtra(json, service.extra);
}


QJsonObject initJson(const RunSpec &spec)
{
    QJsonObject json;
    QStringList exec = spec.exec;
    if (spec.shell && spec.cmd.isEmpty() && exec.isEmpty())
        exec = {u"/bin/sleep"_s, u"inf"_s};
    if (!exec.isEmpty())
        json.insert(u"exec"_s, toArray(exec));
    if (!spec.entrypoint.isEmpty())
        json.insert(u"entrypoint"_s, toArray(spec.entrypoint));
    if (!spec.cmd.isEmpty())
        json.insert(u"cmd"_s, toArray(spec.cmd));
    if (spec.swapSizeMb != 0)
        json.insert(u"swap_size_mb"_s, spec.swapSizeMb);
    return withExtra(json, spec.initExtra);
}

QJsonObject fileJson(const FileSpec &file, const RunSpec &spec, const EncodeOptions &options)
{
    QJsonObject json;
    json.insert(u"guest_path"_s, file.guestPath);
    if (!file.value.isEmpty()) {
        switch (file.source) {
        case FileSpec::Source::LocalFile: {
            if (options.localFilesByPath) {
                json.insert(u"local_path"_s, file.value);
                break;
            }
            const std::optional<QByteArray> bytes =
                options.readLocalFile ? options.readLocalFile(file.value) : SpecRules::readLocalFile(file.value, spec.workingDir);
            if (bytes)
                json.insert(u"raw_value"_s, QString::fromLatin1(bytes->toBase64()));
            break;
        }
        case FileSpec::Source::Literal:
            json.insert(u"raw_value"_s, QString::fromLatin1(file.value.toUtf8().toBase64()));
            break;
        case FileSpec::Source::Secret:
            json.insert(u"secret_name"_s, file.value);
            break;
        case FileSpec::Source::Raw:
            json.insert(u"raw_value"_s, file.value);
            break;
        }
    }
    return withExtra(json, file.extra);
}

std::optional<QJsonObject> restartJson(const RunSpec &spec)
{
    if (spec.restart) {
        if (spec.restart->isNone())
            return std::nullopt;
        QJsonObject json;
        if (!spec.restart->policy.isEmpty()) // else what the request said without one is kept as it was
            json.insert(u"policy"_s, spec.restart->policy);
        if (spec.restart->maxRetries != 0)
            json.insert(u"max_retries"_s, spec.restart->maxRetries);
        return withExtra(json, spec.restart->extra);
    }
    // flyctl's defaults when no policy was chosen.
    if (spec.autoDestroy || spec.shell)
        return QJsonObject{{u"policy"_s, u"no"_s}};
    if (!spec.schedule.isEmpty())
        return QJsonObject{{u"policy"_s, u"on-failure"_s}};
    return std::nullopt;
}

QString imageJson(const RunSpec &spec, const EncodeOptions &options)
{
    if (spec.build)
        return buildImageReference(spec, options.registryHost, options.launchId);
    if (spec.image.isEmpty() && spec.shell)
        return u"ubuntu"_s;
    return spec.image;
}

// The optional storage sections: rootfs and the cache drive.
void insertStorage(QJsonObject &config, const RunSpec &spec)
{
    if (spec.rootfs) {
        QJsonObject rootfs;
        if (!spec.rootfs->persist.isEmpty())
            rootfs.insert(u"persist"_s, spec.rootfs->persist);
        if (spec.rootfs->sizeGb != 0)
            rootfs.insert(u"size_gb"_s, spec.rootfs->sizeGb);
        config.insert(u"rootfs"_s, withExtra(rootfs, spec.rootfs->extra));
    }
    if (spec.cacheDriveSizeMb != 0 || !spec.cacheDriveExtra.isEmpty()) {
        QJsonObject cache;
        if (spec.cacheDriveSizeMb != 0)
            cache.insert(u"size_mb"_s, spec.cacheDriveSizeMb);
        config.insert(u"cache_drive"_s, withExtra(cache, spec.cacheDriveExtra)); // keys Flightdeck does not know are kept
    }
}

// Each element of `items` as `encode` writes it; nothing when there are none.
template<typename Item, typename Encode>
void insertArray(QJsonObject &config, const QString &key, const QList<Item> &items, Encode encode)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(encode(item));
    if (!array.isEmpty())
        config.insert(key, array);
}

QJsonObject configJson(const RunSpec &spec, const EncodeOptions &options)
{
    QJsonObject config;

    QMap<QString, QString> env = spec.env;
    const bool hasStandbys = spec.standbyFor && !spec.standbyFor->isEmpty();
    if (hasStandbys)
        env.insert(u"FLY_STANDBY_FOR"_s, spec.standbyFor->join(u','));
    if (!env.isEmpty())
        config.insert(u"env"_s, toObject(env));

    config.insert(u"init"_s, initJson(spec));
    config.insert(u"guest"_s, guestJson(spec.guest));

    QMap<QString, QString> metadata = SpecRules::metadataWithDeploy(spec);
    if (!options.launchId.isEmpty())
        metadata.insert(kLaunchIdKey, options.launchId);
    if (!metadata.isEmpty())
        config.insert(u"metadata"_s, toObject(metadata));

    insertArray(config, u"mounts"_s, spec.mounts,
                [](const MountSpec &mount) { return withExtra(QJsonObject{{u"path"_s, mount.path}, {u"volume"_s, mount.volume}}, mount.extra); });
    insertArray(config, u"services"_s, spec.services, serviceJson);
    if (const QString image = imageJson(spec, options); !image.isEmpty())
        config.insert(u"image"_s, image);
    insertArray(config, u"files"_s, spec.files, [&](const FileSpec &file) { return fileJson(file, spec, options); });

    if (!spec.schedule.isEmpty())
        config.insert(u"schedule"_s, spec.schedule);
    if (spec.autoDestroy || spec.shell)
        config.insert(u"auto_destroy"_s, true);
    if (const std::optional<QJsonObject> restart = restartJson(spec))
        config.insert(u"restart"_s, *restart);

    QJsonObject dns;
    if (spec.skipDnsRegistration)
        dns.insert(u"skip_registration"_s, true);
    config.insert(u"dns"_s, withExtra(dns, spec.dnsExtra));

    if (hasStandbys)
        config.insert(u"standbys"_s, toArray(*spec.standbyFor));
    insertStorage(config, spec);
    return withExtra(config, spec.configExtra);
}

} // namespace

QString buildImageReference(const RunSpec &spec, const QString &registryHost, const QString &launchId)
{
    const QString label = spec.build && !spec.build->imageLabel.isEmpty() ? spec.build->imageLabel
        : !launchId.isEmpty()                                          ? u"deployment-"_s + launchId
                                                                       : u"deployment-<id assigned at build>"_s;
    return u"%1/%2:%3"_s.arg(registryHost, spec.app.isEmpty() ? u"<app>"_s : spec.app, label);
}

QJsonObject guestJson(const GuestSpec &guest)
{
    QJsonObject json;
    json.insert(u"cpu_kind"_s, guest.cpuKind);
    json.insert(u"cpus"_s, guest.cpus);
    json.insert(u"memory_mb"_s, guest.memoryMb);
    if (guest.maxMemoryMb != 0)
        json.insert(u"max_memory_mb"_s, guest.maxMemoryMb);
    if (!guest.hostDedicationId.isEmpty())
        json.insert(u"host_dedication_id"_s, guest.hostDedicationId);
    if (guest.kernelArgs && !guest.kernelArgs->isEmpty())
        json.insert(u"kernel_args"_s, toArray(*guest.kernelArgs));
    return withExtra(json, guest.extra);
}

QJsonObject toJson(const RunSpec &spec, const EncodeOptions &options)
{
    QJsonObject body;
    body.insert(u"config"_s, configJson(spec, options));
    if (!spec.region.isEmpty())
        body.insert(u"region"_s, spec.region);
    if (!spec.name.isEmpty())
        body.insert(u"name"_s, spec.name);
    if (spec.skipLaunch || (spec.standbyFor && !spec.standbyFor->isEmpty()))
        body.insert(u"skip_launch"_s, true);
    body.insert(u"skip_secrets"_s, false);
    if (options.minSecretsVersion)
        body.insert(u"min_secrets_version"_s, static_cast<qint64>(*options.minSecretsVersion));
    return withExtra(body, spec.bodyExtra);
}

QByteArray toRequestBody(const RunSpec &spec, const EncodeOptions &options)
{
    return QJsonDocument(toJson(spec, options)).toJson(QJsonDocument::Indented);
}

} // namespace Flightdeck::CreateRequestCodec
