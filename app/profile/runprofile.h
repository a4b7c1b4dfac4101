#pragma once

#include "app/spec/runspec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Flightdeck::RunProfile {

// A run profile (.flightdeck): a JSON object naming its format and version,
// the app and organization, the build, and the request body the spec makes
// (local files by path, not content). It never holds the token, and a
// RunSpec holds no secret values: secret files name the app's secret.
// Lines starting with // are comments, so example profiles can explain
// themselves.

inline constexpr int currentVersion = 1;
inline constexpr const char *formatName = "flightdeck-profile";
inline constexpr const char *fileSuffix = "flightdeck";

struct ReadResult
{
    std::optional<RunSpec> spec; // empty: nothing could be read (see error)
    QStringList dropped;         // what the file held that could not be kept
    QString error;
};

// Paths (project folder, build, local files) are written relative to
// `profileDir`; with an empty `profileDir` they are kept as they are.
QByteArray serialize(const RunSpec &original, const QString &profileDir);
// Relative paths are resolved against `profileDir`.
ReadResult parse(const QByteArray &bytes, const QString &profileDir);

// Writes atomically: the old file stays whole until the new one is complete.
// Paths are relative to the profile's own folder.
bool save(const RunSpec &spec, const QString &path, QString *error);
ReadResult load(const QString &path);

// The same with paths relative to `profileDir` (empty: kept as they are, for
// a draft, which has no folder of its own).
bool write(const RunSpec &spec, const QString &path, const QString &profileDir, QString *error);
ReadResult read(const QString &path, const QString &profileDir);

// `text` without the // comment lines outside of strings.
QByteArray stripComments(const QByteArray &text);

} // namespace Flightdeck::RunProfile
