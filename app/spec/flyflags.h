#pragma once

#include "app/spec/issue.h"
#include "app/spec/runspec.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Flightdeck::FlyFlags {

// `fly machine run` command lines <-> RunSpec.

struct ParseContext
{
    // Which command the arguments belong to: "run" or "create" (create = skip_launch).
    QString command = QStringLiteral("run");
    // The folder relative paths are read from (a --machine-config file, fly.toml).
    QString currentDir;
    // Environment variables flyctl reads (FLY_APP, FLY_ORG, FLY_ORGANIZATION).
    QMap<QString, QString> environment;
    // Reads a file; the default reads from disk relative to currentDir.
    std::function<std::optional<QByteArray>(const QString &path)> readFile;
};

struct ParseResult
{
    RunSpec spec;
    Issues issues;       // flyctl's errors for malformed flags, bound to fields
    QStringList ignored; // flags accepted for compatibility that change nothing here
    bool yes = false;    // --yes: create a missing app without asking
    bool unsplittable = false; // the text is not shell words (an open quote): nothing was read
};

// Parses the arguments that follow `fly machine run` (or `create`).
ParseResult parse(const QStringList &arguments, const ParseContext &context = {});

// Parses a whole pasted command line: "fly machine run …", "flyctl m create …"
// or just the arguments. Shell quoting is undone first.
ParseResult parseCommandLine(const QString &commandLine, const ParseContext &context = {});

// One flag of `flightdeck run` as its help and the shell completions list it.
struct FlagHelp
{
    QString name;         // without the dashes
    QChar shorthand;      // or null
    QStringList aliases;  // other long names
    QString type;         // pflag's name for the value ("string", "int", "strings", "stringArray"); empty for a switch
    QString defaultValue; // shown as "(default …)" when set
    QString group;        // the help's section, translated
    QString description;  // one line, translated; empty for flags without effect here
};

// Every flag the parser reads (but those kept only to answer with flyctl's
// error), section by section, from the parser's own table.
QList<FlagHelp> flagHelp();

struct WriteResult
{
    QStringList arguments; // starting with "fly", "machine", "run"|"create"
    QString commandLine;   // the same, quoted for a POSIX shell
    QStringList notes;     // what had to travel in --machine-config, or could not travel at all
};

// A normalized command line that parses back to the same RunSpec.
WriteResult write(const RunSpec &spec);

} // namespace Flightdeck::FlyFlags
