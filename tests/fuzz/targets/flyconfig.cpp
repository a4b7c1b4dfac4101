// flyctl's config.yml, where the token may come from.

#include "fuzz/fuzztarget.h"

#include "app/auth/tokensources.h"

using namespace Flightdeck;

FLIGHTDECK_FUZZ_TARGET(flyconfig)
{
    const TokenSources::FlyConfig config = TokenSources::parseFlyConfig(data.toByteArray());
    if (!config.yamlError.isEmpty())
        FLIGHTDECK_FUZZ_CHECK(config.accessToken.isEmpty() && config.secretsMinVersions.isEmpty(), config.yamlError);
    FLIGHTDECK_FUZZ_CHECK(config.accessToken == config.accessToken.trimmed(), config.accessToken);
}
