#pragma once

#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace Flightdeck::TokenSources {

// Where a token came from, for the Settings page ("stored in the keychain").
enum class Origin { None, Keychain, Environment, FlyConfig, Memory };

struct Found
{
    QString token;
    Origin origin = Origin::None;
    QString detail; // the variable or file it came from
};

// FLY_ACCESS_TOKEN, else FLY_API_TOKEN (the first one set and not empty).
std::optional<Found> fromEnvironment(const QProcessEnvironment &environment);

// `access_token` from flyctl's config.yml: $FLY_CONFIG_DIR/config.yml, else
// ~/.fly/config.yml. nullopt when the file or the key is missing; `error`
// says why when the file exists but cannot be read.
std::optional<Found> fromFlyConfig(const QProcessEnvironment &environment, QString *error = nullptr);

// The path fromFlyConfig reads.
QString flyConfigPath(const QProcessEnvironment &environment);

} // namespace Flightdeck::TokenSources
