#pragma once

// The grammar of `fly machine run`'s command line as flyctl's flag library
// (pflag) reads it: the flags it knows, the forms their values take, and the
// tokenizer that turns arguments into what was given. Internal to the flag
// parser (flagparser.cpp, guestflags.cpp, portflag.cpp).

#include "app/spec/issue.h"
#include "app/spec/runspec.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Flightdeck::FlyFlags {

// The parser's messages are translated in the context "FlagParser".
struct FlagParser
{
    Q_DECLARE_TR_FUNCTIONS(FlagParser)
};

// The flags as given: every value in order, per canonical flag name.
struct Given
{
    QMap<QString, QStringList> values;
    QStringList positionals;

    bool has(const QString &name) const { return values.contains(name); }
    QString last(const QString &name) const { return values.value(name).value(values.value(name).size() - 1); }
    QStringList all(const QString &name) const { return values.value(name); }
    bool flag(const QString &name) const { return has(name) && last(name) == QLatin1StringView("true"); }
};

// Splits the arguments into flags (by their canonical names) and positionals;
// unknown flags and missing values become issues, worded as flyctl words them.
void tokenize(const QStringList &args, Given &given, Issues &issues);

// --vm-size, --vm-cpus, --vm-memory, --vm-max-memory, --vm-cpu-kind,
// --host-dedication-id, --kernel-arg, --rootfs-persist, --rootfs-size,
// --swap-size and --cachedrive-size into the spec's guest and disks
// (guestflags.cpp); bad values become issues on their fields.
void applyGuestFlags(const Given &given, RunSpec &spec, Issues &issues);

// The flags accepted for compatibility that change nothing (--use-zstd, --wg, …).
QStringList ignoredFlags();

// Go's strconv.ParseBool: 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False.
std::optional<bool> parseBool(const QString &text);

// pflag's StringSlice: the value as one CSV record (quotes keep commas).
QStringList splitCsv(const QString &value);

// NAME=VALUE lists (--env, --metadata, --build-arg): the last duplicate wins;
// nullopt with `bad` set for an entry without '='.
std::optional<QMap<QString, QString>> parseKeyValues(const QStringList &entries, QString *bad);

} // namespace Flightdeck::FlyFlags
