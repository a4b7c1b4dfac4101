// A run profile (.flightdeck) with comments. A profile that reads is written
// again and reads back to the same RunSpec.

#include "fuzz/fuzztarget.h"
#include "fuzz/targets/describe.h"

#include "app/profile/runprofile.h"

using namespace Flightdeck;
using namespace Qt::StringLiterals;

FLIGHTDECK_FUZZ_TARGET(profile)
{
    const QByteArray bytes = data.toByteArray();
    RunProfile::stripComments(bytes);
    const RunProfile::ReadResult first = RunProfile::parse(bytes, QString());
    FLIGHTDECK_FUZZ_CHECK(first.spec.has_value() != !first.error.isEmpty(), first.error);
    if (!first.spec)
        return;
    const QByteArray written = RunProfile::serialize(*first.spec, QString());
    const RunProfile::ReadResult second = RunProfile::parse(written, QString());
    FLIGHTDECK_FUZZ_CHECK(second.spec.has_value(), QString::fromUtf8(written) + u'\n' + second.error);
    FLIGHTDECK_FUZZ_CHECK(*second.spec == *first.spec, Fuzz::describe(*first.spec) + u'\n' + Fuzz::describe(*second.spec) + u'\n' + Fuzz::difference(*first.spec, *second.spec) + u"\ndropped: "_s + second.dropped.join(u"; "_s));
}
