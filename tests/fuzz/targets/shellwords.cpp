// Shell words: a line that splits, joined again with quoting, splits into the
// same words (the command lines Flightdeck writes must survive a shell).

#include "fuzz/fuzztarget.h"

#include "app/spec/shellwords.h"

using namespace Flightdeck;

FLIGHTDECK_FUZZ_TARGET(shellwords)
{
    QString error;
    const std::optional<QStringList> words = ShellWords::split(Fuzz::text(data), &error);
    FLIGHTDECK_FUZZ_CHECK(words.has_value() == error.isEmpty(), error);
    if (!words)
        return;
    const QString joined = ShellWords::join(*words);
    const std::optional<QStringList> again = ShellWords::split(joined);
    FLIGHTDECK_FUZZ_CHECK(again && *again == *words, joined);
}
