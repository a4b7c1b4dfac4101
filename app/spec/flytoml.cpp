#include "app/spec/flytoml.h"

#include <QCoreApplication>
#include <QFile>

#include <toml++/toml.hpp>

#include <string_view>

using namespace Qt::StringLiterals;

namespace Flightdeck::FlyToml {

Contents parse(const QString &text)
{
    Contents contents;
    const QByteArray utf8 = text.toUtf8();
    toml::table table;
    try {
        // Debian builds toml++ with exceptions; they stop here.
        table = toml::parse(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    } catch (const toml::parse_error &failure) {
        const std::string_view description = failure.description();
        contents.error = QCoreApplication::translate("FlyToml", "line %1: %2").arg(failure.source().begin.line)
                             .arg(QString::fromUtf8(description.data(), static_cast<qsizetype>(description.size())));
        return contents;
    }
    if (const auto app = table["app"].value<std::string>())
        contents.app = QString::fromStdString(*app);
    if (const auto dockerfile = table["build"]["dockerfile"].value<std::string>())
        contents.dockerfile = QString::fromStdString(*dockerfile);
    return contents;
}

Contents read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Contents contents;
        contents.error = file.errorString();
        return contents;
    }
    return parse(QString::fromUtf8(file.readAll()));
}

} // namespace Flightdeck::FlyToml
