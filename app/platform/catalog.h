#pragma once

#include "app/spec/runspec.h"

#include <QList>
#include <QString>

#include <optional>

namespace Flightdeck::Catalog {

// Fly.io's regions as the wizard lists them, with the price multiplier of each
// (public price data; the API's own region list replaces it when reachable).
struct Region
{
    QString code;
    QString name;
    double priceMultiplier = 1.0;
};

const QList<Region> &regions();
std::optional<Region> region(const QString &code);

// What a Machine of this size costs per 30-day month while running, in US
// dollars, in `regionCode` (empty: the base price of iad and ewr).
double monthlyPriceUsd(const GuestSpec &guest, const QString &regionCode = {});

// "$2.02/month"
QString formatPrice(double usd);

} // namespace Flightdeck::Catalog
