#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Sim {

struct Organization
{
    QString id;
    QString slug;
    QString name;
    qint64 internalNumericId = 0;
};

struct App
{
    QString id;
    QString name;
    QString orgSlug;
    QString status = QStringLiteral("pending");
    QString network = QStringLiteral("default");
    QDateTime createdAt;
};

// Everything the simulated platform knows: organizations, apps and the tokens
// it accepts.
class SimState
{
public:
    // One organization ("personal"), one app ("demo-app") and one token.
    static SimState demo(const QString &token);

    const QList<Organization> &organizations() const { return m_organizations; }
    std::optional<Organization> organization(const QString &slug) const;
    std::optional<App> app(const QString &name) const;

    // True when an Authorization header carries an accepted token, in either
    // scheme: "Bearer <token>" or "FlyV1 <macaroon>,<macaroon>…".
    bool isAuthorized(const QByteArray &authorizationHeader) const;

private:
    QList<Organization> m_organizations;
    QList<App> m_apps;
    QList<QString> m_tokens;
};

} // namespace Sim
