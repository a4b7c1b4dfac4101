#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <optional>

namespace Flightdeck {

// The first challenge of an HTTP `WWW-Authenticate` header (RFC 9110 §11.6.1),
// as a registry sends it: `Bearer realm="https://auth.docker.io/token",
// service="registry.docker.io",scope="repository:library/nginx:pull"`.
// Parameter names are lower-cased; quoted values are unescaped.
struct AuthChallenge
{
    QString scheme; // as sent, e.g. "Bearer" or "Basic"
    QHash<QString, QString> parameters;

    bool isBearer() const { return scheme.compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0; }
    QString parameter(const QString &name) const { return parameters.value(name); }

    // nullopt when the header holds no challenge at all.
    static std::optional<AuthChallenge> parse(QByteArrayView header);
};

} // namespace Flightdeck
