#include "app/platform/catalog.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Flightdeck::Catalog {

const QList<Region> &regions()
{
    static const QList<Region> all{
        {u"ams"_s, u"Amsterdam, Netherlands"_s, 1.038461538},   {u"arn"_s, u"Stockholm, Sweden"_s, 1.038461538},
        {u"bom"_s, u"Mumbai, India"_s, 1.076923077},            {u"cdg"_s, u"Paris, France"_s, 1.134615385},
        {u"dfw"_s, u"Dallas, Texas (US)"_s, 1.25},              {u"ewr"_s, u"Secaucus, NJ (US)"_s, 1.0},
        {u"fra"_s, u"Frankfurt, Germany"_s, 1.153846154},       {u"gru"_s, u"Sao Paulo, Brazil"_s, 1.615384615},
        {u"iad"_s, u"Ashburn, Virginia (US)"_s, 1.0},           {u"jnb"_s, u"Johannesburg, South Africa"_s, 1.302884615},
        {u"lax"_s, u"Los Angeles, California (US)"_s, 1.199519231}, {u"lhr"_s, u"London, United Kingdom"_s, 1.134615385},
        {u"nrt"_s, u"Tokyo, Japan"_s, 1.307692308},             {u"ord"_s, u"Chicago, Illinois (US)"_s, 1.25},
        {u"sin"_s, u"Singapore, Singapore"_s, 1.269230769},     {u"sjc"_s, u"San Jose, California (US)"_s, 1.192307692},
        {u"syd"_s, u"Sydney, Australia"_s, 1.269230769},        {u"yyz"_s, u"Toronto, Canada"_s, 1.115384615},
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

double monthlyPriceUsd(const GuestSpec &guest, const QString &regionCode)
{
    // Per CPU by kind, plus memory by the GB: the base region's price.
    const double perCpu = guest.cpuKind == "performance"_L1 ? 21.0 : 0.695;
    const double base = guest.cpus * perCpu + guest.memoryMb / 1024.0 * 5.0;
    return base * region(regionCode).value_or(Region{{}, {}, 1.0}).priceMultiplier;
}

QString formatPrice(double usd)
{
    // US dollars, as Fly.io bills, written the way the user's locale writes an amount.
    QLocale locale;
    if (locale.language() == QLocale::C) // no locale set: written the American way, not "1.94$"
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    //: %1 is an amount of US dollars, such as $6.64
    return QCoreApplication::translate("Catalog", "%1/month").arg(locale.toCurrencyString(usd, u"$"_s, 2));
}

} // namespace Flightdeck::Catalog
