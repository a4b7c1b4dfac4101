#pragma once

#include "app/api/apiclient.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Flightdeck {

struct PlatformRegion
{
    QString code;
    QString name;
    QString geoRegion; // africa, asia_pacific, europe, north_america, south_america
    bool requiresPaidPlan = false;
    bool deprecated = false;
};

struct RegionList
{
    QList<PlatformRegion> regions; // deprecated ones included: callers decide
    QString nearest;               // the region the API thinks is nearest to this computer
};

// A region alias the Machines API accepts where a region goes ("eu").
struct RegionAlias
{
    QString alias;
    QString description; // in words, translated
};

// What the platform says about itself: its regions (GET /v1/platform/regions)
// and where Machines of a size would be placed (POST /v1/platform/placements),
// as fly-go's GetRegions and GetPlacements ask. Each call answers once,
// through its callback, on `context`'s thread.
class PlatformInfo
{
    Q_DECLARE_TR_FUNCTIONS(PlatformInfo)

public:
    explicit PlatformInfo(ApiClient *api)
        : m_api(api)
    {
    }

    void regions(QObject *context, std::function<void(const RegionList &, const std::optional<ApiError> &)> done) const;
    // How many Machines with `guest` (a config "guest" object) fit in each
    // region of `region` (a code, alias or comma list) for `org`: each region
    // with room and its count, in the order the platform would use them.
    void placements(const QString &org, const QJsonObject &guest, const QString &region, int count, QObject *context,
                    std::function<void(const QList<std::pair<QString, int>> &, const std::optional<ApiError> &)> done) const;

    // The aliases of the placement documentation (eu, na, sa, apac, us, any).
    static QList<RegionAlias> aliases();
    static bool isAlias(const QString &name);

private:
    ApiClient *m_api;
};

} // namespace Flightdeck
