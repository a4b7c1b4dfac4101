// One --port value. A port that reads is valid: its ports are in range and
// its handlers known.

#include "fuzz/fuzztarget.h"

#include "app/spec/portflag.h"

using namespace Flightdeck;

FLIGHTDECK_FUZZ_TARGET(port)
{
    QString message;
    const std::optional<FlyFlags::ParsedPort> parsed = FlyFlags::parsePort(Fuzz::text(data), &message);
    FLIGHTDECK_FUZZ_CHECK(parsed.has_value() == message.isEmpty(), message);
    if (!parsed || parsed->remove)
        return;
    FLIGHTDECK_FUZZ_CHECK(parsed->internalPort >= 0 && parsed->internalPort <= 65535, QString::number(parsed->internalPort));
    QList<ServiceSpec> services;
    FlyFlags::addPort(services, *parsed);
}
