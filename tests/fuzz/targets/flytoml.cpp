// An app's fly.toml: read or refused with a reason, never both.

#include "fuzz/fuzztarget.h"

#include "app/spec/flytoml.h"

using namespace Flightdeck;

FLIGHTDECK_FUZZ_TARGET(flytoml)
{
    const FlyToml::Contents contents = FlyToml::parse(Fuzz::text(data));
    if (!contents.error.isEmpty())
        FLIGHTDECK_FUZZ_CHECK(contents.app.isEmpty() && contents.dockerfile.isEmpty(), contents.error);
}
