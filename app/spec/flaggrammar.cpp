#include "app/spec/flaggrammar.h"
#include "app/spec/flyflags.h"

using namespace Qt::StringLiterals;

namespace Flightdeck::FlyFlags {

namespace {

enum class Kind { String, Bool, Int, StringSlice, StringArray };

// Sections of `flightdeck run --help`, in the order they are printed.
enum class Group { Target, Image, Command, Resources, Services, Storage, Lifecycle, Compatibility, Global, Flightdeck };

enum class Use {
    Applied, // read into the spec
    Ignored, // accepted for compatibility with flyctl, changes nothing here (noted)
    Hidden,  // accepted only to answer with flyctl's error; not in the help
};

struct FlagDef
{
    QString name;
    QChar shorthand;
    Kind kind;
    Group group;
    const char *help; // one line, in the context "FlagHelp"
    Use use = Use::Applied;
    QStringList aliases = {};
    QString noOptDefault = {}; // the value of a bare --flag for non-bool flags
    QString defaultValue = {}; // what the help shows as "(default …)"
};

// The flags of `fly machine run` (reference flyctl-machine-run.md §1.1) and
// Flightdeck's --yes: what the tokenizer accepts, the help lists and the
// shell completions offer.
const QList<FlagDef> &flagDefs()
{
    using G = Group;
    static const QList<FlagDef> defs = {
        {u"app"_s, u'a', Kind::String, G::Target, QT_TRANSLATE_NOOP("FlagHelp", "The app the Machine belongs to (else FLY_APP, then the app in fly.toml)")},
        {u"org"_s, {}, Kind::String, G::Target, QT_TRANSLATE_NOOP("FlagHelp", "The organization of a new app (else FLY_ORG)")},
        {u"region"_s, u'r', Kind::String, G::Target, QT_TRANSLATE_NOOP("FlagHelp", "Where the Machine runs, such as ams or ord (else the region nearest to you)")},
        {u"name"_s, u'n', Kind::String, G::Target, QT_TRANSLATE_NOOP("FlagHelp", "The Machine's name, unique in the app (else one is generated)")},
        {u"config"_s, u'c', Kind::String, G::Target, QT_TRANSLATE_NOOP("FlagHelp", "The fly.toml to read the app and the build from")},
        {u"machine-config"_s, {}, Kind::String, G::Target, QT_TRANSLATE_NOOP("FlagHelp", "A Machine config to start from: inline JSON or a .json file; the other flags apply on top")},
        {u"id"_s, {}, Kind::String, G::Target, QT_TRANSLATE_NOOP("FlagHelp", "Removed: use fly machine update"), Use::Hidden},
        {u"dockerfile"_s, {}, Kind::String, G::Image, QT_TRANSLATE_NOOP("FlagHelp", "Build the image from this Dockerfile instead of pulling one")},
        {u"build-arg"_s, {}, Kind::StringArray, G::Image, QT_TRANSLATE_NOOP("FlagHelp", "A build argument, NAME=VALUE (repeatable)")},
        {u"build-target"_s, {}, Kind::String, G::Image, QT_TRANSLATE_NOOP("FlagHelp", "The stage of a multi-stage Dockerfile to build")},
        {u"no-build-cache"_s, {}, Kind::Bool, G::Image, QT_TRANSLATE_NOOP("FlagHelp", "Build without the builder's cache")},
        {u"image-label"_s, {}, Kind::String, G::Image, QT_TRANSLATE_NOOP("FlagHelp", "The tag of the built image in Fly's registry (else deployment-<id>)")},
        {u"entrypoint"_s, {}, Kind::String, G::Command, QT_TRANSLATE_NOOP("FlagHelp", "Replace the image's entrypoint (split as a shell splits words)")},
        {u"kernel-arg"_s, {}, Kind::StringArray, G::Command, QT_TRANSLATE_NOOP("FlagHelp", "A kernel argument for the Machine (repeatable; replaces the config's)")},
        {u"vm-size"_s, {}, Kind::String, G::Resources, QT_TRANSLATE_NOOP("FlagHelp", "A size preset, such as shared-cpu-1x or performance-2x")},
        {u"vm-cpus"_s, {}, Kind::Int, G::Resources, QT_TRANSLATE_NOOP("FlagHelp", "The number of CPUs"), Use::Applied, {u"cpus"_s}},
        {u"vm-cpu-kind"_s, {}, Kind::String, G::Resources, QT_TRANSLATE_NOOP("FlagHelp", "shared or performance"), Use::Applied, {u"vm-cpukind"_s}},
        {u"vm-memory"_s, {}, Kind::String, G::Resources, QT_TRANSLATE_NOOP("FlagHelp", "Memory, in MB or with a unit such as 1gb"), Use::Applied, {u"memory"_s}},
        {u"vm-max-memory"_s, {}, Kind::String, G::Resources, QT_TRANSLATE_NOOP("FlagHelp", "The most memory the Machine may grow to, in MB or with a unit")},
        {u"vm-gpus"_s, {}, Kind::Int, G::Resources, QT_TRANSLATE_NOOP("FlagHelp", "Removed: GPU Machines are no longer offered"), Use::Hidden},
        {u"vm-gpu-kind"_s, {}, Kind::String, G::Resources, QT_TRANSLATE_NOOP("FlagHelp", "Removed: GPU Machines are no longer offered"), Use::Hidden, {u"vm-gpukind"_s}},
        {u"host-dedication-id"_s, {}, Kind::String, G::Resources, QT_TRANSLATE_NOOP("FlagHelp", "Run on the dedicated hosts of this group")},
        {u"rootfs-persist"_s, {}, Kind::String, G::Resources, QT_TRANSLATE_NOOP("FlagHelp", "Keep the root file system: never, always or restart")},
        {u"rootfs-size"_s, {}, Kind::String, G::Resources, QT_TRANSLATE_NOOP("FlagHelp", "The root file system's size, in GB or with a unit")},
        {u"swap-size"_s, {}, Kind::String, G::Resources, QT_TRANSLATE_NOOP("FlagHelp", "Swap space, in MB or with a unit")},
        {u"cachedrive-size"_s, {}, Kind::String, G::Resources, QT_TRANSLATE_NOOP("FlagHelp", "A cache drive, in MB or with a unit (0: none)")},
        {u"port"_s, u'p', Kind::StringSlice, G::Services, QT_TRANSLATE_NOOP("FlagHelp", "A public port: port[:internal][/protocol[:handler…]], such as 443:8080/tcp:tls:http")},
        {u"autostart"_s, {}, Kind::Bool, G::Services, QT_TRANSLATE_NOOP("FlagHelp", "Start the Machine when a request arrives"), Use::Applied, {}, {}, u"true"_s},
        {u"autostop"_s, {}, Kind::String, G::Services, QT_TRANSLATE_NOOP("FlagHelp", "Without traffic: off, stop or suspend (a bare --autostop is stop)"), Use::Applied, {}, u"stop"_s, u"off"_s},
        {u"skip-dns-registration"_s, {}, Kind::Bool, G::Services, QT_TRANSLATE_NOOP("FlagHelp", "Leave the Machine out of the app's internal DNS")},
        {u"standby-for"_s, {}, Kind::StringSlice, G::Services, QT_TRANSLATE_NOOP("FlagHelp", "Stand by for these Machines, started only when one fails")},
        {u"volume"_s, u'v', Kind::StringSlice, G::Storage, QT_TRANSLATE_NOOP("FlagHelp", "Mount a volume: <volume id or name>:/path")},
        {u"env"_s, u'e', Kind::StringArray, G::Storage, QT_TRANSLATE_NOOP("FlagHelp", "An environment variable, NAME=VALUE (repeatable)")},
        {u"metadata"_s, u'm', Kind::StringArray, G::Storage, QT_TRANSLATE_NOOP("FlagHelp", "Metadata, NAME=VALUE (repeatable)")},
        {u"file-local"_s, {}, Kind::StringArray, G::Storage, QT_TRANSLATE_NOOP("FlagHelp", "Write a local file into the Machine: /guest/path=local/path")},
        {u"file-literal"_s, {}, Kind::StringArray, G::Storage, QT_TRANSLATE_NOOP("FlagHelp", "Write text into the Machine: /guest/path=text")},
        {u"file-secret"_s, {}, Kind::StringArray, G::Storage, QT_TRANSLATE_NOOP("FlagHelp", "Write an app secret into the Machine: /guest/path=SECRET_NAME")},
        {u"restart"_s, {}, Kind::String, G::Lifecycle, QT_TRANSLATE_NOOP("FlagHelp", "When the Machine restarts: no, always or on-failure")},
        {u"rm"_s, {}, Kind::Bool, G::Lifecycle, QT_TRANSLATE_NOOP("FlagHelp", "Destroy the Machine when it exits")},
        {u"schedule"_s, {}, Kind::String, G::Lifecycle, QT_TRANSLATE_NOOP("FlagHelp", "Start the Machine hourly, daily, weekly or monthly")},
        {u"detach"_s, {}, Kind::Bool, G::Lifecycle, QT_TRANSLATE_NOOP("FlagHelp", "Do not wait for the health checks once the Machine runs")},
        {u"skip-health-checks"_s, {}, Kind::Bool, G::Lifecycle, QT_TRANSLATE_NOOP("FlagHelp", "Do not wait for the health checks")},
        {u"wait-timeout"_s, {}, Kind::Int, G::Lifecycle, QT_TRANSLATE_NOOP("FlagHelp", "Seconds to wait for the Machine to start"), Use::Applied, {}, {}, u"300"_s},
        {u"shell"_s, {}, Kind::Bool, G::Lifecycle, QT_TRANSLATE_NOOP("FlagHelp", "A temporary Machine with a shell, destroyed when the shell ends")},
        {u"user"_s, {}, Kind::String, G::Lifecycle, QT_TRANSLATE_NOOP("FlagHelp", "The user of the --shell session"), Use::Applied, {}, {}, u"root"_s},
        {u"command"_s, {}, Kind::String, G::Lifecycle, QT_TRANSLATE_NOOP("FlagHelp", "The shell of the --shell session"), Use::Applied, {}, {}, u"/bin/bash"_s},
        {u"build-only"_s, {}, Kind::Bool, G::Compatibility, nullptr, Use::Ignored},
        {u"build-remote-only"_s, {}, Kind::Bool, G::Compatibility, nullptr, Use::Ignored},
        {u"build-local-only"_s, {}, Kind::Bool, G::Compatibility, nullptr, Use::Ignored},
        {u"build-depot"_s, {}, Kind::Bool, G::Compatibility, nullptr, Use::Ignored},
        {u"build-nixpacks"_s, {}, Kind::Bool, G::Compatibility, nullptr, Use::Ignored},
        {u"build-context-warn-size"_s, {}, Kind::String, G::Compatibility, nullptr, Use::Ignored},
        {u"use-zstd"_s, {}, Kind::Bool, G::Compatibility, nullptr, Use::Ignored},
        {u"wg"_s, {}, Kind::Bool, G::Compatibility, nullptr, Use::Ignored},
        {u"container"_s, {}, Kind::String, G::Compatibility, nullptr, Use::Ignored},
        {u"verbose"_s, {}, Kind::Bool, G::Global, nullptr, Use::Ignored},
        {u"debug"_s, {}, Kind::Bool, G::Global, nullptr, Use::Ignored},
        {u"access-token"_s, u't', Kind::String, G::Global, QT_TRANSLATE_NOOP("FlagHelp", "Ignored: the token comes from the keychain or FLY_API_TOKEN, never a command line"), Use::Ignored},
        {u"yes"_s, u'y', Kind::Bool, G::Flightdeck, QT_TRANSLATE_NOOP("FlagHelp", "Launch now, without the window, and create a missing app")},
    };
    return defs;
}

QString groupTitle(Group group)
{
    switch (group) {
    case Group::Target: return QCoreApplication::translate("FlagHelp", "App and place");
    case Group::Image: return QCoreApplication::translate("FlagHelp", "Image");
    case Group::Command: return QCoreApplication::translate("FlagHelp", "Command");
    case Group::Resources: return QCoreApplication::translate("FlagHelp", "Resources");
    case Group::Services: return QCoreApplication::translate("FlagHelp", "Services");
    case Group::Storage: return QCoreApplication::translate("FlagHelp", "Volumes, environment and files");
    case Group::Lifecycle: return QCoreApplication::translate("FlagHelp", "Lifecycle");
    case Group::Compatibility: return QCoreApplication::translate("FlagHelp", "Accepted for compatibility with flyctl, no effect here");
    case Group::Global: return QCoreApplication::translate("FlagHelp", "flyctl's global flags");
    case Group::Flightdeck: return QCoreApplication::translate("FlagHelp", "Flightdeck");
    }
    return QString();
}

QString typeName(Kind kind)
{
    switch (kind) {
    case Kind::String: return u"string"_s;
    case Kind::Int: return u"int"_s;
    case Kind::StringSlice: return u"strings"_s;
    case Kind::StringArray: return u"stringArray"_s;
    case Kind::Bool: return QString();
    }
    return QString();
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

} // namespace

QList<FlagHelp> flagHelp()
{
    QList<FlagHelp> list;
    for (const FlagDef &def : flagDefs()) {
        if (def.use == Use::Hidden)
            continue;
        const QString help = def.help ? QCoreApplication::translate("FlagHelp", def.help) : QString();
        list.append({def.name, def.shorthand, def.aliases, typeName(def.kind), def.defaultValue, groupTitle(def.group), help});
    }
    return list;
}

QStringList ignoredFlags()
{
    QStringList names;
    for (const FlagDef &def : flagDefs()) {
        if (def.use == Use::Ignored)
            names.append(def.name);
    }
    return names;
}

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

namespace {

// Stores one flag's value as flyctl's flag library reads it, or its error.
void storeValue(const FlagDef &def, const QString &flagText, const QString &value, Given &given, Issues &issues)
{
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
}

} // namespace

void tokenize(const QStringList &args, Given &given, Issues &issues)
{
    bool onlyPositionals = false;
    const auto store = [&](const FlagDef &def, const QString &flagText, const QString &value) { storeValue(def, flagText, value, given, issues); };

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

} // namespace Flightdeck::FlyFlags
