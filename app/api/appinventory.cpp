#include "api/appinventory.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

QString appPath(const QString &app, const QString &collection)
{
    return u"/apps/%1/%2"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(app)), collection);
}

} // namespace

VolumeSummary AppInventory::volumeFromJson(const QJsonObject &volume)
{
    return {volume.value(u"id"_s).toString(),          volume.value(u"name"_s).toString(),
            volume.value(u"region"_s).toString(),      volume.value(u"size_gb"_s).toInt(),
            volume.value(u"attached_machine_id"_s).toString(), volume.value(u"state"_s).toString()};
}

void AppInventory::volumes(const QString &app, QObject *context, std::function<void(const QList<VolumeSummary> &, const std::optional<ApiError> &)> done) const
{
    m_api->get(appPath(app, u"volumes"_s), context, [done](const ApiResult &result) {
        QList<VolumeSummary> list;
        const QJsonArray volumes = result.json.toArray();
        for (const QJsonValue &value : volumes)
            list.append(volumeFromJson(value.toObject()));
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
    m_api->call("DELETE", appPath(app, u"machines/%1?force=true"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(id)))), QJsonValue(), options, context,
                [done](const ApiResult &result) {
                    // Already gone is what was asked for.
                    done(result.error && result.error->httpStatus != 404 ? result.error : std::nullopt);
                });
}

void AppInventory::createVolume(const QString &app, const QString &name, const QString &region, int sizeGb, QObject *context,
                                std::function<void(const VolumeSummary &, const std::optional<ApiError> &)> done) const
{
    QJsonObject body{{u"name"_s, name}, {u"size_gb"_s, sizeGb}};
    if (!region.isEmpty())
        body.insert(u"region"_s, region);
    RequestOptions options;
    options.idempotent = false;
    m_api->call("POST", appPath(app, u"volumes"_s), body, options, context,
                [done](const ApiResult &result) { done(volumeFromJson(result.json.toObject()), result.error); });
}

} // namespace Flightdeck
