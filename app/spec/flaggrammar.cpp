#include "app/spec/flaggrammar.h"

using namespace Qt::StringLiterals;

namespace Flightdeck::FlyFlags {

namespace {

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

} // namespace

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
