#pragma once

#include "sim/reply.h"

#include <QJsonObject>

namespace Sim {

class Platform;

// The GraphQL queries a client still needs (reference §7): organizations,
// organization, app, appNameAvailable, nearestRegion, platform { regions },
// viewer. A small parser reads the query, so answers hold exactly the
// fields asked for, under their aliases.
class GraphQl
{
public:
    explicit GraphQl(const Platform &platform)
        : m_platform(platform)
    {
    }

    // A POST /graphql body -> the HTTP reply ({"data": …, "errors": […]}).
    Reply execute(const QJsonObject &request) const;

private:
    const Platform &m_platform;
};

} // namespace Sim
