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

VolumeChoice AppInventory::chooseVolume(const QList<VolumeSummary> &volumes, const QString &nameOrId, const QString &region, const QStringList &taken)
{
    const QString where = region.isEmpty() ? QString() : tr(" in %1").arg(region);
    if (!nameOrId.startsWith("vol_"_L1)) {
        for (const VolumeSummary &volume : volumes) {
            if (volume.name == nameOrId && volume.isFree() && (region.isEmpty() || volume.region == region) && !taken.contains(volume.id))
                return {volume, {}};
        }
        return {std::nullopt, tr("There is no unattached volume named '%1'%2.").arg(nameOrId, where)};
    }
    const auto found = std::find_if(volumes.cbegin(), volumes.cend(), [&nameOrId](const VolumeSummary &volume) { return volume.id == nameOrId; });
    if (found == volumes.cend())
        return {std::nullopt, tr("The app has no volume %1.").arg(nameOrId)};
    if (!found->attachedMachineId.isEmpty())
        return {std::nullopt, tr("The volume %1 is attached to the Machine %2.").arg(nameOrId, found->attachedMachineId)};
    if (!found->isFree())
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

void AppInventory::machines(const QString &app, QObject *context, std::function<void(const QList<MachineSummary> &, const std::optional<ApiError> &)> done) const
{
    m_api->get(appPath(app, u"machines"_s), context, [done](const ApiResult &result) {
        QList<MachineSummary> list;
        const QJsonArray machines = result.json.toArray();
        for (const QJsonValue &value : machines) {
            const QJsonObject machine = value.toObject();
            list.append({machine.value(u"id"_s).toString(), machine.value(u"name"_s).toString(), machine.value(u"region"_s).toString(),
                         machine.value(u"state"_s).toString()});
        }
        done(list, result.error);
    });
}

void AppInventory::machine(const QString &app, const QString &id, QObject *context,
                           std::function<void(const QJsonObject &, const std::optional<ApiError> &)> done) const
{
    m_api->get(appPath(app, u"machines/"_s + QString::fromUtf8(QUrl::toPercentEncoding(id))), context,
               [done](const ApiResult &result) { done(result.json.toObject(), result.error); });
}

void AppInventory::destroyMachine(const QString &app, const QString &id, QObject *context, std::function<void(const std::optional<ApiError> &)> done) const
{
    RequestOptions options;
    options.idempotent = true; // destroying twice ends the same way
    // fly-go sends kill=, the published API documents force=: both, so either server reading works.
    m_api->call("DELETE", appPath(app, u"machines/%1?force=true&kill=true"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(id)))), QJsonValue(), options, context,
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
                return done({}, result.error ? result.error : ApiError{ApiError::Kind::BadAnswer, 0, QCoreApplication::translate("AppInventory", "no nearest region in the answer"), {}, {}, {}, {}});
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
