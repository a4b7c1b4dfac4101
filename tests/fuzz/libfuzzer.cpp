// The entry point libFuzzer calls, for an executable that holds one target.

#include "fuzz/fuzztarget.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int count = 0;
    const Flightdeck::Fuzz::Target *all = Flightdeck::Fuzz::targets(&count);
    if (count != 1) {
        std::fprintf(stderr, "a fuzz executable holds exactly one target, not %d\n", count);
        std::abort();
    }
    all[0].run(QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    return 0;
}
