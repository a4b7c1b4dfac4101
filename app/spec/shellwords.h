#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Flightdeck::ShellWords {

// Splits a command line the way POSIX shells (and google/shlex, which flyctl
// uses for --entrypoint) do: whitespace separates words, single quotes keep
// everything, double quotes keep everything but \" \\ \$ \`, a backslash
// escapes the next character, and '#' at the start of a word begins a comment.
// nullopt with `error` set for an unterminated quote or a trailing backslash.
std::optional<QStringList> split(const QString &line, QString *error = nullptr);

// Quotes one word so that a POSIX shell reads it back unchanged.
QString quote(const QString &word);

// Quotes and joins words.
QString join(const QStringList &words);

} // namespace Flightdeck::ShellWords
