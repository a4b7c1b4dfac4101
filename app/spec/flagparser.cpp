// fly machine run's arguments -> RunSpec, following flyctl's parsing rules
// (reference flyctl-machine-run.md §1–2) and its config-building order.

#include "app/spec/createrequestcodec.h"
#include "app/spec/flyflags.h"
#include "app/spec/flytoml.h"
#include "app/spec/shellwords.h"
#include "app/spec/specrules.h"
#include "app/spec/vmsizing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Flightdeck::FlyFlags {

namespace {

// The parser's messages are translated in the context "FlagParser".
struct FlagParser
{
    Q_DECLARE_TR_FUNCTIONS(FlagParser)
};

enum class Kind { String, Bool, Int, StringSlice, StringArray };

struct FlagDef
{
    QString name;
    QChar shorthand;
    Kind kind;
    QStringList aliases = {};
    QString noOptDefault = {}; // the value of a bare --flag for non-bool flags
};

const QList<FlagDef> &flagDefs()
{
    static const QList<FlagDef> defs = {
        {u"app"_s, u'a', Kind::String},
        {u"config"_s, u'c', Kind::String},
        {u"detach"_s, {}, Kind::Bool},
        {u"skip-health-checks"_s, {}, Kind::Bool},
        {u"wait-timeout"_s, {}, Kind::Int},
        {u"port"_s, u'p', Kind::StringSlice},
        {u"env"_s, u'e', Kind::StringArray},
        {u"entrypoint"_s, {}, Kind::String},
        {u"build-only"_s, {}, Kind::Bool},
        {u"build-remote-only"_s, {}, Kind::Bool},
        {u"build-local-only"_s, {}, Kind::Bool},
        {u"build-depot"_s, {}, Kind::Bool},
        {u"build-nixpacks"_s, {}, Kind::Bool},
        {u"dockerfile"_s, {}, Kind::String},
        {u"build-arg"_s, {}, Kind::StringArray},
        {u"image-label"_s, {}, Kind::String},
        {u"build-target"_s, {}, Kind::String},
        {u"build-context-warn-size"_s, {}, Kind::String},
        {u"no-build-cache"_s, {}, Kind::Bool},
        {u"machine-config"_s, {}, Kind::String},
        {u"kernel-arg"_s, {}, Kind::StringArray},
        {u"metadata"_s, u'm', Kind::StringArray},
        {u"schedule"_s, {}, Kind::String},
        {u"skip-dns-registration"_s, {}, Kind::Bool},
        {u"autostart"_s, {}, Kind::Bool},
        {u"autostop"_s, {}, Kind::String, {}, u"stop"_s},
        {u"restart"_s, {}, Kind::String},
        {u"standby-for"_s, {}, Kind::StringSlice},
        {u"file-local"_s, {}, Kind::StringArray},
        {u"file-literal"_s, {}, Kind::StringArray},
        {u"file-secret"_s, {}, Kind::StringArray},
        {u"vm-size"_s, {}, Kind::String},
        {u"vm-cpus"_s, {}, Kind::Int, {u"cpus"_s}},
        {u"vm-cpu-kind"_s, {}, Kind::String, {u"vm-cpukind"_s}},
        {u"vm-memory"_s, {}, Kind::String, {u"memory"_s}},
        {u"vm-max-memory"_s, {}, Kind::String},
        {u"vm-gpus"_s, {}, Kind::Int},
        {u"vm-gpu-kind"_s, {}, Kind::String, {u"vm-gpukind"_s}},
        {u"host-dedication-id"_s, {}, Kind::String},
        {u"rootfs-persist"_s, {}, Kind::String},
        {u"rootfs-size"_s, {}, Kind::String},
        {u"swap-size"_s, {}, Kind::String},
        {u"cachedrive-size"_s, {}, Kind::String},
        {u"region"_s, u'r', Kind::String},
        {u"id"_s, {}, Kind::String},
        {u"name"_s, u'n', Kind::String},
        {u"org"_s, {}, Kind::String},
        {u"rm"_s, {}, Kind::Bool},
        {u"volume"_s, u'v', Kind::StringSlice},
        {u"use-zstd"_s, {}, Kind::Bool},
        {u"wg"_s, {}, Kind::Bool},
        {u"user"_s, {}, Kind::String},
        {u"command"_s, {}, Kind::String},
        {u"shell"_s, {}, Kind::Bool},
        {u"container"_s, {}, Kind::String},
        // flyctl's global flags
        {u"access-token"_s, u't', Kind::String},
        {u"verbose"_s, {}, Kind::Bool},
        {u"debug"_s, {}, Kind::Bool},
        // Flightdeck's own: create a missing app without asking
        {u"yes"_s, u'y', Kind::Bool},
    };
    return defs;
}

const FlagDef *findLong(const QString &name)
{
    for (const FlagDef &def : flagDefs()) {
        if (def.name == name || def.aliases.contains(name))
            return &def;
    }
    return nullptr;
}

const FlagDef *findShort(QChar c)
{
    for (const FlagDef &def : flagDefs()) {
        if (!def.shorthand.isNull() && def.shorthand == c)
            return &def;
    }
    return nullptr;
}

// Go's strconv.ParseBool.
std::optional<bool> parseBool(const QString &text)
{
    static const QStringList truthy{u"1"_s, u"t"_s, u"T"_s, u"TRUE"_s, u"true"_s, u"True"_s};
    static const QStringList falsy{u"0"_s, u"f"_s, u"F"_s, u"FALSE"_s, u"false"_s, u"False"_s};
    if (truthy.contains(text))
        return true;
    if (falsy.contains(text))
        return false;
    return std::nullopt;
}

// pflag's StringSlice: one CSV record.
QStringList splitCsv(const QString &value)
{
    QStringList fields;
    if (value.isEmpty())
        return fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < value.size() && value.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field);
    return fields;
}

// The flags as given: every value in order, per canonical flag name.
struct Given
{
    QMap<QString, QStringList> values;
    QStringList positionals;

    bool has(const QString &name) const { return values.contains(name); }
    QString last(const QString &name) const { return values.value(name).value(values.value(name).size() - 1); }
    QStringList all(const QString &name) const { return values.value(name); }
    bool flag(const QString &name) const { return has(name) && last(name) == "true"_L1; }
};

void tokenize(const QStringList &args, Given &given, Issues &issues)
{
    bool onlyPositionals = false;
    const auto store = [&](const FlagDef &def, const QString &flagText, const QString &value) {
        switch (def.kind) {
        case Kind::Bool: {
            const std::optional<bool> b = parseBool(value);
            if (!b) {
                issues.append(error(def.name, FlagParser::tr("invalid argument \"%1\" for \"%2\" flag: strconv.ParseBool: parsing \"%1\": invalid syntax").arg(value, flagText)));
                return;
            }
            given.values[def.name].append(*b ? u"true"_s : u"false"_s);
            return;
        }
        case Kind::Int: {
            bool ok = false;
            value.toInt(&ok);
            if (!ok) {
                issues.append(error(def.name, FlagParser::tr("invalid argument \"%1\" for \"%2\" flag: strconv.ParseInt: parsing \"%1\": invalid syntax").arg(value, flagText)));
                return;
            }
            given.values[def.name].append(value);
            return;
        }
        case Kind::StringSlice:
            given.values[def.name].append(splitCsv(value));
            if (value.isEmpty())
                given.values[def.name]; // specified, but empty
            return;
        case Kind::String:
        case Kind::StringArray:
            given.values[def.name].append(value);
            return;
        }
    };

    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (onlyPositionals || arg == "-"_L1 || !arg.startsWith(u'-')) {
            given.positionals.append(arg);
            continue;
        }
        if (arg == "--"_L1) {
            onlyPositionals = true;
            continue;
        }
        if (arg.startsWith("--"_L1)) {
            const qsizetype eq = arg.indexOf(u'=');
            const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
            const FlagDef *def = findLong(name);
            if (!def) {
                issues.append(error(u"command"_s, FlagParser::tr("unknown flag: --%1").arg(name)));
                continue;
            }
            const QString flagText = u"--"_s + name;
            if (eq >= 0) {
                store(*def, flagText, arg.mid(eq + 1));
            } else if (def->kind == Kind::Bool) {
                store(*def, flagText, u"true"_s);
            } else if (!def->noOptDefault.isEmpty()) {
                store(*def, flagText, def->noOptDefault);
            } else if (i + 1 < args.size()) {
                store(*def, flagText, args.at(++i));
            } else {
                issues.append(error(def->name, FlagParser::tr("flag needs an argument: --%1").arg(name)));
            }
            continue;
        }
        // Shorthands: -a app, -aapp, -a=app; booleans may be combined (-yv is not used by fly).
        const QChar c = arg.at(1);
        const FlagDef *def = findShort(c);
        if (!def) {
            issues.append(error(u"command"_s, FlagParser::tr("unknown shorthand flag: '%1' in %2").arg(c).arg(arg)));
            continue;
        }
        const QString flagText = u"-"_s + c;
        const QString rest = arg.mid(2);
        if (def->kind == Kind::Bool)
            store(*def, flagText, rest.startsWith(u'=') ? rest.mid(1) : u"true"_s);
        else if (rest.startsWith(u'='))
            store(*def, flagText, rest.mid(1));
        else if (!rest.isEmpty())
            store(*def, flagText, rest);
        else if (i + 1 < args.size())
            store(*def, flagText, args.at(++i));
        else
            issues.append(error(def->name, FlagParser::tr("flag needs an argument: '%1' in %2").arg(c).arg(arg)));
    }
}

// NAME=VALUE lists (--env, --metadata, --build-arg): the last duplicate wins.
std::optional<QMap<QString, QString>> parseKeyValues(const QStringList &entries, QString *bad)
{
    QMap<QString, QString> map;
    for (const QString &entry : entries) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq < 0) {
            *bad = entry;
            return std::nullopt;
        }
        map.insert(entry.left(eq), entry.mid(eq + 1));
    }
    return map;
}

struct ParsedPort
{
    PortSpec port;
    int internalPort = 0;
    QString protocol;
    bool remove = false; // handlers exactly ["-"]
};

// One --port value: ports[/protocol[:handler…]] with ports = ext | ext:int | start-end:int.
std::optional<ParsedPort> parsePort(const QString &text, QString *message)
{
    const auto atoi = [](const QString &s, bool *ok) { return s.toInt(ok); };
    const auto syntax = [](const QString &s) { return u"strconv.Atoi: parsing \"%1\": invalid syntax"_s.arg(s); };

    ParsedPort parsed;
    parsed.protocol = u"tcp"_s;
    const QStringList slash = text.split(u'/');
    if (slash.size() > 2) {
        *message = FlagParser::tr("port must be at most two elements (ports/protocol:handler)");
        return std::nullopt;
    }
    if (slash.size() == 2) {
        const QStringList right = slash.at(1).split(u':');
        parsed.protocol = right.first();
        parsed.port.handlers = right.mid(1);
        parsed.remove = parsed.port.handlers == QStringList{u"-"_s};
    }

    const QStringList parts = slash.first().split(u':');
    bool ok = false;
    if (parts.size() == 1) {
        parsed.port.port = atoi(parts.first(), &ok);
        if (!ok) {
            *message = FlagParser::tr("invalid port: %1").arg(syntax(parts.first()));
            return std::nullopt;
        }
        parsed.internalPort = parsed.port.port;
    } else if (parts.size() == 2) {
        parsed.internalPort = atoi(parts.at(1), &ok);
        if (!ok) {
            *message = FlagParser::tr("invalid machine (internal) port: %1").arg(syntax(parts.at(1)));
            return std::nullopt;
        }
        const QStringList external = parts.first().split(u'-');
        if (external.size() == 1) {
            parsed.port.port = atoi(external.first(), &ok);
            if (!ok) {
                *message = FlagParser::tr("invalid external port: %1").arg(syntax(external.first()));
                return std::nullopt;
            }
        } else if (external.size() == 2) {
            // Unlike flyctl, the range keeps its end.
            parsed.port.startPort = atoi(external.first(), &ok);
            if (!ok) {
                *message = FlagParser::tr("invalid start port for port range: %1").arg(syntax(external.first()));
                return std::nullopt;
            }
            parsed.port.endPort = atoi(external.at(1), &ok);
            if (!ok) {
                *message = FlagParser::tr("invalid end port for port range: %1").arg(syntax(external.at(1)));
                return std::nullopt;
            }
        } else {
            *message = FlagParser::tr("external port must be at most 2 elements (port, or range start-end)");
            return std::nullopt;
        }
        if (parsed.internalPort == 0)
            parsed.internalPort = parsed.port.isRange() ? parsed.port.startPort : parsed.port.port;
    } else {
        *message = FlagParser::tr("port definition must be at most 2 elements (external:internal)");
        return std::nullopt;
    }
    return parsed;
}

// flyctl's grouping of ports into services, keyed by internal port and protocol.
void addPort(QList<ServiceSpec> &services, const ParsedPort &parsed)
{
    ServiceSpec *service = nullptr;
    for (ServiceSpec &candidate : services) {
        if (candidate.internalPort == parsed.internalPort && candidate.protocol == parsed.protocol) {
            service = &candidate;
            break;
        }
    }
    if (!service) {
        ServiceSpec fresh;
        fresh.protocol = parsed.protocol;
        fresh.internalPort = parsed.internalPort;
        services.append(fresh);
        service = &services.last();
    }
    if (parsed.remove) {
        service->ports.clear();
        return;
    }
    for (PortSpec &existing : service->ports) {
        if (!parsed.port.isRange() && existing.port != 0 && existing.port == parsed.port.port) {
            existing.handlers = parsed.port.handlers;
            return;
        }
        if (parsed.port.isRange() && existing.startPort == parsed.port.startPort) {
            existing.handlers = parsed.port.handlers;
            existing.endPort = parsed.port.endPort;
            return;
        }
    }
    service->ports.append(parsed.port);
}

std::optional<Autostop> parseAutostop(const QString &value)
{
    if (const std::optional<bool> b = parseBool(value)) // the flag also takes true/false, as flyctl does
        return *b ? Autostop::Stop : Autostop::Off;
    return SpecRules::autostopFromName(value);
}

// Merges files the way fly-go's MergeFiles does.
void mergeFile(QList<FileSpec> &files, const FileSpec &file)
{
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (files.at(i).guestPath != file.guestPath)
            continue;
        if (file.value.isEmpty())
            files.removeAt(i);
        else
            files[i] = file;
        return;
    }
    files.append(file);
}

class Builder
{
public:
    Builder(const Given &given, const ParseContext &context, ParseResult &result)
        : m_given(given)
        , m_context(context)
        , m_result(result)
        , m_spec(result.spec)
    {
    }

    void build()
    {
        // fly.toml: the one --config names, else the current folder's, as flyctl does.
        if (m_given.has(u"config"_s))
            m_spec.workingDir = QFileInfo(m_given.last(u"config"_s)).path();
        else if (!m_context.currentDir.isEmpty() && QFileInfo::exists(QDir(m_context.currentDir).filePath(u"fly.toml"_s)))
            m_spec.workingDir = m_context.currentDir;
        applyMachineConfig();
        applyGuest();
        applyRootfsSwapCache();
        applyKeyValues(u"env"_s, m_spec.env);
        if (m_given.has(u"schedule"_s))
            m_spec.schedule = m_given.last(u"schedule"_s);
        applyCommand();
        if (m_given.has(u"skip-dns-registration"_s))
            m_spec.skipDnsRegistration = m_given.flag(u"skip-dns-registration"_s);
        applyKeyValues(u"metadata"_s, m_spec.metadata);
        SpecRules::liftDeployMetadata(m_spec);
        applyPorts();
        applyEntrypoint();
        applyRestart();
        applyVolumes();
        applyImage();
        applyAutostartStop();
        applyStandby();
        applyFiles();
        applyPlacementAndLifecycle();
        noteIgnored();
    }

private:
    void fail(const QString &field, const QString &message) { m_result.issues.append(error(field, message)); }

    std::optional<QByteArray> readFile(const QString &path) const
    {
        if (m_context.readFile)
            return m_context.readFile(path);
        return SpecRules::readLocalFile(path, m_context.currentDir);
    }

    void applyMachineConfig()
    {
        if (!m_given.has(u"machine-config"_s))
            return;
        const QString source = m_given.last(u"machine-config"_s);
        QByteArray json;
        if (source.startsWith(u'{')) {
            json = source.toUtf8();
        } else if (source.endsWith(".json"_L1)) {
            const std::optional<QByteArray> bytes = readFile(source);
            if (!bytes) {
                fail(u"machine_config"_s, FlagParser::tr("could not read machine config file %1").arg(source));
                return;
            }
            json = *bytes;
        } else {
            fail(u"machine_config"_s, FlagParser::tr("invalid machine config source: \"%1\" (give inline JSON starting with '{' or a path ending in .json)").arg(source));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            fail(u"machine_config"_s, FlagParser::tr("invalid machine config \"%1\": %2").arg(source, parseError.errorString()));
            return;
        }
        CreateRequestCodec::Decoded decoded = CreateRequestCodec::applyConfig(m_spec, document.object());
        if (decoded.ok())
            m_spec = std::move(decoded.spec);
        else
            fail(u"machine_config"_s, FlagParser::tr("invalid machine config \"%1\": %2").arg(source, decoded.error));
    }

    void applyGuest()
    {
        GuestSpec &guest = m_spec.guest;
        if (m_given.has(u"vm-size"_s)) {
            const QString name = m_given.last(u"vm-size"_s);
            if (const std::optional<VmSizing::Preset> preset = VmSizing::preset(name)) {
                guest.cpuKind = preset->cpuKind;
                guest.cpus = preset->cpus;
                guest.memoryMb = preset->memoryMb;
                if (preset->gpus != 0)
                    fail(u"guest.size"_s, FlagParser::tr("GPU machines are no longer supported: choose a shared or performance size instead of '%1'").arg(name));
            } else if (name.startsWith("shared"_L1) || name.startsWith("performance"_L1)) {
                const QString family = name.startsWith("shared"_L1) ? u"shared"_s : u"performance"_s;
                QStringList names;
                for (const VmSizing::Preset &candidate : VmSizing::presets()) {
                    if (candidate.name.startsWith(family))
                        names.append(candidate.name);
                }
                names.sort();
                fail(u"guest.size"_s, FlagParser::tr("'%1' is an invalid machine size, choose one of: [%2]").arg(name, names.join(u' ')));
            } else {
                fail(u"guest.size"_s, FlagParser::tr("invalid machine preset requested, '%1', expected to start with 'shared' or 'performance'").arg(name));
            }
        }
        if (m_given.has(u"vm-cpus"_s)) {
            const int cpus = m_given.last(u"vm-cpus"_s).toInt();
            if (cpus <= 0)
                fail(u"guest.cpus"_s, FlagParser::tr("--vm-cpus must be greater than zero, got: %1").arg(cpus));
            else
                guest.cpus = cpus;
        }
        if (m_given.has(u"vm-memory"_s)) {
            if (const std::optional<int> mb = sizeFlag(u"vm-memory"_s, u"guest.memory_mb"_s, VmSizing::Unit::Megabytes, FlagParser::tr("invalid size: invalid size: '%1'"))) {
                if (*mb == 0)
                    fail(u"guest.memory_mb"_s, FlagParser::tr("--vm-memory cannot be zero"));
                else
                    guest.memoryMb = *mb;
            }
        }
        if (m_given.has(u"vm-max-memory"_s)) {
            if (const std::optional<int> mb = sizeFlag(u"vm-max-memory"_s, u"guest.max_memory_mb"_s, VmSizing::Unit::Megabytes, FlagParser::tr("invalid size: invalid size: '%1'"))) {
                if (*mb == 0)
                    fail(u"guest.max_memory_mb"_s, FlagParser::tr("--vm-max-memory cannot be zero"));
                else
                    guest.maxMemoryMb = *mb;
            }
        }
        if (m_given.has(u"vm-cpu-kind"_s)) {
            const QString kind = m_given.last(u"vm-cpu-kind"_s);
            if (kind != "shared"_L1 && kind != "performance"_L1)
                fail(u"guest.cpu_kind"_s, FlagParser::tr("--vm-cpu-kind must be set to 'shared' or 'performance'"));
            else
                guest.cpuKind = kind;
        }
        if (m_given.has(u"vm-gpus"_s) || m_given.has(u"vm-gpu-kind"_s))
            fail(u"guest.gpus"_s, FlagParser::tr("GPU machines are no longer supported: --vm-gpu-kind and --vm-gpus are no longer accepted"));
        if (m_given.has(u"host-dedication-id"_s))
            guest.hostDedicationId = m_given.last(u"host-dedication-id"_s);
        if (m_given.has(u"kernel-arg"_s))
            guest.kernelArgs = m_given.all(u"kernel-arg"_s);
        if (guest.kernelArgs && guest.kernelArgs->isEmpty())
            guest.kernelArgs.reset();
    }

    std::optional<int> sizeFlag(const QString &flag, const QString &field, VmSizing::Unit unit, const QString &errorFormat)
    {
        const QString text = m_given.last(flag);
        const std::optional<qint64> size = VmSizing::parseSize(text, unit);
        if (!size || *size > std::numeric_limits<int>::max() || *size < std::numeric_limits<int>::min()) {
            fail(field, errorFormat.arg(text));
            return std::nullopt;
        }
        return static_cast<int>(*size);
    }

    void applyRootfsSwapCache()
    {
        if (m_given.has(u"rootfs-persist"_s) || m_given.has(u"rootfs-size"_s)) {
            RootfsSpec rootfs = m_spec.rootfs.value_or(RootfsSpec{});
            if (m_given.has(u"rootfs-persist"_s)) {
                const QString persist = m_given.last(u"rootfs-persist"_s);
                if (persist != "never"_L1 && persist != "always"_L1 && persist != "restart"_L1)
                    fail(u"rootfs.persist"_s, FlagParser::tr("invalid rootfs-persist value, must be one of: never, always, restart"));
                else
                    rootfs.persist = persist;
            }
            if (m_given.has(u"rootfs-size"_s)) {
                if (const std::optional<int> gb = sizeFlag(u"rootfs-size"_s, u"rootfs.size_gb"_s, VmSizing::Unit::Gigabytes, FlagParser::tr("invalid rootfs size: invalid size: invalid size: '%1'"))) {
                    if (*gb < 0)
                        fail(u"rootfs.size_gb"_s, FlagParser::tr("--rootfs-size must not be negative"));
                    else
                        rootfs.sizeGb = *gb;
                }
            }
            m_spec.rootfs = rootfs;
        }
        if (m_given.has(u"swap-size"_s)) {
            if (const std::optional<int> mb = sizeFlag(u"swap-size"_s, u"init.swap_size_mb"_s, VmSizing::Unit::Megabytes, FlagParser::tr("invalid swap size: invalid size: '%1'"))) {
                if (*mb <= 0)
                    fail(u"init.swap_size_mb"_s, FlagParser::tr("--swap-size must be greater than zero"));
                else
                    m_spec.swapSizeMb = *mb;
            }
        }
        if (m_given.has(u"cachedrive-size"_s)) {
            if (const std::optional<int> mb = sizeFlag(u"cachedrive-size"_s, u"cache_drive.size_mb"_s, VmSizing::Unit::Megabytes, FlagParser::tr("invalid cachedrive size: invalid size: '%1'"))) {
                if (*mb < 0)
                    fail(u"cache_drive.size_mb"_s, FlagParser::tr("--cachedrive-size must not be negative"));
                else
                    m_spec.cacheDriveSizeMb = *mb;
            }
        }
    }

    void applyKeyValues(const QString &flag, QMap<QString, QString> &target)
    {
        if (!m_given.has(flag))
            return;
        QString bad;
        const std::optional<QMap<QString, QString>> values = parseKeyValues(m_given.all(flag), &bad);
        if (!values) {
            fail(flag, FlagParser::tr("invalid key/value pairs specified for flag %1: '%2' must be in the format NAME=VALUE").arg(flag, bad));
            return;
        }
        for (auto it = values->cbegin(); it != values->cend(); ++it)
            target.insert(it.key(), it.value());
    }

    void applyCommand()
    {
        if (m_given.positionals.size() > 1)
            m_spec.cmd = m_given.positionals.mid(1);
        if (m_given.has(u"shell"_s))
            m_spec.shell = m_given.flag(u"shell"_s);
        if (m_given.has(u"user"_s))
            m_spec.shellUser = m_given.last(u"user"_s);
        if (m_given.has(u"command"_s))
            m_spec.shellCommand = m_given.last(u"command"_s);
    }

    void applyPorts()
    {
        const QStringList ports = m_given.all(u"port"_s);
        for (const QString &text : ports) {
            QString message;
            const std::optional<ParsedPort> parsed = parsePort(text, &message);
            if (!parsed) {
                fail(u"services"_s, FlagParser::tr("--port %1: %2").arg(text, message));
                continue;
            }
            addPort(m_spec.services, *parsed);
        }
        m_spec.services.removeIf([](const ServiceSpec &service) { return service.ports.isEmpty(); });
    }

    void applyEntrypoint()
    {
        if (!m_given.has(u"entrypoint"_s))
            return;
        QString message;
        const std::optional<QStringList> words = ShellWords::split(m_given.last(u"entrypoint"_s), &message);
        if (!words)
            fail(u"init.entrypoint"_s, FlagParser::tr("invalid entrypoint: %1").arg(message));
        else
            m_spec.entrypoint = *words;
    }

    void applyRestart()
    {
        if (!m_given.has(u"restart"_s))
            return;
        const QString policy = m_given.last(u"restart"_s);
        if (policy.isEmpty()) {
            m_spec.restart = RestartSpec{};
        } else if (policy == "no"_L1 || policy == "always"_L1 || policy == "on-failure"_L1) {
            m_spec.restart = RestartSpec{policy, 0, {}};
        } else if (policy == "on-fail"_L1) {
            m_spec.restart = RestartSpec{u"on-failure"_s, 0, {}};
            m_result.issues.append(warning(u"restart.policy"_s, FlagParser::tr("The 'on-fail' restart policy is deprecated. Use 'on-failure' instead.")));
        } else {
            fail(u"restart.policy"_s, FlagParser::tr("invalid restart provided: '%1' (choose no, always or on-failure)").arg(policy));
        }
    }

    void applyVolumes()
    {
        const QStringList volumes = m_given.all(u"volume"_s);
        for (const QString &text : volumes) {
            const QStringList parts = text.split(u':');
            if (parts.size() < 2) {
                fail(u"mounts"_s, FlagParser::tr("Can't infer volume and mount path from '%1' (write <volume id or name>:/path)").arg(text));
                continue;
            }
            MountSpec mount{parts.at(0), parts.at(1), {}};
            auto existing = std::find_if(m_spec.mounts.begin(), m_spec.mounts.end(), [&](const MountSpec &m) { return m.path == mount.path; });
            if (existing != m_spec.mounts.end())
                existing->volume = mount.volume;
            else
                m_spec.mounts.append(mount);
        }
    }

    void applyImage()
    {
        const QString first = m_given.positionals.value(0);
        const bool isPath = first.startsWith(u'.') || first.startsWith(u'/');
        if (isPath || m_given.has(u"dockerfile"_s)) {
            BuildSpec build;
            build.contextDir = isPath ? first : u"."_s;
            build.dockerfile = m_given.last(u"dockerfile"_s);
            m_spec.image.clear();
            m_spec.build = build;
        } else if (!m_given.positionals.isEmpty()) {
            m_spec.image = first;
        }

        const QStringList buildFlags{u"build-arg"_s, u"image-label"_s, u"build-target"_s, u"no-build-cache"_s};
        if (!m_spec.build) {
            for (const QString &flag : buildFlags) {
                if (m_given.has(flag))
                    m_result.issues.append(warning(u"build"_s, FlagParser::tr("--%1 has no effect without a build: give a folder (./ or /…) or --dockerfile").arg(flag)));
            }
            return;
        }
        BuildSpec &build = *m_spec.build;
        if (m_given.has(u"build-arg"_s)) {
            QString bad;
            if (const auto args = parseKeyValues(m_given.all(u"build-arg"_s), &bad))
                build.args = *args;
            else
                fail(u"build.args"_s, FlagParser::tr("invalid build-arg: '%1': must be in the format NAME=VALUE").arg(bad));
        }
        build.imageLabel = m_given.last(u"image-label"_s);
        build.target = m_given.last(u"build-target"_s);
        build.noCache = m_given.flag(u"no-build-cache"_s);
        if (build.dockerfile.isEmpty() && !m_spec.workingDir.isEmpty())
            build.dockerfile = FlyToml::read(QDir(m_spec.workingDir).filePath(u"fly.toml"_s)).dockerfile;
    }

    void applyAutostartStop()
    {
        if ((m_given.has(u"autostart"_s) || m_given.has(u"autostop"_s)) && m_spec.services.isEmpty())
            m_result.issues.append(warning(u"services"_s, FlagParser::tr("--autostart and --autostop apply to services, and there are none: add a --port")));
        if (m_given.has(u"autostart"_s)) {
            for (ServiceSpec &service : m_spec.services)
                service.autostart = m_given.flag(u"autostart"_s);
        }
        if (m_given.has(u"autostop"_s)) {
            const QString value = m_given.last(u"autostop"_s);
            if (const std::optional<Autostop> autostop = parseAutostop(value)) {
                for (ServiceSpec &service : m_spec.services)
                    service.autostop = *autostop;
            } else {
                fail(u"services.autostop"_s, FlagParser::tr("invalid autostop value \"%1\" (choose off, stop or suspend)").arg(value));
            }
        }
    }

    void applyStandby()
    {
        if (!m_given.has(u"standby-for"_s))
            return;
        const QStringList machines = m_given.all(u"standby-for"_s);
        if (machines.isEmpty())
            m_spec.standbyFor.reset();
        else
            m_spec.standbyFor = machines;
    }

    void applyFiles()
    {
        const QList<std::pair<QString, FileSpec::Source>> flags{
            {u"file-local"_s, FileSpec::Source::LocalFile},
            {u"file-literal"_s, FileSpec::Source::Literal},
            {u"file-secret"_s, FileSpec::Source::Secret},
        };
        for (const auto &[flag, source] : flags) {
            const QStringList entries = m_given.all(flag);
            for (const QString &entry : entries) {
                const qsizetype eq = entry.indexOf(u'=');
                if (eq < 0) {
                    fail(u"files"_s, FlagParser::tr("failed to read --%1: invalid --%1 argument %2 (write /guest/path=VALUE)").arg(flag, entry));
                    continue;
                }
                FileSpec file;
                file.guestPath = entry.left(eq);
                file.value = entry.mid(eq + 1);
                file.source = source;
                if (!file.guestPath.startsWith(u'/')) {
                    fail(u"files"_s, FlagParser::tr("failed to read --%1: guest path, %2, must be absolute").arg(flag, file.guestPath));
                    continue;
                }
                mergeFile(m_spec.files, file);
            }
        }
    }

    void applyPlacementAndLifecycle()
    {
        if (m_given.has(u"app"_s))
            m_spec.app = m_given.last(u"app"_s);
        else if (m_context.environment.contains(u"FLY_APP"_s))
            m_spec.app = m_context.environment.value(u"FLY_APP"_s);
        else if (!m_spec.workingDir.isEmpty())
            m_spec.app = FlyToml::read(QDir(m_spec.workingDir).filePath(u"fly.toml"_s)).app;

        if (m_given.has(u"org"_s))
            m_spec.org = m_given.last(u"org"_s);
        else
            m_spec.org = m_context.environment.value(u"FLY_ORG"_s, m_context.environment.value(u"FLY_ORGANIZATION"_s));

        if (m_given.has(u"region"_s))
            m_spec.region = m_given.last(u"region"_s);
        if (m_given.has(u"name"_s))
            m_spec.name = m_given.last(u"name"_s);
        if (m_given.has(u"rm"_s))
            m_spec.autoDestroy = m_given.flag(u"rm"_s);
        if (m_given.has(u"detach"_s))
            m_spec.detach = m_given.flag(u"detach"_s);
        if (m_given.has(u"skip-health-checks"_s))
            m_spec.skipHealthChecks = m_given.flag(u"skip-health-checks"_s);
        if (m_given.has(u"wait-timeout"_s)) {
            bool ok = false;
            const int seconds = m_given.last(u"wait-timeout"_s).toInt(&ok);
            if (!ok || seconds < 1 || seconds > 3600)
                fail(u"wait_timeout"_s, FlagParser::tr("--wait-timeout takes seconds from 1 to 3600, got '%1'").arg(m_given.last(u"wait-timeout"_s)));
            else
                m_spec.waitTimeoutSeconds = seconds;
        }
        if (m_given.has(u"id"_s))
            fail(u"command"_s, FlagParser::tr("to update an existing machine, use 'flyctl machine update'"));
        m_spec.skipLaunch = m_context.command == "create"_L1;
        m_result.yes = m_given.flag(u"yes"_s);
    }

    void noteIgnored()
    {
        static const QStringList ignoredFlags{u"use-zstd"_s, u"wg"_s, u"build-only"_s, u"build-remote-only"_s, u"build-local-only"_s,
                                              u"build-depot"_s, u"build-nixpacks"_s, u"build-context-warn-size"_s, u"verbose"_s,
                                              u"debug"_s, u"container"_s};
        for (const QString &flag : ignoredFlags) {
            if (m_given.has(flag))
                m_result.ignored.append(u"--"_s + flag);
        }
        if (m_given.has(u"access-token"_s)) {
            m_result.ignored.append(u"--access-token"_s);
            m_result.issues.append(warning(u"token"_s,
                                           FlagParser::tr("--access-token is ignored: Flightdeck takes the token from the keychain or the environment, never from a command line")));
        }
    }

    const Given &m_given;
    const ParseContext &m_context;
    ParseResult &m_result;
    RunSpec &m_spec;
};

} // namespace

ParseResult parse(const QStringList &arguments, const ParseContext &context)
{
    ParseResult result;
    Given given;
    tokenize(arguments, given, result.issues);
    Builder(given, context, result).build();
    return result;
}

ParseResult parseCommandLine(const QString &commandLine, const ParseContext &context)
{
    QString message;
    const std::optional<QStringList> words = ShellWords::split(commandLine, &message);
    if (!words) {
        ParseResult result;
        result.issues.append(error(u"command"_s, FlagParser::tr("cannot split the command line: %1").arg(message)));
        return result;
    }
    QStringList args = *words;
    if (!args.isEmpty() && (args.first() == "fly"_L1 || args.first() == "flyctl"_L1 || args.first().endsWith("/fly"_L1) || args.first().endsWith("/flyctl"_L1)))
        args.removeFirst();
    if (!args.isEmpty() && (args.first() == "machine"_L1 || args.first() == "machines"_L1 || args.first() == "m"_L1))
        args.removeFirst();
    ParseContext adjusted = context;
    if (!args.isEmpty() && (args.first() == "run"_L1 || args.first() == "create"_L1))
        adjusted.command = args.takeFirst();
    return parse(args, adjusted);
}

} // namespace Flightdeck::FlyFlags
