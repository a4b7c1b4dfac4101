#pragma once

// One fuzz target: a function that takes any bytes, feeds them to one parser
// and checks what must hold for every input (no crash, no sanitizer report,
// and the target's own properties, such as "what is written reads back").
//
// FLIGHTDECK_FUZZ_TARGET(name) { … data … } defines it. Built for libFuzzer
// (the fuzz preset), each target is its own executable, fuzz_<name>; in the
// other builds, every target is linked into fuzz_replay, which runs each over
// its corpus in tests/fuzz/corpus/<name>/ as a test.

#include <QByteArrayView>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace Flightdeck::Fuzz {

using Function = void (*)(QByteArrayView data);

struct Target
{
    const char *name;
    Function run;
};

// Every target linked into this executable.
const Target *targets(int *count);
int registerTarget(const char *name, Function run);

// A property failed: says which and aborts, which libFuzzer reports as a crash
// (saving the input) and fuzz_replay as a failed test.
[[noreturn]] inline void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz property failed: %s\n%s\n", what, detail.toLocal8Bit().constData());
    std::abort();
}

// The fuzz input as text, the way a file or a pasted line reaches the parser.
inline QString text(QByteArrayView data)
{
    return QString::fromUtf8(data);
}

} // namespace Flightdeck::Fuzz

#define FLIGHTDECK_FUZZ_CHECK(condition, detail)                                                                                           \
    do {                                                                                                                                   \
        if (!(condition))                                                                                                                  \
            ::Flightdeck::Fuzz::fail(#condition, (detail));                                                                                \
    } while (false)

#define FLIGHTDECK_FUZZ_TARGET(name)                                                                                                       \
    static void fuzz_##name(QByteArrayView data);                                                                                          \
    [[maybe_unused]] static const int registered_##name = ::Flightdeck::Fuzz::registerTarget(#name, &fuzz_##name);                       \
    static void fuzz_##name(QByteArrayView data)
