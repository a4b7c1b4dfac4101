#include "app/api/appinventory.h"

#include "app/api/endpoints.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

QString appPath(const QString &app, const QString &collection)
{
    return Flightdeck::appPath(app) + u'/' + collection;
}

} // namespace

bool VolumeSummary::isBeingDestroyed() const
{
    // The states fly-go's volume list hides.
    static const QStringList destroying{u"scheduling_destroy"_s, u"fork_cleanup"_s, u"waiting_for_detach"_s, u"pending_destroy"_s, u"destroying"_s,
                                        u"destroyed"_s};
    return destroying.contains(state);
}

VolumeSummary AppInventory::volumeFromJson(const QJsonObject &volume)
{
    VolumeSummary summary;
    summary.id = volume.value(u"id"_s).toString();
    summary.name = volume.value(u"name"_s).toString();
    summary.region = volume.value(u"region"_s).toString();
    summary.sizeGb = volume.value(u"size_gb"_s).toInt();
    summary.attachedMachineId = volume.value(u"attached_machine_id"_s).toString();
    summary.attachedAllocId = volume.value(u"attached_alloc_id"_s).toString();
    summary.state = volume.value(u"state"_s).toString();
    return summary;
}

VolumeChoice AppInventory::chooseVolume(const QList<VolumeSummary> &volumes, const QString &nameOrId, const QString &region, const QStringList &taken,
                                       const QString &ownMachine)
{
    const QString where = region.isEmpty() ? QString() : tr(" in %1").arg(region);
    const auto ownsIt = [&ownMachine](const VolumeSummary &volume) {
        return !ownMachine.isEmpty() && volume.attachedMachineId == ownMachine && volume.state == "created"_L1;
    };
    if (!nameOrId.startsWith("vol_"_L1)) {
        for (const VolumeSummary &volume : volumes) {
            if (volume.name == nameOrId && (volume.isFree() || ownsIt(volume)) && (region.isEmpty() || volume.region == region) && !taken.contains(volume.id))
                return {volume, {}};
        }
        return {std::nullopt, tr("There is no unattached volume named '%1'%2.").arg(nameOrId, where)};
    }
    const auto found = std::find_if(volumes.cbegin(), volumes.cend(), [&nameOrId](const VolumeSummary &volume) { return volume.id == nameOrId; });
    if (found == volumes.cend())
        return {std::nullopt, tr("The app has no volume %1.").arg(nameOrId)};
    if (!found->attachedMachineId.isEmpty() && !ownsIt(*found))
        return {std::nullopt, tr("The volume %1 is attached to the Machine %2.").arg(nameOrId, found->attachedMachineId)};
    if (!found->isFree() && !ownsIt(*found))
        return {std::nullopt, tr("The volume %1 is not free (state %2).").arg(nameOrId, found->state)};
    if (!region.isEmpty() && found->region != region)
        return {std::nullopt, tr("The volume %1 is in %2, not in %3: a volume attaches only in its own region.").arg(nameOrId, found->region, region)};
    return {*found, {}};
}

void AppInventory::volumes(const QString &app, QObject *context, std::function<void(const QList<VolumeSummary> &, const std::optional<ApiError> &)> done) const
{
    m_api->get(appPath(app, u"volumes"_s), context, [done](const ApiResult &result) {
        QList<VolumeSummary> list;
        const QJsonArray volumes = result.json.toArray();
        for (const QJsonValue &value : volumes) {
            const VolumeSummary volume = volumeFromJson(value.toObject());
            if (!volume.isBeingDestroyed())
                list.append(volume);
        }
        done(list, result.error);
    });
}

void AppInventory::secretNames(const QString &app, QObject *context, std::function<void(const QStringList &, const std::optional<ApiError> &)> done) const
{
    m_api->get(appPath(app, u"secrets"_s), context, [done](const ApiResult &result) {
        QStringList names;
        const QJsonArray secrets = result.json.toObject().value(u"secrets"_s).toArray();
        for (const QJsonValue &value : secrets)
            names.append(value.toObject().value(u"name"_s).toString());
        names.sort();
        done(names, result.error);
    });
}

MachineSummary MachineSummary::fromJson(const QJsonObject &machine)
{
    const QJsonObject config = machine.value(u"config"_s).toObject();
    const QJsonObject guest = config.value(u"guest"_s).toObject();
    MachineSummary summary;
    summary.id = machine.value(u"id"_s).toString();
    summary.name = machine.value(u"name"_s).toString();
    summary.region = machine.value(u"region"_s).toString();
    summary.state = machine.value(u"state"_s).toString();
    summary.image = config.value(u"image"_s).toString();
    summary.cpuKind = guest.value(u"cpu_kind"_s).toString();
    summary.cpus = guest.value(u"cpus"_s).toInt();
    summary.memoryMb = guest.value(u"memory_mb"_s).toInt();
    summary.createdAt = QDateTime::fromString(machine.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    summary.instanceId = machine.value(u"instance_id"_s).toString();
    const QJsonArray checks = machine.value(u"checks"_s).toArray();
    for (const QJsonValue &check : checks)
        summary.checks.append({check[u"name"_s].toString(), check[u"status"_s].toString()});
    return summary;
}

void AppInventory::machines(const QString &app, QObject *context, std::function<void(const QList<MachineSummary> &, const std::optional<ApiError> &)> done) const
{
    m_api->get(appPath(app, u"machines"_s), context, [done](const ApiResult &result) {
        QList<MachineSummary> list;
        const QJsonArray machines = result.json.toArray();
        for (const QJsonValue &value : machines) {
            list.append(MachineSummary::fromJson(value.toObject()));
        }
        done(list, result.error);
    });
}

void AppInventory::machine(const QString &app, const QString &id, QObject *context,
                           std::function<void(const QJsonObject &, const std::optional<ApiError> &)> done) const
{
    m_api->get(machinePath(app, id), context,
               [done](const ApiResult &result) { done(result.json.toObject(), result.error); });
}

void AppInventory::destroyMachine(const QString &app, const QString &id, QObject *context, std::function<void(const std::optional<ApiError> &)> done) const
{
    RequestOptions options;
    options.idempotent = true; // destroying twice ends the same way
    // fly-go sends kill=, the published API documents force=: both, so either server reading works.
    m_api->call("DELETE", machinePath(app, id) + u"?force=true&kill=true"_s, QJsonValue(), options, context,
                [done](const ApiResult &result) {
                    // Already gone is what was asked for.
                    done(result.error && result.error->httpStatus != 404 ? result.error : std::nullopt);
                });
}

void AppInventory::createVolume(const QString &app, const QString &name, const QString &region, int sizeGb, QObject *context,
                                std::function<void(const VolumeSummary &, const std::optional<ApiError> &)> done) const
{
    if (region.isEmpty()) {
        m_api->graphql(u"query { nearestRegion { code } }"_s, {}, context, [inventory = *this, app, name, sizeGb, context, done](const ApiResult &result) {
            const QString nearest = result.json.toObject().value(u"nearestRegion"_s).toObject().value(u"code"_s).toString();
            if (!result.ok() || nearest.isEmpty())
                return done({}, result.error ? result.error
                                               : ApiError::unreadable(result.status, result.endpoint,
                                                                      QCoreApplication::translate("AppInventory", "no nearest region in the answer")));
            inventory.createVolume(app, name, nearest, sizeGb, context, done);
        });
        return;
    }
    const QJsonObject body{{u"name"_s, name}, {u"size_gb"_s, sizeGb}, {u"region"_s, region}};
    RequestOptions options;
    options.idempotent = false;
    m_api->call("POST", appPath(app, u"volumes"_s), body, options, context,
                [done](const ApiResult &result) { done(volumeFromJson(result.json.toObject()), result.error); });
}

} // namespace Flightdeck
