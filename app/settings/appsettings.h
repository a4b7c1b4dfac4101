#pragma once

#include "app/api/endpoints.h"

#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace Flightdeck {

// Flightdeck's preferences, in one INI file, through typed accessors only.
// Never holds the token: that lives in the keychain (KeychainTokenStore).
class AppSettings
{
public:
    explicit AppSettings(const QString &path); // UserFiles::settings

    QString apiUrl() const;      // empty: flyctl's variables, then https://api.machines.dev
    void setApiUrl(const QString &url);
    QString graphqlUrl() const;  // empty: flyctl's variables, then https://api.fly.io/graphql
    void setGraphqlUrl(const QString &url);
    QString registryHost() const; // empty: FLY_REGISTRY_HOST, then registry.fly.io
    void setRegistryHost(const QString &host);
    QString imageEngine() const; // empty: the first of docker, podman, buildah on PATH
    void setImageEngine(const QString &engine);
    QString defaultOrg() const;
    void setDefaultOrg(const QString &slug);
    QString defaultRegion() const;
    void setDefaultRegion(const QString &code);
    QString language() const; // a locale name ("de"); empty: the system's
    void setLanguage(const QString &language);
    QStringList recentProfiles() const; // newest first
    void addRecentProfile(const QString &path);

    // Where to talk to: flyctl's variables first (FLY_FLAPS_BASE_URL,
    // FLY_API_BASE_URL, FLY_REGISTRY_HOST), then these settings, then Fly.io.
    Endpoints endpoints(const QProcessEnvironment &environment) const;

    QString fileName() const;
    void sync();

private:
    QString string(const char *key) const;
    void setString(const char *key, const QString &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Flightdeck
