// A pasted `fly machine run` command line: shell words, then the flag parser.
// What parses without errors is written back as a command line, which must
// parse to the same RunSpec (the Review's "as a command" and the Import paste).

#include "fuzz/fuzztarget.h"
#include "fuzz/targets/describe.h"

#include "app/spec/flyflags.h"

using namespace Flightdeck;

namespace {

FlyFlags::ParseResult parse(const QString &commandLine)
{
    FlyFlags::ParseContext context;
    context.readFile = [](const QString &) { return std::optional<QByteArray>(); }; // never the disk
    return FlyFlags::parseCommandLine(commandLine, context);
}

} // namespace

FLIGHTDECK_FUZZ_TARGET(flags)
{
    const FlyFlags::ParseResult first = parse(Fuzz::text(data));
    if (first.unsplittable || hasErrors(first.issues))
        return;
    const FlyFlags::WriteResult written = FlyFlags::write(first.spec);
    const FlyFlags::ParseResult second = parse(written.commandLine);
    FLIGHTDECK_FUZZ_CHECK(!hasErrors(second.issues), written.commandLine + u'\n' + second.issues.value(0).toLine());
    FLIGHTDECK_FUZZ_CHECK(second.spec == first.spec,
                          written.commandLine + u'\n' + Fuzz::describe(first.spec) + u'\n' + Fuzz::describe(second.spec) + u'\n' + Fuzz::difference(first.spec, second.spec));
}
