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

FlyConfig parseFlyConfig(const QByteArray &content)
{
    FlyConfig config;
    try {
        const YAML::Node root = YAML::Load(std::string(content.constData(), static_cast<size_t>(content.size())));
        if (!root.IsMap())
            return config;
        const YAML::Node token = root["access_token"];
        if (token && token.IsScalar())
            config.accessToken = QString::fromStdString(token.Scalar()).trimmed();
        const YAML::Node versions = root["app_secrets_minvers"];
        if (versions && versions.IsMap()) {
            for (const auto &entry : versions) {
                if (!entry.first.IsScalar() || !entry.second.IsScalar())
                    continue;
                bool ok = false;
                const quint64 version = QString::fromStdString(entry.second.Scalar()).toULongLong(&ok);
                if (ok)
                    config.secretsMinVersions.insert(QString::fromStdString(entry.first.Scalar()), version);
            }
        }
    } catch (const YAML::Exception &failure) {
        // yaml-cpp reports errors by exception; they stop here.
        config = FlyConfig{};
        config.yamlError = QString::fromStdString(failure.msg);
    }
    return config;
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
    const FlyConfig config = parseFlyConfig(file.readAll());
    if (!config.yamlError.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("TokenSources", "%1 is not valid YAML: %2").arg(path, config.yamlError);
        return std::nullopt;
    }
    if (config.accessToken.isEmpty())
        return std::nullopt;
    return Found{config.accessToken, Origin::FlyConfig, path};
}

std::optional<quint64> minSecretsVersion(const QProcessEnvironment &environment, const QString &app)
{
    QFile file(flyConfigPath(environment));
    if (app.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // A broken file is reported by fromFlyConfig.
    const QMap<QString, quint64> versions = parseFlyConfig(file.readAll()).secretsMinVersions;
    const auto found = versions.constFind(app);
    return found != versions.cend() ? std::optional<quint64>(*found) : std::nullopt;
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
