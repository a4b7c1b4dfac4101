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
};

// The regions the simulator offers.
const QList<Region> &regions();
std::optional<Region> region(const QString &code);

// Resolves a placement expression such as "ams", "lhr,eu" or "any" to one
// region code: the first listed code that exists, or the first region of a
// listed alias. nullopt when nothing matches.
std::optional<QString> placeIn(const QString &expression, const QString &nearest);

QJsonArray regionsJson();

} // namespace Sim
