#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Flightdeck {

// An API token as flyctl reads it: any "Bearer " or "FlyV1 " prefix removed,
// split on commas; parts starting fm1r_, fm1a_ or fm2_ are macaroons.
class FlyToken
{
public:
    FlyToken() = default;
    static FlyToken parse(const QString &text);

    bool isEmpty() const { return m_macaroons.isEmpty() && m_userTokens.isEmpty(); }
    // "FlyV1 <macaroons>" when there are macaroons, else "Bearer <tokens>".
    // For the Machines API and the registry: only the macaroons when there are any.
    QByteArray authorizationHeader() const;
    // For GraphQL: the macaroons and the user tokens (fo1_…) together, "FlyV1"
    // when there is a macaroon, as fly-go's Tokens.GraphQLHeader builds it.
    QByteArray graphqlAuthorizationHeader() const;
    // The registry password (user "x"): the macaroons if any, else the user tokens.
    QString registryPassword() const;
    // `text` with every part of the token replaced by "[token]".
    QString redact(const QString &text) const;

private:
    QStringList m_macaroons;
    QStringList m_userTokens;
};

} // namespace Flightdeck
