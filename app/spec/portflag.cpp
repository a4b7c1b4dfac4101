#include "app/spec/portflag.h"

#include "app/spec/flaggrammar.h"

using namespace Qt::StringLiterals;

namespace Flightdeck::FlyFlags {

// One --port value: ports[/protocol[:handler…]] with ports = ext | ext:int | start-end:int.
std::optional<ParsedPort> parsePort(const QString &text, QString *message)
{
    const auto atoi = [](const QString &s, bool *ok) { return s.toInt(ok); };
    const auto syntax = [](const QString &s) { return u"strconv.Atoi: parsing \"%1\": invalid syntax"_s.arg(s); };

    ParsedPort parsed;
    parsed.protocol = u"tcp"_s;
    const QStringList slash = text.split(u'/');
    if (slash.size() > 2) {
        *message = FlagParser::tr("port must be at most two elements (ports/protocol:handler)");
        return std::nullopt;
    }
    if (slash.size() == 2) {
        const QStringList right = slash.at(1).split(u':');
        parsed.protocol = right.first();
        parsed.port.handlers = right.mid(1);
        parsed.remove = parsed.port.handlers == QStringList{u"-"_s};
    }

    const QStringList parts = slash.first().split(u':');
    bool ok = false;
    if (parts.size() == 1) {
        parsed.port.port = atoi(parts.first(), &ok);
        if (!ok) {
            *message = FlagParser::tr("invalid port: %1").arg(syntax(parts.first()));
            return std::nullopt;
        }
        parsed.internalPort = parsed.port.port;
    } else if (parts.size() == 2) {
        parsed.internalPort = atoi(parts.at(1), &ok);
        if (!ok) {
            *message = FlagParser::tr("invalid machine (internal) port: %1").arg(syntax(parts.at(1)));
            return std::nullopt;
        }
        const QStringList external = parts.first().split(u'-');
        if (external.size() == 1) {
            parsed.port.port = atoi(external.first(), &ok);
            if (!ok) {
                *message = FlagParser::tr("invalid external port: %1").arg(syntax(external.first()));
                return std::nullopt;
            }
        } else if (external.size() == 2) {
            // Unlike flyctl, the range keeps its end.
            parsed.port.startPort = atoi(external.first(), &ok);
            if (!ok) {
                *message = FlagParser::tr("invalid start port for port range: %1").arg(syntax(external.first()));
                return std::nullopt;
            }
            parsed.port.endPort = atoi(external.at(1), &ok);
            if (!ok) {
                *message = FlagParser::tr("invalid end port for port range: %1").arg(syntax(external.at(1)));
                return std::nullopt;
            }
        } else {
            *message = FlagParser::tr("external port must be at most 2 elements (port, or range start-end)");
            return std::nullopt;
        }
        if (parsed.internalPort == 0)
            parsed.internalPort = parsed.port.isRange() ? parsed.port.startPort : parsed.port.port;
    } else {
        *message = FlagParser::tr("port definition must be at most 2 elements (external:internal)");
        return std::nullopt;
    }
    return parsed;
}

// flyctl's grouping of ports into services, keyed by internal port and protocol.
void addPort(QList<ServiceSpec> &services, const ParsedPort &parsed)
{
    ServiceSpec *service = nullptr;
    for (ServiceSpec &candidate : services) {
        if (candidate.internalPort == parsed.internalPort && candidate.protocol == parsed.protocol) {
            service = &candidate;
            break;
        }
    }
    if (!service) {
        ServiceSpec fresh;
        fresh.protocol = parsed.protocol;
        fresh.internalPort = parsed.internalPort;
        services.append(fresh);
        service = &services.last();
    }
    if (parsed.remove) {
        service->ports.clear();
        return;
    }
    for (PortSpec &existing : service->ports) {
        if (!parsed.port.isRange() && existing.port != 0 && existing.port == parsed.port.port) {
            existing.handlers = parsed.port.handlers;
            return;
        }
        if (parsed.port.isRange() && existing.isRange() && existing.startPort == parsed.port.startPort) {
            existing.handlers = parsed.port.handlers;
            existing.endPort = parsed.port.endPort;
            return;
        }
    }
    service->ports.append(parsed.port);
}

} // namespace Flightdeck::FlyFlags
