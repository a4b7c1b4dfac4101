#include "app/api/endpoints.h"

#include "app/spec/imagereference.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Flightdeck {

Endpoints Endpoints::fromEnvironment(const QProcessEnvironment &environment)
{
    Endpoints endpoints;
    if (const QString flaps = environment.value(u"FLY_FLAPS_BASE_URL"_s); !flaps.isEmpty())
        endpoints.machinesApi = QUrl(flaps);
    if (const QString api = environment.value(u"FLY_API_BASE_URL"_s); !api.isEmpty()) {
        QUrl graphql(api);
        graphql.setPath(graphql.path().chopped(graphql.path().endsWith(u'/') ? 1 : 0) + u"/graphql"_s);
        endpoints.graphql = graphql;
    }
    if (const QString registry = environment.value(u"FLY_REGISTRY_HOST"_s); !registry.isEmpty())
        endpoints.registryHost = registry;
    return endpoints;
}

std::optional<QString> Endpoints::problem() const
{
    if (auto bad = transportProblem(machinesApi))
        return QCoreApplication::translate("Endpoints", "Machines API: %1").arg(*bad);
    if (auto bad = transportProblem(graphql))
        return QCoreApplication::translate("Endpoints", "GraphQL API: %1").arg(*bad);
    return std::nullopt;
}

bool Endpoints::isLocal() const
{
    return isLoopbackHost(machinesApi.host());
}

bool Endpoints::looksUpImage(const QString &reference) const
{
    if (!isLocal())
        return true;
    const std::optional<ImageReference> parts = ImageReference::parse(reference);
    return parts && !parts->host.isEmpty() && (parts->host == registryHost || isLoopbackHost(parts->host));
}

bool isLoopbackHost(const QString &hostAndPort)
{
    const QString name = hostAndPort.startsWith(u'[') ? hostAndPort.mid(1).section(u']', 0, 0) : hostAndPort.section(u':', 0, 0);
    if (name.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(name.isEmpty() ? hostAndPort : name);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> transportProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("Endpoints", "'%1' is not a URL: write it like https://api.machines.dev").arg(url.toString());
    if (url.scheme() == "https"_L1)
        return std::nullopt;
    if (url.scheme() == "http"_L1) {
        if (isLoopbackHost(url.host()))
            return std::nullopt;
        return QCoreApplication::translate("Endpoints", "%1 uses plain http to a remote host; Flightdeck sends your token only over https (http is allowed for 127.0.0.1 and localhost)").arg(url.toString());
    }
    return QCoreApplication::translate("Endpoints", "%1: only https URLs (or http to this computer) are supported").arg(url.toString());
}

QUrl Endpoints::machinesUrl(const QString &path) const
{
    QUrl url = machinesApi;
    const qsizetype query = path.indexOf(u'?');
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u"/v1"_s + path.left(query), QUrl::TolerantMode); // the path comes percent-encoded (appPath)
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

QUrl Endpoints::logsUrl(const QString &app) const
{
    QUrl url = graphql;
    url.setPath(u"/api/v1"_s + appPath(app) + u"/logs"_s, QUrl::TolerantMode);
    url.setQuery(QString());
    return url;
}

QString appPath(const QString &app)
{
    return u"/apps/"_s + QString::fromUtf8(QUrl::toPercentEncoding(app));
}

QString appMachinesPath(const QString &app)
{
    return appPath(app) + u"/machines"_s;
}

QString machinePath(const QString &app, const QString &machineId)
{
    return appMachinesPath(app) + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(machineId));
}

} // namespace Flightdeck
