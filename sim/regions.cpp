#include "sim/regions.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Sim {

const QList<Region> &regions()
{
    static const QList<Region> all{
        {u"ams"_s, u"Amsterdam, Netherlands"_s, 52.31, 4.76, u"europe"_s},
        {u"arn"_s, u"Stockholm, Sweden"_s, 59.65, 17.92, u"europe"_s},
        {u"bom"_s, u"Mumbai, India"_s, 19.09, 72.87, u"asia_pacific"_s, true, true},
        {u"cdg"_s, u"Paris, France"_s, 48.86, 2.35, u"europe"_s},
        {u"dfw"_s, u"Dallas, Texas (US)"_s, 32.78, -96.80, u"north_america"_s},
        {u"ewr"_s, u"Secaucus, NJ (US)"_s, 40.79, -74.06, u"north_america"_s},
        {u"fra"_s, u"Frankfurt, Germany"_s, 50.11, 8.68, u"europe"_s},
        {u"gru"_s, u"Sao Paulo, Brazil"_s, -23.55, -46.63, u"south_america"_s},
        {u"iad"_s, u"Ashburn, Virginia (US)"_s, 39.04, -77.49, u"north_america"_s},
        {u"jnb"_s, u"Johannesburg, South Africa"_s, -26.20, 28.05, u"africa"_s},
        {u"lax"_s, u"Los Angeles, California (US)"_s, 33.94, -118.41, u"north_america"_s},
        {u"lhr"_s, u"London, United Kingdom"_s, 51.51, -0.13, u"europe"_s},
        // Fly's region list once had more entries than the 18 of today's documentation; the
        // API keeps retired ones, marked deprecated (flyctl's `platform regions` hides them).
        {u"mad"_s, u"Madrid, Spain"_s, 40.49, -3.57, u"europe"_s, true, false, true},
        {u"nrt"_s, u"Tokyo, Japan"_s, 35.62, 139.78, u"asia_pacific"_s},
        {u"ord"_s, u"Chicago, Illinois (US)"_s, 41.89, -87.63, u"north_america"_s},
        {u"sin"_s, u"Singapore, Singapore"_s, 1.35, 103.99, u"asia_pacific"_s},
        {u"sjc"_s, u"San Jose, California (US)"_s, 37.35, -121.96, u"north_america"_s},
        {u"syd"_s, u"Sydney, Australia"_s, -33.87, 151.21, u"asia_pacific"_s},
        {u"yyz"_s, u"Toronto, Canada"_s, 43.65, -79.38, u"north_america"_s},
    };
    return all;
}

std::optional<Region> region(const QString &code)
{
    for (const Region &candidate : regions()) {
        if (candidate.code == code)
            return candidate;
    }
    return std::nullopt;
}

QStringList candidates(const QString &expression, const QString &nearest)
{
    QStringList codes;
    const auto add = [&codes](const QString &code) {
        if (!codes.contains(code))
            codes.append(code);
    };
    const QStringList parts = expression.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (region(part)) {
            add(part);
            continue;
        }
        QString geo;
        if (part == "any"_L1) {
            add(nearest);
            for (const Region &candidate : regions()) {
                if (!candidate.deprecated)
                    add(candidate.code);
            }
            continue;
        }
        if (part == "eu"_L1)
            geo = u"europe"_s;
        else if (part == "na"_L1 || part == "us"_L1 || part == "usa"_L1)
            geo = u"north_america"_s;
        else if (part == "sa"_L1)
            geo = u"south_america"_s;
        else if (part == "apac"_L1)
            geo = u"asia_pacific"_s;
        for (const Region &candidate : regions()) {
            if (!geo.isEmpty() && candidate.geoRegion == geo && !candidate.deprecated)
                add(candidate.code);
        }
    }
    return codes;
}

QJsonArray regionsJson()
{
    QJsonArray array;
    for (const Region &r : regions()) {
        array.append(QJsonObject{{u"code"_s, r.code},
                                 {u"name"_s, r.name},
                                 {u"latitude"_s, r.latitude},
                                 {u"longitude"_s, r.longitude},
                                 {u"gateway_available"_s, r.gatewayAvailable},
                                 {u"requires_paid_plan"_s, r.requiresPaidPlan},
                                 {u"deprecated"_s, r.deprecated},
                                 {u"geo_region"_s, r.geoRegion},
                                 {u"capacity"_s, 1000}});
    }
    return array;
}

} // namespace Sim
