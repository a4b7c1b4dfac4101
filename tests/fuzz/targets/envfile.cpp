// A .env file or pasted KEY=VALUE lines: every line that is not blank or a
// comment is either a pair with a key or named as unreadable.

#include "fuzz/fuzztarget.h"

#include "app/spec/envfile.h"

using namespace Flightdeck;

FLIGHTDECK_FUZZ_TARGET(envfile)
{
    const EnvFile::Contents contents = EnvFile::parse(Fuzz::text(data));
    for (const auto &[key, value] : contents.pairs) {
        FLIGHTDECK_FUZZ_CHECK(!key.isEmpty() && key == key.trimmed(), key);
        FLIGHTDECK_FUZZ_CHECK(!key.contains(u'\n') && !value.contains(u'\n'), key);
    }
}
