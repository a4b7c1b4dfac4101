// A registry's WWW-Authenticate header.

#include "fuzz/fuzztarget.h"

#include "app/api/authchallenge.h"

using namespace Flightdeck;

FLIGHTDECK_FUZZ_TARGET(authchallenge)
{
    const std::optional<AuthChallenge> challenge = AuthChallenge::parse(data);
    if (!challenge)
        return;
    FLIGHTDECK_FUZZ_CHECK(!challenge->scheme.isEmpty(), Fuzz::text(data));
    for (auto it = challenge->parameters.cbegin(); it != challenge->parameters.cend(); ++it)
        FLIGHTDECK_FUZZ_CHECK(it.key() == it.key().toLower(), it.key());
}
