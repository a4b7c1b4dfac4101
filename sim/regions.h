#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sim {

struct Region
{
    QString code;
    QString name;
    double latitude = 0;
    double longitude = 0;
    QString geoRegion; // africa, asia_pacific, europe, north_america, south_america
    bool gatewayAvailable = true;
    bool requiresPaidPlan = false;
    bool deprecated = false; // listed, but takes no new Machines
};

// The regions the simulator offers.
const QList<Region> &regions();
std::optional<Region> region(const QString &code);

// Every region a placement expression such as "ams", "lhr,eu" or "any"
// names, in its order of preference: listed codes, an alias's regions, and
// for "any" the nearest region first, then all the others. Empty when
// nothing matches.
QStringList candidates(const QString &expression, const QString &nearest);

QJsonArray regionsJson();

} // namespace Sim
