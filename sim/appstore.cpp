#include "sim/appstore.h"

#include "sim/ids.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sim {

AppStore::AppStore(Count machineCount, Count volumeCount, QObject *parent)
    : QObject(parent)
    , m_machineCount(std::move(machineCount))
    , m_volumeCount(std::move(volumeCount))
{
}

std::optional<Organization> AppStore::organization(const QString &slug) const
{
    for (const Organization &org : m_organizations) {
        if (org.slug == slug)
            return org;
    }
    return std::nullopt;
}

const App *AppStore::app(const QString &name) const
{
    for (const App &candidate : m_apps) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

bool AppStore::isValidAppName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$|^[a-z0-9]$"_s);
    return pattern.match(name).hasMatch();
}

QJsonObject AppStore::json(const App &app) const
{
    const Organization org = organization(app.orgSlug).value_or(Organization{});
    return QJsonObject{
        {u"id"_s, app.id},
        {u"name"_s, app.name},
        {u"status"_s, app.status},
        {u"network"_s, app.network},
        {u"machine_count"_s, m_machineCount(app.name)},
        {u"volume_count"_s, m_volumeCount(app.name)},
        {u"internal_numeric_id"_s, app.internalNumericId},
        {u"organization"_s, QJsonObject{{u"name"_s, org.name}, {u"slug"_s, org.slug}, {u"internal_numeric_id"_s, org.internalNumericId}}},
    };
}

Reply AppStore::create(const QJsonObject &body)
{
    const QString name = body.value(u"name"_s).toString(body.value(u"app_name"_s).toString());
    const QString orgSlug = body.value(u"org_slug"_s).toString();
    if (name.isEmpty())
        return Reply::error(400, u"invalid_argument: app name is required"_s);
    if (orgSlug.isEmpty())
        return Reply::error(400, u"invalid_argument: org_slug is required"_s);
    if (!organization(orgSlug))
        return Reply::error(404, u"not_found: organization %1 not found"_s.arg(orgSlug));
    if (!isValidAppName(name))
        return Reply::error(422, u"Validation failed: Name under 63 chars using numbers, lowercase letters and dashes"_s);
    if (app(name) || m_takenElsewhere.contains(name))
        return Reply::error(422, u"Validation failed: Name has already been taken"_s, u"name_taken"_s);

    App created;
    created.id = Ids::appId();
    created.name = name;
    created.orgSlug = orgSlug;
    created.network = body.value(u"network"_s).toString().isEmpty() ? u"default"_s : body.value(u"network"_s).toString();
    created.internalNumericId = ++m_nextNumericId;
    created.createdAt = QDateTime::currentDateTimeUtc();
    m_apps.append(created);
    Q_EMIT changed();
    QJsonObject response = json(created);
    response.insert(u"created_at"_s, created.createdAt.toMSecsSinceEpoch());
    return Reply::json(response, 201);
}

Reply AppStore::get(const QString &name) const
{
    const App *found = app(name);
    if (!found && m_takenElsewhere.contains(name))
        return Reply::error(403, u"unauthorized"_s);
    return found ? Reply::json(json(*found)) : Reply::error(404, u"not_found: app not found"_s);
}

Reply AppStore::list(const QString &orgSlug) const
{
    if (orgSlug.isEmpty())
        return Reply::error(400, u"invalid_argument: org_slug is required"_s);
    if (!organization(orgSlug))
        return Reply::error(404, u"not_found: organization %1 not found"_s.arg(orgSlug));
    QJsonArray apps;
    for (const App &candidate : m_apps) {
        if (candidate.orgSlug == orgSlug)
            apps.append(json(candidate));
    }
    return Reply::json(QJsonObject{{u"total_apps"_s, apps.size()}, {u"apps"_s, apps}});
}

bool AppStore::remove(const QString &name)
{
    const qsizetype removed = m_apps.removeIf([&](const App &a) { return a.name == name; });
    if (removed)
        Q_EMIT changed();
    return removed > 0;
}

void AppStore::restore(const QList<Organization> &organizations, const QList<App> &apps, qint64 nextNumericId)
{
    m_organizations = organizations;
    m_apps = apps;
    m_nextNumericId = nextNumericId;
}

} // namespace Sim
