#include "simstate.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Sim {

SimState SimState::demo(const QString &token)
{
    SimState state;
    state.m_organizations.append({u"o8x9y2d7k3lq0rpm"_s, u"personal"_s, u"Demo Organization"_s, 481516});
    state.m_apps.append({u"z4k69dxd8r31p5mx"_s, u"demo-app"_s, u"personal"_s, u"deployed"_s, u"default"_s,
                         QDateTime(QDate(2026, 1, 5), QTime(9, 30), QTimeZone::UTC)});
    state.m_tokens.append(token);
    return state;
}

std::optional<Organization> SimState::organization(const QString &slug) const
{
    for (const Organization &org : m_organizations) {
        if (org.slug == slug)
            return org;
    }
    return std::nullopt;
}

std::optional<App> SimState::app(const QString &name) const
{
    for (const App &app : m_apps) {
        if (app.name == name)
            return app;
    }
    return std::nullopt;
}

bool SimState::isAuthorized(const QByteArray &authorizationHeader) const
{
    const QString header = QString::fromUtf8(authorizationHeader).trimmed();
    QStringList candidates;
    if (header.startsWith(u"Bearer "_s))
        candidates.append(header.mid(7).trimmed());
    else if (header.startsWith(u"FlyV1 "_s))
        candidates = header.mid(6).split(u',', Qt::SkipEmptyParts);

    for (const QString &candidate : std::as_const(candidates)) {
        if (!candidate.trimmed().isEmpty() && m_tokens.contains(candidate.trimmed()))
            return true;
    }
    return false;
}

} // namespace Sim
