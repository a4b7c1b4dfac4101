#include "app/settings/appsettings.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Flightdeck {

AppSettings::AppSettings(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
}

QString AppSettings::string(const char *key) const
{
    return m_settings->value(QLatin1StringView(key)).toString();
}

void AppSettings::setString(const char *key, const QString &value)
{
    if (value.isEmpty())
        m_settings->remove(QLatin1StringView(key));
    else
        m_settings->setValue(QLatin1StringView(key), value);
}

QString AppSettings::apiUrl() const { return string("api/machinesUrl"); }
void AppSettings::setApiUrl(const QString &url) { setString("api/machinesUrl", url); }
QString AppSettings::graphqlUrl() const { return string("api/graphqlUrl"); }
void AppSettings::setGraphqlUrl(const QString &url) { setString("api/graphqlUrl", url); }
QString AppSettings::registryHost() const { return string("api/registryHost"); }
void AppSettings::setRegistryHost(const QString &host) { setString("api/registryHost", host); }
QString AppSettings::imageEngine() const { return string("build/engine"); }
void AppSettings::setImageEngine(const QString &engine) { setString("build/engine", engine); }
QString AppSettings::defaultOrg() const { return string("defaults/org"); }
void AppSettings::setDefaultOrg(const QString &slug) { setString("defaults/org", slug); }
QString AppSettings::defaultRegion() const { return string("defaults/region"); }
void AppSettings::setDefaultRegion(const QString &code) { setString("defaults/region", code); }

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::language() const
{
    return string("language");
}

void AppSettings::setLanguage(const QString &language)
{
    setString("language", language);
}

QStringList AppSettings::recentProfiles() const
{
    return m_settings->value(u"recentProfiles"_s).toStringList();
}

void AppSettings::addRecentProfile(const QString &path)
{
    QStringList recent = recentProfiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    m_settings->setValue(u"recentProfiles"_s, recent);
}

Endpoints AppSettings::endpoints(const QProcessEnvironment &environment) const
{
    QProcessEnvironment withSettings = environment;
    if (!environment.contains(u"FLY_FLAPS_BASE_URL"_s) && !apiUrl().isEmpty())
        withSettings.insert(u"FLY_FLAPS_BASE_URL"_s, apiUrl());
    if (!environment.contains(u"FLY_REGISTRY_HOST"_s) && !registryHost().isEmpty())
        withSettings.insert(u"FLY_REGISTRY_HOST"_s, registryHost());
    Endpoints result = Endpoints::fromEnvironment(withSettings);
    if (!environment.contains(u"FLY_API_BASE_URL"_s) && !graphqlUrl().isEmpty())
        result.graphql = QUrl(graphqlUrl());
    return result;
}

} // namespace Flightdeck
