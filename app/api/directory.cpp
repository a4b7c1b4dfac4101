#include "app/api/directory.h"

#include "app/api/endpoints.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Flightdeck {

void Directory::checkToken(QObject *context, std::function<void(const std::optional<ApiError> &)> done) const
{
    m_api->graphql(u"query { viewer { ... on User { id email } ... on Macaroon { email } } }"_s, {}, context, [done](const ApiResult &result) { done(result.error); });
}

void Directory::organizations(QObject *context, std::function<void(const QList<Organization> &, const std::optional<ApiError> &)> done) const
{
    m_api->graphql(u"query($admin: Boolean!) { organizations(admin: $admin) { nodes { id slug name type } } }"_s, QJsonObject{{u"admin"_s, false}}, context,
                   [done](const ApiResult &result) {
                       QList<Organization> list;
                       const QJsonArray nodes = result.json.toObject().value(u"organizations"_s).toObject().value(u"nodes"_s).toArray();
                       for (const QJsonValue &node : nodes) {
                           const QJsonObject org = node.toObject();
                           list.append({org.value(u"id"_s).toString(), org.value(u"slug"_s).toString(), org.value(u"name"_s).toString(),
                                        org.value(u"type"_s).toString() == "PERSONAL"_L1});
                       }
                       done(list, result.error);
                   });
}

void Directory::apps(const QString &orgSlug, QObject *context, std::function<void(const QList<AppSummary> &, const std::optional<ApiError> &)> done) const
{
    m_api->get(u"/apps?org_slug=%1"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(orgSlug))), context, [done](const ApiResult &result) {
        QList<AppSummary> list;
        const QJsonArray apps = result.json.toObject().value(u"apps"_s).toArray();
        for (const QJsonValue &value : apps) {
            const QJsonObject app = value.toObject();
            list.append({app.value(u"name"_s).toString(), app.value(u"status"_s).toString(), app.value(u"machine_count"_s).toInt()});
        }
        done(list, result.error);
    });
}

void Directory::appNameOwner(const QString &name, QObject *context, std::function<void(NameOwner, const std::optional<ApiError> &)> done) const
{
    // As fly-go decides it: 404 is free; 200 is taken (by you), 403 taken by someone else.
    m_api->get(appPath(name), context, [done](const ApiResult &result) {
        if (result.ok())
            return done(NameOwner::Yours, std::nullopt);
        if (result.error->httpStatus == 404)
            return done(NameOwner::Free, std::nullopt);
        if (result.error->httpStatus == 403)
            return done(NameOwner::Elsewhere, std::nullopt);
        done(NameOwner::Yours, result.error);
    });
}

void Directory::isAppNameAvailable(const QString &name, QObject *context, std::function<void(bool, const std::optional<ApiError> &)> done) const
{
    appNameOwner(name, context, [done](NameOwner owner, const std::optional<ApiError> &error) { done(!error && owner == NameOwner::Free, error); });
}

} // namespace Flightdeck
