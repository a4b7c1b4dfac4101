// The request codec's decoding half: a Machine config (or a whole create
// body) into a RunSpec. Each section's decoder mirrors its encoder in
// createrequestcodec.cpp (decodeGuest <-> guestJson, decodeService <->
// serviceJson, …); what RunSpec does not model is kept in its `extra`.

#include "app/spec/createrequestcodec.h"

#include "app/spec/specrules.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Flightdeck::CreateRequestCodec {

namespace {

int toInt(const QJsonValue &value)
{
    return value.isDouble() ? value.toInt() : 0;
}

// Decodes one config into a spec. Every section takes its keys out of the
// JSON object it reads, so what is left over is what RunSpec does not model.
// The first malformed value is the error; decoding goes on so that the code
// stays straight, but its result is then dropped.
class ConfigDecoder
{
    Q_DECLARE_TR_FUNCTIONS(CreateRequestCodec)

public:
    explicit ConfigDecoder(RunSpec spec)
        : m_spec(std::move(spec))
    {
    }

    Decoded decodeConfig(QJsonObject config)
    {
        decodeEnvAndStandbys(config);
        decodeInit(config.take(u"init"_s));
        decodeGuest(config.take(u"guest"_s));
        decodeMetadata(config.take(u"metadata"_s));
        decodeMounts(config.take(u"mounts"_s));
        decodeServices(config);
        if (const QJsonValue image = config.take(u"image"_s); image.isString())
            m_spec.image = image.toString();
        const QJsonArray files = config.take(u"files"_s).toArray();
        for (const QJsonValue &value : files)
            m_spec.files.append(decodeFile(value.toObject()));
        decodeLifecycle(config);
        decodeStorageAndDns(config);
        for (auto it = config.constBegin(); it != config.constEnd(); ++it)
            m_spec.configExtra.insert(it.key(), it.value());
        return result();
    }

    // The create body around the config: region, name, skip_launch.
    Decoded decodeBody(QJsonObject body)
    {
        const QJsonValue config = body.take(u"config"_s);
        if (!config.isObject())
            return {{}, tr("config must be an object")};
        if (Decoded decoded = decodeConfig(config.toObject()); !decoded.ok())
            return decoded;
        m_spec.region = body.take(u"region"_s).toString();
        m_spec.name = body.take(u"name"_s).toString();
        const bool skipLaunch = body.take(u"skip_launch"_s).toBool();
        // Standbys imply skip_launch; only a skip_launch of its own is a choice.
        m_spec.skipLaunch = skipLaunch && !(m_spec.standbyFor && !m_spec.standbyFor->isEmpty());
        // Always sent as false: a request that says otherwise is refused, not quietly changed.
        if (const QJsonValue skipSecrets = body.take(u"skip_secrets"_s); !skipSecrets.isUndefined() && skipSecrets != QJsonValue(false))
            return {{}, tr("skip_secrets must be false: the Machine always gets the app's secrets")};
        body.remove(u"min_secrets_version"_s); // a launch's, read from flyctl's config when it is sent
        m_spec.bodyExtra = body;
        return result();
    }

private:
    Decoded result() const { return m_error.isEmpty() ? Decoded{m_spec, {}} : Decoded{{}, m_error}; }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    // A JSON list of strings; nullopt (and no error) when absent or null.
    std::optional<QStringList> stringList(const QJsonValue &value, const QString &field)
    {
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        QStringList list;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            list.append(item.toString());
        const bool allStrings = value.isArray() && std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isString(); });
        if (!allStrings) {
            fail(tr("%1 must be a list of strings").arg(field));
            return std::nullopt;
        }
        return list;
    }

    QMap<QString, QString> stringMap(const QJsonValue &value, const QString &field)
    {
        QMap<QString, QString> map;
        if (value.isUndefined() || value.isNull())
            return map;
        if (!value.isObject()) {
            fail(tr("%1 must be an object of strings").arg(field));
            return map;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.value().isString())
                fail(tr("%1.%2 must be a string").arg(field, it.key()));
            map.insert(it.key(), it.value().toString());
        }
        return map;
    }

    std::optional<Autostop> autostop(const QJsonValue &value)
    {
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (value.isBool())
            return value.toBool() ? Autostop::Stop : Autostop::Off;
        const std::optional<Autostop> named = SpecRules::autostopFromName(value.toString());
        if (!named)
            fail(tr("invalid autostop string value \"%1\"").arg(value.toString()));
        return named;
    }

    void decodeEnvAndStandbys(QJsonObject &config)
    {
        QMap<QString, QString> env = stringMap(config.take(u"env"_s), u"env"_s);
        if (const std::optional<QStringList> standbys = stringList(config.take(u"standbys"_s), u"standbys"_s); standbys && !standbys->isEmpty()) {
            m_spec.standbyFor = *standbys;
            env.remove(u"FLY_STANDBY_FOR"_s); // derived from the standbys
        }
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            m_spec.env.insert(it.key(), it.value());
    }

    void decodeInit(const QJsonValue &init)
    {
        if (!init.isObject())
            return;
        QJsonObject object = init.toObject();
        if (const auto exec = stringList(object.take(u"exec"_s), u"init.exec"_s))
            m_spec.exec = *exec;
        if (const auto entrypoint = stringList(object.take(u"entrypoint"_s), u"init.entrypoint"_s))
            m_spec.entrypoint = *entrypoint;
        if (const auto cmd = stringList(object.take(u"cmd"_s), u"init.cmd"_s))
            m_spec.cmd = *cmd;
        if (const QJsonValue swap = object.take(u"swap_size_mb"_s); !swap.isUndefined())
            m_spec.swapSizeMb = toInt(swap);
        m_spec.initExtra = object;
    }

    void decodeGuest(const QJsonValue &guest)
    {
        if (!guest.isObject())
            return;
        QJsonObject object = guest.toObject();
        GuestSpec &g = m_spec.guest;
        g.cpuKind = object.take(u"cpu_kind"_s).toString(g.cpuKind);
        if (const QJsonValue v = object.take(u"cpus"_s); !v.isUndefined())
            g.cpus = toInt(v);
        if (const QJsonValue v = object.take(u"memory_mb"_s); !v.isUndefined())
            g.memoryMb = toInt(v);
        if (const QJsonValue v = object.take(u"max_memory_mb"_s); !v.isUndefined())
            g.maxMemoryMb = toInt(v);
        g.hostDedicationId = object.take(u"host_dedication_id"_s).toString(g.hostDedicationId);
        if (const auto kernelArgs = stringList(object.take(u"kernel_args"_s), u"guest.kernel_args"_s); kernelArgs && !kernelArgs->isEmpty())
            g.kernelArgs = *kernelArgs;
        g.extra = object;
    }

    void decodeMetadata(const QJsonValue &value)
    {
        QMap<QString, QString> metadata = stringMap(value, u"metadata"_s);
        metadata.remove(kLaunchIdKey); // a launch's, not the spec's: the next launch writes its own
        for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
            m_spec.metadata.insert(it.key(), it.value());
        SpecRules::liftDeployMetadata(m_spec);
    }

    void decodeMounts(const QJsonValue &value)
    {
        const QJsonArray mounts = value.toArray();
        for (const QJsonValue &item : mounts) {
            QJsonObject object = item.toObject();
            MountSpec mount;
            mount.path = object.take(u"path"_s).toString();
            mount.volume = object.take(u"volume"_s).toString();
            mount.extra = object;
            m_spec.mounts.append(mount);
        }
    }

    PortSpec decodePort(QJsonObject json)
    {
        PortSpec port;
        port.port = toInt(json.take(u"port"_s));
        port.startPort = toInt(json.take(u"start_port"_s));
        port.endPort = toInt(json.take(u"end_port"_s));
        if (const auto handlers = stringList(json.take(u"handlers"_s), u"handlers"_s))
            port.handlers = *handlers;
        port.extra = json;
        return port;
    }

    ServiceSpec decodeService(QJsonObject json)
    {
        ServiceSpec service;
        service.protocol = json.take(u"protocol"_s).toString(u"tcp"_s);
        service.internalPort = toInt(json.take(u"internal_port"_s));
        service.autostop = autostop(json.take(u"autostop"_s));
        if (const QJsonValue autostart = json.take(u"autostart"_s); autostart.isBool())
            service.autostart = autostart.toBool();
        const QJsonArray ports = json.take(u"ports"_s).toArray();
        for (const QJsonValue &value : ports)
            service.ports.append(decodePort(value.toObject()));
        if (json.value(u"force_instance_key"_s).isNull())
            json.remove(u"force_instance_key"_s); // always written back as null
        service.extra = json;
        return service;
    }

    void decodeServices(QJsonObject &config)
    {
        const QJsonArray services = config.take(u"services"_s).toArray();
        for (const QJsonValue &value : services)
            m_spec.services.append(decodeService(value.toObject()));
        // Deprecated: disable_machine_autostart applies to the first service only.
        if (const QJsonValue disable = config.take(u"disable_machine_autostart"_s); disable.isBool() && !m_spec.services.isEmpty())
            m_spec.services.first().autostart = !disable.toBool();
    }

    static FileSpec decodeFile(QJsonObject json)
    {
        FileSpec file;
        file.guestPath = json.take(u"guest_path"_s).toString();
        const QJsonValue raw = json.take(u"raw_value"_s);
        const QJsonValue secret = json.take(u"secret_name"_s);
        const QJsonValue local = json.take(u"local_path"_s);
        if (raw.isString()) {
            const QByteArray bytes = QByteArray::fromBase64(raw.toString().toLatin1());
            const QString text = QString::fromUtf8(bytes);
            // Text that encodes back to the same bytes is shown and edited as text.
            const bool isText = text.toUtf8() == bytes && !bytes.contains('\0') && QString::fromLatin1(bytes.toBase64()) == raw.toString();
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

    // schedule, auto_destroy and restart, which decide together (restartJson).
    void decodeLifecycle(QJsonObject &config)
    {
        const QJsonValue schedule = config.take(u"schedule"_s);
        m_spec.schedule = schedule.toString(m_spec.schedule);
        const QJsonValue autoDestroy = config.take(u"auto_destroy"_s);
        if (autoDestroy.isBool())
            m_spec.autoDestroy = autoDestroy.toBool();
        const QJsonValue restart = config.take(u"restart"_s);
        RestartSpec r;
        if (restart.isObject()) {
            QJsonObject object = restart.toObject();
            r.policy = object.take(u"policy"_s).toString();
            r.maxRetries = toInt(object.take(u"max_retries"_s));
            r.extra = object;
        }
        const bool leftOut = restart.isUndefined() || (restart.isObject() && r.isNone()); // "restart": {} says no more than nothing
        if (!r.isNone()) {
            m_spec.restart = r;
        } else if (restart.isNull() || (leftOut && (autoDestroy.toBool() || !schedule.toString().isEmpty()))) {
            // No policy next to auto_destroy or a schedule is a choice: left
            // unspecified, the encoder would add flyctl's default for them.
            m_spec.restart = RestartSpec{};
        }
    }

    void decodeStorageAndDns(QJsonObject &config)
    {
        if (const QJsonValue dns = config.take(u"dns"_s); dns.isObject()) {
            QJsonObject object = dns.toObject();
            m_spec.skipDnsRegistration = object.take(u"skip_registration"_s).toBool();
            m_spec.dnsExtra = object;
        }
        if (const QJsonValue rootfs = config.take(u"rootfs"_s); rootfs.isObject()) {
            QJsonObject object = rootfs.toObject();
            RootfsSpec r;
            r.persist = object.take(u"persist"_s).toString();
            r.sizeGb = toInt(object.take(u"size_gb"_s));
            r.extra = object;
            m_spec.rootfs = r;
        }
        if (const QJsonValue cache = config.take(u"cache_drive"_s); cache.isObject()) {
            QJsonObject object = cache.toObject();
            m_spec.cacheDriveSizeMb = toInt(object.take(u"size_mb"_s));
            m_spec.cacheDriveExtra = object;
        }
    }

    RunSpec m_spec;
    QString m_error;
};

} // namespace

Decoded applyConfig(RunSpec spec, const QJsonObject &config)
{
    return ConfigDecoder(std::move(spec)).decodeConfig(config);
}

Decoded fromJson(const QJsonObject &json)
{
    if (!json.contains(u"config"_s))
        return applyConfig(RunSpec{}, json);
    return ConfigDecoder(RunSpec{}).decodeBody(json);
}

} // namespace Flightdeck::CreateRequestCodec
