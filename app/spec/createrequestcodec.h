#pragma once

#include "app/spec/runspec.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace Flightdeck::CreateRequestCodec {

// RunSpec <-> the body of POST /v1/apps/{app}/machines, as flyctl sends it
// for the same choices (reference §3.4), plus Flightdeck's improvements.

struct EncodeOptions
{
    // Reads a --file-local file; nullopt when it cannot. The default reads
    // the path from disk, relative to the spec's working folder.
    std::function<std::optional<QByteArray>(const QString &path)> readLocalFile;
    // Where images built from a Dockerfile are pushed.
    QString registryHost = QStringLiteral("registry.fly.io");
    // Write local files as {"local_path": …} (a --machine-config file) instead
    // of reading them into raw_value (a request).
    bool localFilesByPath = false;
    // The launch this request is for: written to config.metadata as
    // flightdeck_launch_id, and a build's tag is deployment-<launchId>.
    QString launchId;
    // The app's secrets version flyctl last saw (config.yml app_secrets_minvers),
    // so that secrets set just before reach the new Machine.
    std::optional<quint64> minSecretsVersion;
};

// The metadata key that carries a launch's id.
inline const QString kLaunchIdKey = QStringLiteral("flightdeck_launch_id");

QJsonObject toJson(const RunSpec &spec, const EncodeOptions &options = {});
// The config's "guest" object, as toJson writes it (the placements request sends it too).
QJsonObject guestJson(const GuestSpec &guest);

// The exact bytes Flightdeck sends, indented for reading. Keys are sorted, so
// the same spec always gives the same text.
QByteArray toRequestBody(const RunSpec &spec, const EncodeOptions &options = {});

// The image reference a build will be pushed as: its label, else
// deployment-<launchId>, else a placeholder that says the id comes later.
QString buildImageReference(const RunSpec &spec, const QString &registryHost, const QString &launchId = {});

// What decoding gives: the spec, or the first malformed value in words
// ("init.cmd must be a list of strings"), naming the JSON field.
struct Decoded
{
    RunSpec spec;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Applies a Machine config (the `config` object, an existing Machine's config,
// or a --machine-config file) on top of `spec`. Keys RunSpec does not model go
// to the spec's `extra` members. (configdecoder.cpp)
Decoded applyConfig(RunSpec spec, const QJsonObject &config);

// A whole create body, or a bare config, into a fresh RunSpec.
Decoded fromJson(const QJsonObject &json);

} // namespace Flightdeck::CreateRequestCodec
