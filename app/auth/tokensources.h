#pragma once

#include <QByteArray>
#include <QMap>
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

// What Flightdeck reads from flyctl's config.yml: the token, and the secrets
// version flyctl saw for each app. `yamlError` holds yaml-cpp's words when
// the text is not YAML.
struct FlyConfig
{
    QString accessToken; // trimmed; empty when missing or not a string
    QMap<QString, quint64> secretsMinVersions;
    QString yamlError;
};
FlyConfig parseFlyConfig(const QByteArray &content);

// The path fromFlyConfig reads.
QString flyConfigPath(const QProcessEnvironment &environment);

// `app_secrets_minvers.<app>` from the same config.yml: the secrets version
// flyctl saw when it last set the app's secrets. flyctl sends it as the
// create's min_secrets_version so that the new Machine gets those secrets.
std::optional<quint64> minSecretsVersion(const QProcessEnvironment &environment, const QString &app);

// What to tell the user when the API refuses a token from `origin` (401).
QString refusedTokenHint(Origin origin);

} // namespace Flightdeck::TokenSources
