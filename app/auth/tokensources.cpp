#include "app/auth/tokensources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Flightdeck::TokenSources {

std::optional<Found> fromEnvironment(const QProcessEnvironment &environment)
{
    for (const QString &name : {u"FLY_ACCESS_TOKEN"_s, u"FLY_API_TOKEN"_s}) {
        const QString value = environment.value(name).trimmed();
        if (!value.isEmpty())
            return Found{value, Origin::Environment, name};
    }
    return std::nullopt;
}

QString flyConfigPath(const QProcessEnvironment &environment)
{
    const QString dir = environment.value(u"FLY_CONFIG_DIR"_s);
    if (!dir.isEmpty())
        return QDir(dir).filePath(u"config.yml"_s);
    return QDir(environment.value(u"HOME"_s, QDir::homePath())).filePath(u".fly/config.yml"_s);
}

std::optional<Found> fromFlyConfig(const QProcessEnvironment &environment, QString *error)
{
    const QString path = flyConfigPath(environment);
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("TokenSources", "%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray content = file.readAll();
    try {
        const YAML::Node root = YAML::Load(std::string(content.constData(), static_cast<size_t>(content.size())));
        const YAML::Node token = root["access_token"];
        if (!token || !token.IsScalar() || token.as<std::string>().empty())
            return std::nullopt;
        return Found{QString::fromStdString(token.as<std::string>()).trimmed(), Origin::FlyConfig, path};
    } catch (const YAML::Exception &failure) {
        // yaml-cpp reports errors by exception; they stop here.
        if (error)
            *error = QCoreApplication::translate("TokenSources", "%1 is not valid YAML: %2").arg(path, QString::fromStdString(failure.msg));
        return std::nullopt;
    }
}

std::optional<quint64> minSecretsVersion(const QProcessEnvironment &environment, const QString &app)
{
    QFile file(flyConfigPath(environment));
    if (app.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray content = file.readAll();
    try {
        const YAML::Node versions = YAML::Load(std::string(content.constData(), static_cast<size_t>(content.size())))["app_secrets_minvers"];
        if (!versions || !versions.IsMap())
            return std::nullopt;
        const YAML::Node version = versions[app.toStdString()];
        if (!version || !version.IsScalar())
            return std::nullopt;
        bool ok = false;
        const quint64 value = QString::fromStdString(version.as<std::string>()).toULongLong(&ok);
        return ok ? std::optional<quint64>(value) : std::nullopt;
    } catch (const YAML::Exception &) {
        return std::nullopt; // fromFlyConfig reports a broken file
    }
}

QString refusedTokenHint(Origin origin)
{
    switch (origin) {
    case Origin::FlyConfig:
        return QCoreApplication::translate("TokenSources", "The token comes from flyctl's config.yml and has expired or been revoked: run `fly auth login` "
                                                           "to refresh it, then launch again.");
    case Origin::Environment:
        return QCoreApplication::translate("TokenSources", "The token comes from FLY_API_TOKEN or FLY_ACCESS_TOKEN: set a current one "
                                                           "(`fly tokens create deploy` makes one).");
    case Origin::Keychain:
    case Origin::Memory:
        return QCoreApplication::translate("TokenSources", "Enter a current token on the Account step (`fly auth token` prints yours).");
    case Origin::None:
        break;
    }
    return {};
}

} // namespace Flightdeck::TokenSources
