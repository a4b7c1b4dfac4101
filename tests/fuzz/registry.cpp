#include "fuzz/fuzztarget.h"

#include <array>

namespace Flightdeck::Fuzz {

namespace {

constexpr int kMaxTargets = 32;
// Filled by the targets' static initializers, before main.
std::array<Target, kMaxTargets> g_targets{};
int g_count = 0;

} // namespace

const Target *targets(int *count)
{
    *count = g_count;
    return g_targets.data();
}

int registerTarget(const char *name, Function run)
{
    if (g_count == kMaxTargets) {
        std::fprintf(stderr, "too many fuzz targets (raise kMaxTargets)\n");
        std::abort();
    }
    g_targets.at(static_cast<size_t>(g_count)) = Target{name, run};
    return ++g_count;
}

} // namespace Flightdeck::Fuzz
