#pragma once

#include "app/api/endpoints.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Flightdeck {

// Flightdeck's preferences, in one INI file, through typed accessors only.
// Never holds the token: that lives in the keychain (KeychainTokenStore).
//
// The file is read with QSettings, so it stays the INI file QSettings
// writes, but written here: QSettings does not notice a short write on a full
// disk and renames a truncated file over the good one (Qt 6.8), and it gives
// no reason when a write fails. Changes are kept in memory until sync()
// writes them, merged into what another Flightdeck may have written since.
class AppSettings
{
public:
    explicit AppSettings(const QString &path); // UserFiles::settings
    ~AppSettings(); // writes what is not written yet, if it can
    Q_DISABLE_COPY_MOVE(AppSettings)

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
    // Writes what changed, atomically (a temporary file renamed over the
    // old one). False when it could not, with the reason in *why: the
    // previous file is left as it was, the changes stay in memory and the
    // next sync tries again.
    bool sync(QString *why = nullptr);

private:
    QString string(const char *key) const;
    void setString(const char *key, const QString &value);
    void setValue(const QString &key, const QVariant &value); // a null value removes the key

    QString m_path;
    QVariantMap m_values;  // "section/key" as QSettings names them
    QSet<QString> m_changed; // not written yet
};

} // namespace Flightdeck
