#include "app/api/platforminfo.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

// fly-go decodes these answers with Go's case-insensitive field matching
// (RegionData is tagged "Regions"/"Nearest", RegionPlacement not at all), so
// the server may spell a key either way: read both.
QJsonValue field(const QJsonObject &object, const QString &key)
{
    if (object.contains(key))
        return object.value(key);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

} // namespace

void PlatformInfo::regions(QObject *context, std::function<void(const RegionList &, const std::optional<ApiError> &)> done) const
{
    m_api->get(u"/platform/regions"_s, context, [done](const ApiResult &result) {
        RegionList list;
        const QJsonObject answer = result.json.toObject();
        list.nearest = field(answer, u"nearest"_s).toString();
        const QJsonArray regions = field(answer, u"regions"_s).toArray();
        for (const QJsonValue &value : regions) {
            const QJsonObject region = value.toObject();
            list.regions.append({field(region, u"code"_s).toString(), field(region, u"name"_s).toString(), field(region, u"geo_region"_s).toString(),
                                 field(region, u"requires_paid_plan"_s).toBool(), field(region, u"deprecated"_s).toBool()});
        }
        if (!result.error && list.regions.isEmpty()) {
            ApiError empty = ApiError::unreadable(result.status, result.endpoint, tr("the platform listed no regions"));
            empty.requestId = result.requestId;
            return done(list, empty);
        }
        done(list, result.error);
    });
}

void PlatformInfo::placements(const QString &org, const QJsonObject &guest, const QString &region, int count, QObject *context,
                              std::function<void(const QList<std::pair<QString, int>> &, const std::optional<ApiError> &)> done) const
{
    const QJsonObject body{{u"org_slug"_s, org}, {u"compute"_s, guest}, {u"region"_s, region}, {u"count"_s, count}};
    RequestOptions options;
    options.idempotent = true; // a simulation: asking twice changes nothing
    m_api->call("POST", u"/platform/placements"_s, body, options, context, [done](const ApiResult &result) {
        QList<std::pair<QString, int>> placed;
        const QJsonArray regions = field(result.json.toObject(), u"regions"_s).toArray();
        for (const QJsonValue &value : regions)
            placed.append({field(value.toObject(), u"region"_s).toString(), field(value.toObject(), u"count"_s).toInt()});
        done(placed, result.error);
    });
}

QList<RegionAlias> PlatformInfo::aliases()
{
    return {{u"eu"_s, tr("anywhere in Europe")},
            {u"na"_s, tr("anywhere in North America")},
            {u"us"_s, tr("anywhere in the United States")},
            {u"sa"_s, tr("anywhere in South America")},
            {u"apac"_s, tr("anywhere in Asia-Pacific")},
            {u"any"_s, tr("any region, the nearest first")}};
}

bool PlatformInfo::isAlias(const QString &name)
{
    const QList<RegionAlias> all = aliases();
    return name == "usa"_L1 || std::any_of(all.cbegin(), all.cend(), [&name](const RegionAlias &alias) { return alias.alias == name; });
}

} // namespace Flightdeck
