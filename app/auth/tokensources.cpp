#include "auth/tokensources.h"

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
            *error = u"%1: %2"_s.arg(path, file.errorString());
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
            *error = u"%1 is not valid YAML: %2"_s.arg(path, QString::fromStdString(failure.msg));
        return std::nullopt;
    }
}

} // namespace Flightdeck::TokenSources
