// One --port value. The parser reads what flyctl reads (numbers in any
// range, any protocol); validation is what stops a port out of range or an
// unknown protocol, with an error bound to the service's field.

#include "fuzz/fuzztarget.h"

#include "app/spec/portflag.h"
#include "app/spec/validation.h"

#include <algorithm>

using namespace Flightdeck;
using namespace Qt::StringLiterals;

FLIGHTDECK_FUZZ_TARGET(port)
{
    QString message;
    const std::optional<FlyFlags::ParsedPort> parsed = FlyFlags::parsePort(Fuzz::text(data), &message);
    FLIGHTDECK_FUZZ_CHECK(parsed.has_value() == message.isEmpty(), message);
    if (!parsed || parsed->remove)
        return;
    RunSpec spec;
    spec.image = u"nginx:1.27"_s;
    FlyFlags::addPort(spec.services, *parsed);
    const bool outOfRange = parsed->internalPort < 1 || parsed->internalPort > 65535;
    const bool unknownProtocol = parsed->protocol != u"tcp"_s && parsed->protocol != u"udp"_s;
    if (!outOfRange && !unknownProtocol)
        return;
    const Issues issues = Validation::validate(spec);
    const bool flagged = std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) { return issue.isError() && issue.field.startsWith(u"services[0]"_s); });
    FLIGHTDECK_FUZZ_CHECK(flagged, u"internal port %1, protocol '%2' passed validation"_s.arg(parsed->internalPort).arg(parsed->protocol));
}
