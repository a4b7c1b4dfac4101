#include "spec/createrequestcodec.h"

#include <QDir>
#include <QFile>
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

QJsonValue autostopJson(Autostop autostop)
{
    switch (autostop) {
    case Autostop::Off:
        return false;
    case Autostop::Stop:
        return true;
    case Autostop::Suspend:
        return u"suspend"_s;
    }
    return false;
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
    json.insert(u"force_instance_key"_s, QJsonValue::Null); // fly-go always sends it
    return withExtra(json, service.extra);
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
                options.readLocalFile ? options.readLocalFile(file.value) : readLocalFile(file.value, spec.workingDir);
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
        if (spec.restart->policy.isEmpty())
            return std::nullopt; // `--restart=`: explicitly none
        QJsonObject json{{u"policy"_s, spec.restart->policy}};
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

    QMap<QString, QString> metadata = spec.metadata;
    if (spec.manageWithDeploy) {
        metadata.insert(u"fly_platform_version"_s, u"v2"_s);
        metadata.insert(u"fly_process_group"_s, spec.processGroup);
    }
    if (!options.launchId.isEmpty())
        metadata.insert(kLaunchIdKey, options.launchId);
    if (!metadata.isEmpty())
        config.insert(u"metadata"_s, toObject(metadata));

    QJsonArray mounts;
    for (const MountSpec &mount : spec.mounts)
        mounts.append(withExtra(QJsonObject{{u"path"_s, mount.path}, {u"volume"_s, mount.volume}}, mount.extra));
    if (!mounts.isEmpty())
        config.insert(u"mounts"_s, mounts);

    QJsonArray services;
    for (const ServiceSpec &service : spec.services)
        services.append(serviceJson(service));
    if (!services.isEmpty())
        config.insert(u"services"_s, services);

    QString image = spec.image;
    if (spec.build)
        image = buildImageReference(spec, options.registryHost, options.launchId);
    else if (image.isEmpty() && spec.shell)
        image = u"ubuntu"_s;
    if (!image.isEmpty())
        config.insert(u"image"_s, image);

    QJsonArray files;
    for (const FileSpec &file : spec.files)
        files.append(fileJson(file, spec, options));
    if (!files.isEmpty())
        config.insert(u"files"_s, files);

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

    if (spec.rootfs) {
        QJsonObject rootfs;
        if (!spec.rootfs->persist.isEmpty())
            rootfs.insert(u"persist"_s, spec.rootfs->persist);
        if (spec.rootfs->sizeGb != 0)
            rootfs.insert(u"size_gb"_s, spec.rootfs->sizeGb);
        config.insert(u"rootfs"_s, withExtra(rootfs, spec.rootfs->extra));
    }
    if (spec.cacheDriveSizeMb != 0)
        config.insert(u"cache_drive"_s, withExtra(QJsonObject{{u"size_mb"_s, spec.cacheDriveSizeMb}}, spec.cacheDriveExtra));

    return withExtra(config, spec.configExtra);
}

// ----------------------------------------------------------------- decoding

// Moves `key` out of `object`; an absent key gives an undefined value.
QJsonValue take(QJsonObject &object, const QString &key)
{
    return object.take(key);
}

std::optional<QString> stringList(const QJsonValue &value, const QString &field, QStringList *out)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray())
        return u"%1 must be a list of strings"_s.arg(field);
    out->clear();
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return u"%1 must be a list of strings"_s.arg(field);
        out->append(item.toString());
    }
    return std::nullopt;
}

std::optional<QString> stringMap(const QJsonValue &value, const QString &field, QMap<QString, QString> *out)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject())
        return u"%1 must be an object of strings"_s.arg(field);
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return u"%1.%2 must be a string"_s.arg(field, it.key());
        out->insert(it.key(), it.value().toString());
    }
    return std::nullopt;
}

int toInt(const QJsonValue &value)
{
    return value.isDouble() ? value.toInt() : 0;
}

std::optional<Autostop> autostopFrom(const QJsonValue &value, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isBool())
        return value.toBool() ? Autostop::Stop : Autostop::Off;
    const QString text = value.toString();
    if (text == "off"_L1)
        return Autostop::Off;
    if (text == "stop"_L1)
        return Autostop::Stop;
    if (text == "suspend"_L1)
        return Autostop::Suspend;
    *error = u"invalid autostop string value \"%1\""_s.arg(text);
    return std::nullopt;
}

std::optional<QString> decodeService(QJsonObject json, ServiceSpec *service)
{
    service->protocol = take(json, u"protocol"_s).toString(u"tcp"_s);
    service->internalPort = toInt(take(json, u"internal_port"_s));
    QString error;
    service->autostop = autostopFrom(take(json, u"autostop"_s), &error);
    if (!error.isEmpty())
        return error;
    const QJsonValue autostart = take(json, u"autostart"_s);
    if (autostart.isBool())
        service->autostart = autostart.toBool();
    const QJsonArray ports = take(json, u"ports"_s).toArray();
    for (const QJsonValue &value : ports) {
        QJsonObject portObject = value.toObject();
        PortSpec port;
        port.port = toInt(take(portObject, u"port"_s));
        port.startPort = toInt(take(portObject, u"start_port"_s));
        port.endPort = toInt(take(portObject, u"end_port"_s));
        if (const auto bad = stringList(take(portObject, u"handlers"_s), u"handlers"_s, &port.handlers))
            return bad;
        port.extra = portObject;
        service->ports.append(port);
    }
    const QJsonValue forceInstanceKey = json.value(u"force_instance_key"_s);
    if (forceInstanceKey.isNull())
        json.remove(u"force_instance_key"_s); // always written back as null
    service->extra = json;
    return std::nullopt;
}

FileSpec decodeFile(QJsonObject json)
{
    FileSpec file;
    file.guestPath = take(json, u"guest_path"_s).toString();
    const QJsonValue raw = take(json, u"raw_value"_s);
    const QJsonValue secret = take(json, u"secret_name"_s);
    const QJsonValue local = take(json, u"local_path"_s);
    if (raw.isString()) {
        const QByteArray bytes = QByteArray::fromBase64(raw.toString().toLatin1());
        const QString text = QString::fromUtf8(bytes);
        // Text that encodes back to the same bytes is shown and edited as text.
        const bool isText = text.toUtf8() == bytes && !bytes.contains('\0')
            && QString::fromLatin1(bytes.toBase64()) == raw.toString();
        file.source = isText ? FileSpec::Source::Literal : FileSpec::Source::Raw;
        file.value = isText ? text : raw.toString();
    } else if (secret.isString()) {
        file.source = FileSpec::Source::Secret;
        file.value = secret.toString();
    } else if (local.isString()) {
        file.source = FileSpec::Source::LocalFile;
        file.value = local.toString();
    }
    file.extra = json;
    return file;
}

} // namespace

QString buildImageReference(const RunSpec &spec, const QString &registryHost, const QString &launchId)
{
    const QString label = spec.build && !spec.build->imageLabel.isEmpty() ? spec.build->imageLabel
        : !launchId.isEmpty()                                          ? u"deployment-"_s + launchId
                                                                       : u"deployment-<id assigned at build>"_s;
    return u"%1/%2:%3"_s.arg(registryHost, spec.app.isEmpty() ? u"<app>"_s : spec.app, label);
}

std::optional<QByteArray> readLocalFile(const QString &path, const QString &workingDir)
{
    const QString resolved = workingDir.isEmpty() ? path : QDir(workingDir).absoluteFilePath(path);
    QFile file(resolved);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
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

std::optional<QString> applyConfig(RunSpec &spec, const QJsonObject &input)
{
    QJsonObject config = input;

    QMap<QString, QString> env;
    if (const auto bad = stringMap(take(config, u"env"_s), u"env"_s, &env))
        return bad;
    QStringList standbys;
    if (const auto bad = stringList(take(config, u"standbys"_s), u"standbys"_s, &standbys))
        return bad;
    if (!standbys.isEmpty()) {
        spec.standbyFor = standbys;
        env.remove(u"FLY_STANDBY_FOR"_s); // derived from the standbys
    }
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        spec.env.insert(it.key(), it.value());

    if (const QJsonValue init = take(config, u"init"_s); init.isObject()) {
        QJsonObject object = init.toObject();
        if (const auto bad = stringList(take(object, u"exec"_s), u"init.exec"_s, &spec.exec))
            return bad;
        if (const auto bad = stringList(take(object, u"entrypoint"_s), u"init.entrypoint"_s, &spec.entrypoint))
            return bad;
        if (const auto bad = stringList(take(object, u"cmd"_s), u"init.cmd"_s, &spec.cmd))
            return bad;
        if (const QJsonValue swap = take(object, u"swap_size_mb"_s); !swap.isUndefined())
            spec.swapSizeMb = toInt(swap);
        spec.initExtra = object;
    }

    if (const QJsonValue guest = take(config, u"guest"_s); guest.isObject()) {
        QJsonObject object = guest.toObject();
        GuestSpec &g = spec.guest;
        g.cpuKind = take(object, u"cpu_kind"_s).toString(g.cpuKind);
        if (const QJsonValue v = take(object, u"cpus"_s); !v.isUndefined())
            g.cpus = toInt(v);
        if (const QJsonValue v = take(object, u"memory_mb"_s); !v.isUndefined())
            g.memoryMb = toInt(v);
        if (const QJsonValue v = take(object, u"max_memory_mb"_s); !v.isUndefined())
            g.maxMemoryMb = toInt(v);
        g.hostDedicationId = take(object, u"host_dedication_id"_s).toString(g.hostDedicationId);
        QStringList kernelArgs;
        const QJsonValue kernel = take(object, u"kernel_args"_s);
        if (const auto bad = stringList(kernel, u"guest.kernel_args"_s, &kernelArgs))
            return bad;
        if (kernel.isArray() && !kernelArgs.isEmpty())
            g.kernelArgs = kernelArgs;
        g.extra = object;
    }

    QMap<QString, QString> metadata;
    if (const auto bad = stringMap(take(config, u"metadata"_s), u"metadata"_s, &metadata))
        return bad;
    metadata.remove(kLaunchIdKey); // a launch's, not the spec's: the next launch writes its own
    if (metadata.value(u"fly_platform_version"_s) == "v2"_L1 && metadata.contains(u"fly_process_group"_s)) {
        spec.manageWithDeploy = true;
        spec.processGroup = metadata.take(u"fly_process_group"_s);
        metadata.remove(u"fly_platform_version"_s);
    }
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        spec.metadata.insert(it.key(), it.value());

    const QJsonArray mounts = take(config, u"mounts"_s).toArray();
    for (const QJsonValue &value : mounts) {
        QJsonObject object = value.toObject();
        MountSpec mount;
        mount.path = take(object, u"path"_s).toString();
        mount.volume = take(object, u"volume"_s).toString();
        mount.extra = object;
        spec.mounts.append(mount);
    }

    const QJsonArray services = take(config, u"services"_s).toArray();
    for (const QJsonValue &value : services) {
        ServiceSpec service;
        if (const auto bad = decodeService(value.toObject(), &service))
            return bad;
        spec.services.append(service);
    }
    // Deprecated: disable_machine_autostart applies to the first service only.
    if (const QJsonValue disable = take(config, u"disable_machine_autostart"_s); disable.isBool() && !spec.services.isEmpty())
        spec.services.first().autostart = !disable.toBool();

    if (const QJsonValue image = take(config, u"image"_s); image.isString())
        spec.image = image.toString();

    const QJsonArray files = take(config, u"files"_s).toArray();
    for (const QJsonValue &value : files)
        spec.files.append(decodeFile(value.toObject()));

    const QJsonValue schedule = take(config, u"schedule"_s);
    spec.schedule = schedule.toString(spec.schedule);
    const QJsonValue autoDestroy = take(config, u"auto_destroy"_s);
    if (autoDestroy.isBool())
        spec.autoDestroy = autoDestroy.toBool();

    const QJsonValue restart = take(config, u"restart"_s);
    if (restart.isObject()) {
        QJsonObject object = restart.toObject();
        RestartSpec r;
        r.policy = take(object, u"policy"_s).toString();
        r.maxRetries = toInt(take(object, u"max_retries"_s));
        r.extra = object;
        spec.restart = r;
    } else if (restart.isNull() || (restart.isUndefined() && (autoDestroy.toBool() || !schedule.toString().isEmpty()))) {
        // No policy next to auto_destroy or a schedule is a choice: left
        // unspecified, the encoder would add flyctl's default for them.
        spec.restart = RestartSpec{};
    }

    if (const QJsonValue dns = take(config, u"dns"_s); dns.isObject()) {
        QJsonObject object = dns.toObject();
        spec.skipDnsRegistration = take(object, u"skip_registration"_s).toBool();
        spec.dnsExtra = object;
    }

    if (const QJsonValue rootfs = take(config, u"rootfs"_s); rootfs.isObject()) {
        QJsonObject object = rootfs.toObject();
        RootfsSpec r;
        r.persist = take(object, u"persist"_s).toString();
        r.sizeGb = toInt(take(object, u"size_gb"_s));
        r.extra = object;
        spec.rootfs = r;
    }
    if (const QJsonValue cache = take(config, u"cache_drive"_s); cache.isObject()) {
        QJsonObject object = cache.toObject();
        spec.cacheDriveSizeMb = toInt(take(object, u"size_mb"_s));
        spec.cacheDriveExtra = object;
    }

    for (auto it = config.constBegin(); it != config.constEnd(); ++it)
        spec.configExtra.insert(it.key(), it.value());
    return std::nullopt;
}

std::optional<QString> fromJson(const QJsonObject &json, RunSpec *spec)
{
    *spec = RunSpec{};
    if (!json.contains(u"config"_s))
        return applyConfig(*spec, json);

    QJsonObject body = json;
    const QJsonValue config = take(body, u"config"_s);
    if (!config.isObject())
        return u"config must be an object"_s;
    if (const auto bad = applyConfig(*spec, config.toObject()))
        return bad;
    spec->region = take(body, u"region"_s).toString();
    spec->name = take(body, u"name"_s).toString();
    const bool skipLaunch = take(body, u"skip_launch"_s).toBool();
    // Standbys imply skip_launch; only a skip_launch of its own is a choice.
    spec->skipLaunch = skipLaunch && !(spec->standbyFor && !spec->standbyFor->isEmpty());
    if (const QJsonValue skipSecrets = body.value(u"skip_secrets"_s); skipSecrets.isBool() && !skipSecrets.toBool())
        body.remove(u"skip_secrets"_s); // always sent as false
    body.remove(u"min_secrets_version"_s); // a launch's, read from flyctl's config when it is sent
    spec->bodyExtra = body;
    return std::nullopt;
}

} // namespace Flightdeck::CreateRequestCodec
